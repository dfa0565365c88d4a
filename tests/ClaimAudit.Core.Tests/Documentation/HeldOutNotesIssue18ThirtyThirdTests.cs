using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The thirty-third held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from three Chicago services, in the
/// proportions a billing manager sees them — about two thirds ordinary and complete, single- and multi-code
/// visits, by PTs, PTAs and OTs:
/// <list type="number">
/// <item>a performing-arts medicine clinic ("Lakeshore Performing Arts Medicine", LPAM) with a dance-medicine
/// service (ballet, jazz, contemporary, modern and tap dancers; "Dance status: MODIFIED", return-to-dance
/// phases and an RTD checklist, an injured-dancers' barre beside company class, studio doors closed for a
/// session) and a musicians' clinic (violin, viola, cello, flute, harp, trumpet, piano, guitar and drums;
/// instrument, repertoire and set-up headers, playing-posture work with the instrument in hand), and the
/// dance vocabulary: turnout forced at the knee ("screwing the knee"), rotation discs, sickling on relevé,
/// pointe readiness, sautés in first, grand and jazz jetés, fan kicks, kick-ball-change, pirouette
/// preparations, développé, rond de jambe, cambré, Horton fortifications, floor barre, Progressing Ballet
/// Technique, Bartenieff Fundamentals, Gyrokinesis, the Thoracic Ring Approach, Alexander Technique–based
/// guidance and sensory motor retuning for a pianist's focal dystonia; its measures (functional turnout
/// in degrees, the airplane test, single-leg relevé to fatigue, the Tubiana–Chamagne scale, curl-ins per
/// scale pass, a note held on one breath, CCFT pressure);</item>
/// <item>a community clinic on the Northwest and West sides ("Milwaukee Avenue Community Rehab", MACR:
/// Avondale, Albany Park, Ukrainian Village) whose clinicians and interpreters work in Polish, Arabic and
/// Ukrainian: bilingual headings and untranslated phrases ("Notatka dzienna", "Terapia indywidualna — jeden
/// terapeuta, jeden pacjent", "Deficyt", "Wynik", "brak", "Łączny czas terapii", "щоденна нотатка", "хв",
/// "один на один", "Так / Ні" and "TAK / NIE" grids with their legend, "نعم / لا" beside Yes / No), dates
/// written the European way (12.03.2026, months in Roman numerals "X.2025"), decimal commas (0,71 m/s, 6,5 s,
/// 0,5 kg), metres, European dotted clock ranges ("godz. 10.00–10.23"), in-person, phone and video
/// interpreters, and the patients' goals: prayer on the rug and wudu at the sink, floor sitting for family
/// meals, khubz dough, Taraweeh during Ramadan, the liturgy at St. Nicholas, pysanky for Easter, pierogi,
/// a third-floor walk-up on Belmont, the Milwaukee Ave bus stop;</item>
/// <item>a PACE programme's day centre ("Lakeview PACE") charting in a PACE EHR with interdisciplinary-team
/// wording ("Participant" / "ppt", "IDT care plan problem #", "Encounter type ▸ Individual therapy (1:1)",
/// "Time in service ▸ 97530: 20 min ▸ 97110: 15 min", IDT flags "[Y] / [N]", morning huddle, van routes
/// and the van steps), frail elders with aides, home-health aides and family in the room, group exercise
/// (a Standing Balance Circle, Tai Chi Fundamentals, Recreation Therapy's chair group, bingo next door)
/// beside individual sessions, caregiver training, the Katz ADL index, a Figure-of-8 walk and five chair
/// rises, normal-pressure hydrocephalus, dementia, heart failure and Parkinson's disease.</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and in pairs, by PT, PTA and OT, with a PT + OT co-treat.
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h33-…): one-on-one in these writers' words ("Delivery: Individual — 1 staff : 1 ppt",
/// "Studio 3 door closed for the session — just the PT and the dancer", "Terapia indywidualna — jeden
/// terapeuta, jeden pacjent (1:1)", "No other patient was scheduled with me or treated by me during this
/// slot", "PT worked with Mrs. R. and no one else … her daughter and the HHA watched"), notes that negate it
/// (a Standing Balance Circle with the PT and an aide rotating, two Arabic-speaking patients booked together
/// to share an interpreter, an injured-dancers' barre of four) or never state it (a violinist's narrative),
/// and a 97116 in a shared corridor, which has no one-on-one check;</item>
/// <item>class 2 (v2-h33-…): bilingual grids with their legend ("TAK [X] NIE [ ]" and "TAK [ ] NIE [X]",
/// "Так ☑ Ні ☐" with every deficit row "Ні", "نعم ✓"), PACE EHR states ("Group ☑ Individual ☐", a pick-list
/// "Encounter type ▸ Individual therapy (1:1)", IDT flags "[Y] Therapist 1:1 entire timed service", a
/// level-of-assist row left empty), an RTD measures grid left blank, and a "(✓) Mod I" assist scale;</item>
/// <item>class 3 (v3-h33-…): named programmes and methods as techniques (Progressing Ballet Technique,
/// Rommett-style floor barre, Gyrokinesis, sensory motor retuning, Alexander Technique–based guidance with
/// craniocervical flexion drills, the Thoracic Ring Approach, the ROM Dance, Horton fortifications), one
/// Bartenieff Fundamentals 97112 with no number and one Tai Chi Fundamentals class (not one-on-one);</item>
/// <item>class 4 (v4-h33-…): deficits stated as findings (turnout forced at the knee with prone hip ER
/// degrees, posterior ankle impingement with an os trigonum, the magnetic gait of NPH, an elbow flexion test
/// and Tinel's sign in a violinist, a Polish "objaw Trendelenburga dodatni", Holmes rebound and titubation,
/// grip and opposition after a distal radius fracture, an internal snapping hip on développé) and notes that
/// state none ("Deficyty / impairments: brak (none) today" on a 97112, "Care-plan problem addressed today
/// ▸ none selected / Impairments observed ▸ none" on a 97530);</item>
/// <item>class 5 (v5-h33-…): measures in their usual forms (gait speed with a decimal comma, the airplane
/// test and relevé to fatigue, the Katz ADL index, a heel-rise test to fatigue, the TUG and TUG-cognitive
/// with decimal commas, five chair rises in seconds) and notes with none (European dates only, a PACE
/// participant ID, van route and room number, "aHsan, alhamdulillah", a guitarist who "got through the
/// practice set");</item>
/// <item>class 6 (v6-h33-…): minutes in their usual forms (dotted European clock ranges per code, "Time in
/// service ▸ 97530: 20 min ▸ 97110: 15 min", "22 хв / min", "Ther-ex [97110] 18 min.", "13:10 → 13:34" on
/// the one timed code), true mismatches (a dotted clock range of 30 against 22, a PACE time-in-service field,
/// a drummer's 97140) and truly missing separate time (a Polish total, a session total "not split by
/// code");</item>
/// <item>class 7 (v7-h33-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; CR/LF and spaces only), the contract's meanings of technique, deficit and measure for
/// 97110 (a region field as the target), 97530 (a functional goal as the only target, assistance levels as
/// the measure), 97140 (a region with grades and bouts, no outcome number), 97116 (assistance levels as the
/// only measure, in Polish and English), and wholly generic 97112 (Polish / English), 97530 and 97140
/// notes;</item>
/// <item>ordinary (vord-h33-…): complete notes of the three services across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a dance NMR + TE note that never
/// says one-on-one, a PACE note with no diagnosis, a Polish free-text diagnosis, a generic two-code PACE PTA
/// note with a total, an Arabic-clinic 97116 whose minutes differ, a trumpet player's exercise list with no
/// dose, and a Ukrainian note with minutes for one of two codes.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least eight minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check here only on
/// an objective measure with a number, and fails it only when the note has no such number and no dose at all.
/// Numbers that are not minutes of a code (European dates, months in Roman numerals, a participant ID, a van
/// route, a room number, an interpreter ID, speeds in mph, seconds of a hold, "13:10 → 13:34" as the one
/// timed code's clock times) are read as what they are; a European dotted clock range beside a code
/// ("godz. 10.00–10.23 NMR (97112)") gives that code's minutes.
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a
/// multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note
/// lacks the thing), generic phrases beside a deficit or a measure without a technique, minutes of an
/// activity, a rest or a test inside a note, self-rated scores or vitals as the only number, a grade with no
/// dose as a 97140's only parameter, a one-on-one left to be inferred, "gait training" alone on a 97116,
/// phrases in Polish, Arabic or Ukrainian with no English beside them as the only carrier of a required
/// element, three-character or dotless diagnosis codes, minute ranges and approximate minutes, a task
/// practised read as a 97530's goal, a diagnosis named in the note as a 97112's only target, the previous
/// visit's numbers as a note's only measure, an exercise's name as a 97110's only region, and any finding that
/// would depend on whether an unprofiled code carries a documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 88 of 96 cases agree (95 needed), and 6 of the 61 notes the reviewer passes got a finding, on the
/// analyzer of 440c970 (the start of the 2026-12-05 session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 89 of 96, 6 false positives, at its first run on the analyzer of b9bcfb0 (that session's payer
/// catalog, second reviews and three general readings: a household task is not its own goal, a deficit field
/// answered none, "×" as a dose's x — none shaped by this set): the held-out figure.
/// Then worked through as development data: 96 of 96 — "— just the PT and the dancer", "nobody else in the studio",
/// "just the dancer and me", "with this ppt only", European dotted clock ranges after "godz.", Ukrainian "хв", floor-barre
/// exercises (NotesAsWrittenTests, thirty-second-thirty-third-worked-through).
/// </para>
/// </summary>
public class HeldOutNotesIssue18ThirtyThirdTests(ITestOutputHelper output)
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

        // PACE EHR "Delivery: Individual — 1 staff : 1 ppt for the whole NMR" (the aide waited at the door) states one-on-one; Airex nudges, gait-belt tug stepping, foam cone reaches; delayed stepping and neuropathic somatosensory loss; FSST and k of 10: passes.
        ["v1-h33-pace-one-staff-one-ppt"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PT)
            Participant: Mr. D.  | Center: Day Center — Therapy Room | Transport: PACE van
            IDT care plan problem #3: Falls — two falls at home since the last semi-annual assessment
            Delivery: Individual — 1 staff : 1 ppt for the whole NMR; the day-center aide waited at the door for the van.
            97112 Neuromuscular re-education — 24 min
             • Airex pad stance w/ PT nudges at the pelvis, unannounced, fwd/back/side
             • step-strategy drill — PT tugs the gait belt, ppt steps out to catch himself
             • reaching to cones placed outside his base while standing on the foam
            Impairment: delayed stepping response and ↓ ankle strategy; somatosensory loss B feet (diabetic neuropathy).
            Measure: Four Square Step Test 16.8 s (19.9 s in Jan); recovered the tug w/ a single step 7/10.
            """,
            ["E11.42", "Z91.81"], [PT("97112", 24)], []),

        // Dance medicine: "Studio 3 door closed for the session — just the PT and the dancer, nobody else in the studio"; relevé-passé on a half roller with perturbations, sautés onto a pad, EC fondu on Airex; L ankle proprioception and sickling after a jeté sprain; seconds and k of 20: passes.
        ["v1-h33-lpam-studio-door-closed"] = new(
            """
            LAKESHORE PERFORMING ARTS MEDICINE — Dance Medicine daily
            Dancer: conservatory ballet major | Dance status: MODIFIED (barre + adagio only, no allegro)
            Studio 3 door closed for the session — just the PT and the dancer, nobody else in the studio.
            97112 — 22 min
             – relevé → passé balance on a half foam roller (flat side down), PT perturbing at the pelvis
             – sautés in first onto the balance pad, stick the landing for 3 s
             – single-leg fondu on Airex, eyes closed for the last set
            Finding: L ankle proprioception ↓ and the L foot sickles on relevé (late peroneal firing) — L lateral ankle sprain landing a grand jeté, wk 6.
            Today: L relevé-passé on the roller 11 s (R 27 s); sauté landings without sickling 14/20.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // Polish PT "Terapia indywidualna — jeden terapeuta, jeden pacjent (1:1) przez całą sesję" states one-on-one; half-kneel rhythmic stabilization, foam-beam tandem with head turns, hurdle stepping; L LE proprioception after R MCA stroke; Berg and a decimal-comma tandem time: passes.
        ["v1-h33-macr-jeden-terapeuta-jeden-pacjent"] = new(
            """
            MACR — Avondale — Notatka dzienna / Daily note — 12.03.2026
            Terapeuta: mgr Magdalena W., PT (j. polski)
            Terapia indywidualna — jeden terapeuta, jeden pacjent (1:1) przez całą sesję.
            97112 reedukacja nerwowo-mięśniowa / NMR — 25 min
            Ćwiczenia: rhythmic stabilization in half-kneeling (L knee down); tandem stance on a foam beam w/ head turns; stepping over 3 low hurdles leading w/ the L leg on my count.
            Deficyt: ↓ L LE proprioception + slow postural reactions after R MCA stroke (X.2025).
            Pomiar: Berg 44/56 (39/56 przy przyjęciu / at admission); tandem on foam 6,5 s.
            Pacjent: "nogi lepsze, ale boję się schodów" — legs better, but afraid of the stairs.
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // Arabic-speaking patient with an in-person interpreter; "No other patient was scheduled with me or treated by me during this slot" states one-on-one; gaze stabilization firm → foam, head-turn walking, prayer-kneel transitions; R vestibular hypofunction; DVA lines and DGI: passes.
        ["v1-h33-macr-arabic-nobody-else-in-slot"] = new(
            """
            MACR — Albany Park site — PT daily
            Interpreter: Arabic (Levantine), in person, Mrs. N. — present for all of the visit.
            No other patient was scheduled with me or treated by me during this slot; I was with Mrs. A. throughout.
            NMR 97112 — 23 min:
             gaze stabilization x1 viewing, head yaw then pitch, target on a plain wall → checkerboard background, standing on firm then foam
             walking the hallway turning her head to name pictures on both walls
             standing → kneeling on a cushion and back, the way she prays, w/ cues to keep her eyes on a fixed point
            R vestibular hypofunction after vestibular neuritis: oscillopsia and sway w/ head turns; dizzy rising from sujood at prayer ("id-dinya btilif" — the room spins).
            DVA: 4 lines lost (6 at eval). DGI 17/24.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // PACE: "PT worked with Mrs. R. and no one else for every minute of the re-ed" while the daughter and HHA watched; tape-line backward stepping, perturbed sit-to-stand, rocker board; retropulsion in PD; pull-test steps and k of 10: passes.
        ["v1-h33-pace-daughter-and-hha-watched"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PT)
            Ppt: Mrs. R., 84, PD (H&Y 3). Her daughter and her HHA came in with her to learn the cues and watched from the chairs; PT worked with Mrs. R. and no one else for every minute of the re-ed.
            97112 — 20 min
             – backward stepping to tape lines on the PT's call
             – sit-to-stand w/ a light posterior perturbation as she rises
             – standing on the rocker board A/P w/ the rail for safety
            Retropulsion and slow, small backward steps (postural control); freezes at the bathroom door at home per daughter.
            Pull test: 3 steps to recover (5 at the Jan reassessment). Backward steps to the correct tape 6/10.
            """,
            ["G20.A1"], [PT("97112", 20)], []),

        // PACE 97112 "given inside the late-morning Standing Balance Circle — 6 ppts at the rail, PT and rehab aide rotating": not one-on-one; foam-strip marching, rail side-stepping, balloon catches; lateral postural control after hip ORIF; distance and k of 10 present.
        ["v1-h33-pace-balance-circle-rotating"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PT)
            Service: 97112, 25 min, given inside the late-morning Standing Balance Circle — 6 ppts at the rail, PT and rehab aide rotating between them.
            Ppt worked on: marching on the foam strip, side-stepping along the rail w/ eyes on a target, catching a balloon tossed off-center.
            Impairment: ↓ lateral postural control, wide-based sway after L hip ORIF.
            Side-step at the rail without a hand 12 ft (6 ft last wk); balloon catches 8/10.
            """,
            ["S72.002D", "R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Two Arabic-speaking patients "booked together to share the same in-person interpreter … I went back and forth between them": not one-on-one; PNF D1/D2, quadruped rhythmic stabilization, half-kneel to stand; L hip recruitment after a pontine infarct; MMT and seconds present.
        ["v1-h33-macr-shared-interpreter-two-mats"] = new(
            """
            MACR — Albany Park — PT daily
            Booked w/ another Arabic-speaking pt so both could use the same in-person interpreter (Mr. K.); both were on the mats at once and I went back and forth between them.
            97112 — 22 min: PNF D1/D2 patterns L LE in sidelying w/ resistance; quadruped alternate arm/leg lifts w/ rhythmic stabilization at the pelvis; half-kneel to stand through the L leg.
            Impairment: ↓ L hip motor recruitment and trunk postural control after a R pontine infarct.
            L hip ext 3-/5; quadruped hold 20 s w/o pelvic drop (8 s at eval).
            """,
            ["I69.354"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // The PT "ran the injured-dancers' barre beside company class: 4 dancers at the portable barre, PT cueing each in turn", billed 97112: not one-on-one; wobble-cushion rises, dégagé on a BOSU, EC fifth on foam; ankle proprioception and late hip abductor firing; reps and seconds present.
        ["v1-h33-lpam-injured-dancers-barre"] = new(
            """
            LPAM — onsite at the ballet company studios — PT
            Ran the injured-dancers' barre beside company class: 4 dancers at the portable barre, PT cueing each in turn. Billed 97112, 25 min.
            This dancer's work: rises in parallel on a wobble cushion; dégagé to the side w/ the standing leg on a BOSU; port de bras w/ eyes closed in fifth on a foam pad.
            Finding: R ankle proprioception ↓ after the sprain + R hip abductor firing late on the standing leg (pelvis drops).
            R single-leg rises on the cushion 15 before loss of balance; EC fifth on foam 18 s.
            """,
            ["S93.401D"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Musicians' clinic narrative, complete (scapular recruitment with the violin up, PNF D2 with rhythmic stabilization, mirror scales; upper-trap overactivity and lower-trap/serratus recruitment; k of 10 and MMT) but never says one-on-one.
        ["v1-h33-lpam-violinist-narrative-unstated"] = new(
            """
            LPAM — Musician Clinic — PT
            Instrument: violin (section player, symphony); bows w/ the R.
            She came in with her violin today so we could work in playing position. Re-education of L scapular control: lower trap and serratus recruitment w/ tactile cues at the inferior angle while holding the violin up; PNF D2 flexion L UE w/ rhythmic stabilization at end range; slow scales in first position w/ a mirror to catch the shoulder hiking.
            Problem: L upper trap overactivity w/ poor lower trap/serratus recruitment — the L shoulder elevates and the scapula wings during long passages.
            Shoulder hike seen in 3 of 10 slow scales (8 of 10 at eval); L lower trap 3+/5.
            97112 — 24 min.
            """,
            ["M25.812", "M54.2"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // PACE PTA gait in the day-center corridor while a rehab aide walked another ppt alongside: 97116 has no one-on-one check; hemi-walker → quad cane with cues; L hemiparetic gait; distances and CGA/Min A: passes.
        ["v1-h33-pace-97116-corridor-shared"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PTA)
            Gait training 97116 — 18 min, day-center corridor. The rehab aide walked another ppt along the same corridor at the same time.
            Hemi-walker → large-base quad cane, 3 x 80 ft; cues for a longer R step and heel-first contact on the L.
            L hemiparetic gait after R MCA stroke: L toe drag in swing, short R step.
            CGA w/ hemi-walker, Min A w/ quad cane on the turns.
            """,
            ["I69.354"], [PTA("97116", 18)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Polish/English visit form with its legend "TAK = yes, NIE = no": "Terapia indywidualna 1:1 … TAK [X] NIE [ ]"; stride-stance perturbations, BAPS, foam ball toss; R ankle proprioception after bimalleolar ORIF; decimal-comma seconds and k of 10: passes.
        ["v2-h33-macr-tak-x-individual"] = new(
            """
            MACR — Avondale — Formularz wizyty / Visit form — 17.03.2026
            Legenda: TAK = yes, NIE = no
            Terapia indywidualna 1:1 (individual) ........ TAK [X]  NIE [ ]
            Terapia grupowa (group) ...................... TAK [ ]  NIE [X]
            Kod / code: 97112   Czas / time: 23 min
            Techniki: perturbacje / perturbations at the shoulders in stride stance; BAPS board level 3 in standing, clockwise and counter-clockwise; foam stance w/ ball toss.
            Deficyt / deficit: ↓ R ankle proprioception, slow ankle strategy — R bimalleolar ORIF (VIII.2025).
            Wynik / result: SLS R on foam 9,2 s (4,0 s przy przyjęciu / at admission); BAPS circles w/o a hand touch 8/10.
            """,
            ["S82.841D"], [PT("97112", 23)], []),

        // Same Polish form with "Terapia indywidualna 1:1 … TAK [ ] NIE [X]" and "Równocześnie z innym pacjentem (concurrent) … TAK [X]": not one-on-one (the printed "1:1" label is not ticked); otherwise complete.
        ["v2-h33-macr-nie-x-individual"] = new(
            """
            MACR — Avondale — Formularz wizyty / Visit form — 17.03.2026
            Legenda: TAK = yes, NIE = no
            Terapia indywidualna 1:1 (individual) ........................ TAK [ ]  NIE [X]
            Równocześnie z innym pacjentem (concurrent) ................... TAK [X]  NIE [ ]
            Kod / code: 97112   Czas / time: 22 min
            Techniki: stepping onto foam pads in a line w/ eyes closed; lateral reach on a rocker board; stepping reactions to pushes at the pelvis.
            Deficyt / deficit: somatosensory loss B feet (diabetic neuropathy), slow stepping reaction.
            Wynik / result: 10 g monofilament felt at 4/10 sites R, 5/10 L; rocker board M/L hold 15 s.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Ukrainian/English checklist with its legend "Так = yes / Ні = no": individual 1:1 and three techniques ticked "Так", every deficit row ticked "Ні" and no deficit or system anywhere else: deficit missing.
        ["v2-h33-macr-ukr-deficits-all-ni"] = new(
            """
            MACR — Ukrainian Village (Chicago Ave) — щоденна нотатка / daily note — 19.03.2026
            PTA: Oksana K. (укр./англ.)
            Так = yes / Ні = no
            Індивідуально / Individual 1:1 ........ Так ☑  Ні ☐
            97112 — 20 хв (min)
            Техніки / techniques:
              perturbations in stride stance ........ Так ☑  Ні ☐
              foam beam tandem walking .............. Так ☑  Ні ☐
              rocker board A/P ...................... Так ☑  Ні ☐
            Дефіцити / deficits:
              proprioception ........................ Так ☐  Ні ☑
              vestibular ............................ Так ☐  Ні ☑
              postural control ...................... Так ☐  Ні ☑
            Результат / result: tandem on the foam beam 10 steps (6 last visit); rocker board A/P hold 22 s.
            """,
            ["R26.81"], [PTA("97112", 20)], [At(Deficit, "97112")]),

        // PACE EHR "Participant attended:  Group ☑   Individual ☐" (a PT-led group) on a 97112: not one-on-one; taped-line heel-toe walking with head turns, foam-cushion ball passing, noodle step-overs; postural control under dual task; tandem seconds present.
        ["v2-h33-pace-attended-group-ticked"] = new(
            """
            LAKEVIEW PACE EHR ▸ Therapy Encounter ▸ PT
            Participant attended:  Group ☑   Individual ☐
            Group name: Stand Strong (PT-led), Tue/Thu
            97112 Neuromuscular re-ed — 20 min
            Activities: heel-toe walking along the taped line w/ head turns; standing on foam cushions passing a ball around the circle; stepping over pool noodles on the floor to the PT's call.
            Care-plan problem: Falls (#2) — ↓ postural control w/ head movement and under dual task; L knee OA.
            Measure: tandem stance 6 s (3 s in Feb).
            """,
            ["R26.81", "M17.12"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // PACE EHR pick-list "Encounter type ▸ Individual therapy (1:1)"; treadmill belt-stop perturbations with harness, push-provoked lateral stepping, EC foam; delayed reactive stepping and ↓ foot proprioception; Mini-BESTest reactive subscore and k of 10: passes.
        ["v2-h33-pace-encounter-type-picklist"] = new(
            """
            LAKEVIEW PACE EHR ▸ Therapy Encounter
            Discipline ▸ PT          Encounter type ▸ Individual therapy (1:1)          Location ▸ Day Center — Therapy Room
            Care-plan problem ▸ #4 Impaired mobility / falls
            Services ▸ 97112 — 25 min
            Intervention ▸ perturbation-based balance training on the treadmill (PT-triggered belt stops at 0.8 mph) w/ harness; lateral stepping reactions to pushes at the pelvis; standing on foam w/ eyes closed.
            Impairment ▸ delayed reactive stepping (two falls backward this winter), ↓ proprioception B feet.
            Outcome ▸ Mini-BESTest reactive subscore 2/6 → 3/6; belt-stop recoveries w/o a harness catch 9/10.
            """,
            ["R29.6", "G62.9"], [PT("97112", 25)], []),

        // Dance RTD checklist "Session: one-on-one w/ the PT": relevé on a wobble board, landing sticks, pirouette prep on a half roller; L foot proprioception after a fifth-metatarsal fracture; the RTD measures grid (Y-balance, heel-rise reps, hop cm) left blank and no number or dose anywhere: measure missing.
        ["v2-h33-lpam-rtd-measures-grid-blank"] = new(
            """
            LPAM — Dance Medicine — RTD (return-to-dance) checklist
            Session: one-on-one w/ the PT in the screening room
            97112 — 22 min
            Drills: single-leg relevé on the wobble board w/ port de bras; jump-landing stick on the Airex in parallel and in first; pirouette prep to a balance on a half roller, spotting a target.
            Deficit: L ankle/foot proprioception ↓ and late intrinsic foot control on landing after a L fifth metatarsal fracture (dancer's fracture).
            RTD measures:  Y-balance ANT ___  PM ___  PL ___  |  SL heel-rise reps ___  |  Hop test ___ cm
            Plan: recheck the RTD measures next visit.
            """,
            ["S92.352D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Musicians' clinic OT: cello out of the case, end pin, case on the stairs, bow screw and rosin; post-CMC-arthroplasty thumb with a rehearsal set-up goal; "Assist: ( ) Indep (✓) Mod I ( ) SBA …" and 2 flights: 97530 passes.
        ["v2-h33-lpam-cellist-assist-ticked-ot"] = new(
            """
            LPAM — Musician Clinic — OT
            Instrument: cello | Concern: getting to and through rehearsals after R thumb CMC arthroplasty (LRTI), 10 wk
            97530 Therapeutic activities — 20 min
            Tasks: lifting the cello out of the hard case and setting the end pin; carrying the case on the back straps up the practice-room stairs; tightening the bow screw and rosining the bow w/ the R thumb in a stable post.
            Goal: bring her own instrument to rehearsal and set up without help.
            Assist:  ( ) Indep   (✓) Mod I   ( ) SBA   ( ) CGA   ( ) Min   ( ) Mod   ( ) Max
            Stairs w/ the case: 2 flights; bow screw done w/ the built-up key.
            """,
            ["M18.11"], [OT("97530", 20)], []),

        // PACE OT 97530: tea at the stove, counter wiping, dishes to a low cabinet, breakfast goal; the "Level of assist ▸ I ☐ S ☐ SBA ☐ CGA ☐ …" row left empty and no other number or parameter: measure missing.
        ["v2-h33-pace-ot-assist-row-blank"] = new(
            """
            LAKEVIEW PACE EHR ▸ Therapy Encounter ▸ OT
            Encounter type ▸ Individual therapy
            97530 — 18 min
            ADL kitchen in the day center: making tea at the stove (kettle, pouring, carrying the mug to the table on the rollator tray), wiping the counter, putting dishes away in the low cabinet.
            Care-plan problem ▸ ADL decline — goal: make her own breakfast on the mornings she is home (not a center day).
            Level of assist ▸ I ☐  S ☐  SBA ☐  CGA ☐  Min ☐  Mod ☐  Max ☐
            Response ▸ engaged, asked to do it again next week.
            """,
            ["M62.81", "R26.89"], [OT("97530", 18)], [At(Measure, "97530")]),

        // Arabic/English OT form with its legend "نعم = Yes | لا = No": "Individual session (one-on-one) … نعم ✓   لا ☐"; UE weight bearing with tapping, PNF D2 with rhythmic stabilization, graded cup grasp/release; R UE recruitment after L MCA stroke; k of 10 and seconds: OT 97112 passes.
        ["v2-h33-macr-arabic-naam-individual-ot"] = new(
            """
            MACR — Albany Park — OT (العلاج الوظيفي)
            نعم = Yes | لا = No
            Individual session (one-on-one) ......... نعم ✓   لا ☐
            Interpreter needed ...................... نعم ☐   لا ✓  (OT speaks Arabic with the pt)
            97112 (OT) — 22 min
             - weight bearing through the R arm on the table while reaching w/ the L, R elbow held in extension w/ tapping over the triceps
             - PNF D2 flexion R UE w/ rhythmic stabilization at 90°
             - graded grasp-and-release of cups of 3 sizes, stacking to shoulder height
            R hemiparesis after L MCA stroke (Nov 2025): ↓ R UE motor recruitment + proprioception, the elbow collapses in weight bearing.
            Cups stacked 7/10 w/o a drop (3/10 at eval); R elbow held straight 25 s in weight bearing.
            """,
            ["I69.351"], [OT("97112", 22)], []),

        // PACE IDT flags "[N] Fall … [N] ER/hospital … [Y] Therapist 1:1 entire timed service [N] Group today"; PNF rhythmic initiation and slow reversals, D1 R LE, scale-guided sit-to-stand; R LE recruitment after stroke; % BW and a timed five-rise: passes.
        ["v2-h33-pace-idt-flags-y-n"] = new(
            """
            LAKEVIEW PACE — PT Encounter — IDT flags
            [N] Fall since last encounter   [N] ER/hospital since last encounter   [Y] Therapist 1:1 entire timed service   [N] Group today
            97112 — 23 min
            PNF: rhythmic initiation and slow reversals of trunk rotation in sitting; D1 flexion pattern R LE in supine w/ resistance.
            Motor-control drill: sit-to-stand w/ even weight bearing, a bathroom scale under each foot.
            Impairment: R hemiparesis — ↓ R LE motor recruitment, shifts weight off the R in standing.
            Weight through the R 36% → 44% BW on the scales; sit-to-stand x 5 in 19 s.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // Progressing Ballet Technique on the stability ball (retiré holds, bridge into turned-out développé, prone rotator activation), "One-on-one, PT and dancer only"; deep rotator recruitment, turnout forced from the feet; rotation-disc degrees and k of 10: passes.
        ["v3-h33-lpam-progressing-ballet-technique"] = new(
            """
            LPAM — Dance Medicine daily — PT
            One-on-one, PT and dancer only, Pilates room.
            97112 — 23 min
            Progressing Ballet Technique (PBT) on the stability ball: seated retiré holds w/ the ball rolling under her, supine bridges w/ heels on the ball into a turned-out développé, prone "swan" on the ball w/ deep rotator activation.
            Why: ↓ deep hip rotator recruitment — she forces turnout from the feet (rolls in on demi-plié, knees ahead of the second toe).
            Functional turnout on rotation discs 118° total (104° at eval); no rolling-in on 8/10 demi-pliés.
            """,
            ["M25.852"], [PT("97112", 23)], []),

        // Rommett-style floor barre after hip arthroscopy (supine tendus, sidelying battements, rond de jambe à terre, prone attitude lifts with sets and a cuff weight); R hip flexor/rotator weakness with a centre-work goal: 97110 passes.
        ["v3-h33-lpam-floor-barre-97110"] = new(
            """
            LPAM — Dance Medicine — PTA
            97110 — 20 min
            Floor barre (Rommett-style) on the mat, hip arthroscopy protocol wk 14:
              supine tendus front in parallel → turned out, 2 x 10 each leg
              sidelying battements à la seconde (small, below 45°), 2 x 12
              supine rond de jambe à terre en dehors / en dedans, 2 x 8 each
              prone attitude lifts w/ a 1 lb ankle weight, 2 x 10
            R hip: flexor and deep rotator weakness after labral repair; goal is to get back into centre work by the spring show.
            """,
            ["M24.151"], [PTA("97110", 20)], []),

        // Gyrokinesis stool series (arches and curls, side arches, spiral twists, waves) plus open books and prone T's with doses for a cellist's thoracic stiffness; inclinometer degrees: 97110 passes.
        ["v3-h33-lpam-gyrokinesis-cellist-97110"] = new(
            """
            LPAM — Musician Clinic — PT
            Cellist (conservatory, practises slumped on the chair) — thoracic stiffness and mid-back ache after long sessions.
            97110 — 18 min
            Gyrokinesis stool series: seated arches and curls 3 x 8, side arches 2 x 8 each, spiral twists 2 x 8 each, "wave" sequence 2 x 6.
            Then open books sidelying 2 x 10 each and prone T's w/ 1 lb 2 x 10.
            Thoracic extension in sitting 12° → 19° (inclinometer) after the series.
            """,
            ["M54.6"], [PT("97110", 18)], []),

        // Sensory motor retuning (Candia) with a splint on the compensating finger, metronome sequences and mirror feedback, then isolated finger lifts, "Session one-on-one … no one else in the room"; task-specific focal dystonia; Tubiana–Chamagne and k of 20: passes.
        ["v3-h33-lpam-sensory-motor-retuning-pianist"] = new(
            """
            LPAM — Musician Clinic — PT
            Pianist, 34 — task-specific focal dystonia R hand: the 4th and 5th fingers curl into the palm on fast passages (loss of selective motor control).
            Session one-on-one at the clinic's upright piano; no one else in the room.
            97112 — 25 min
            Sensory motor retuning (Candia protocol): splint holding the R 3rd finger (the compensating one) while the 4th and 5th play slow sequential patterns w/ the metronome at 60; tempo up only after 3 clean passes; mirror feedback on the MP joints.
            Then motor-control drills away from the keyboard: isolated 4th-finger lifts w/ the hand flat on the table.
            Tubiana–Chamagne 2/5 (1/5 at IE); curling in 4 of 20 C-major scale passes at tempo (11 of 20 at IE).
            """,
            ["G24.8"], [PT("97112", 25)], []),

        // Alexander Technique–based hands-on guidance with the viola, craniocervical flexion drill on a pressure cuff, bowing with video feedback, "Seen on his own, 1:1 the whole re-ed"; deep neck flexor recruitment; CCFT mmHg: passes.
        ["v3-h33-lpam-alexander-violist"] = new(
            """
            LPAM — Musician Clinic — PT
            Instrument: viola (freelance, pit orchestra); plays w/ the head pushed forward onto the chin rest.
            Seen on his own, 1:1 the whole re-ed.
            97112 — 22 min
            Alexander Technique–based hands-on guidance of head–neck–back alignment as he brings the viola up, repeated w/ and w/o the instrument; craniocervical flexion motor-control drill on a pressure biofeedback cuff; then bowing open strings in the new alignment w/ video feedback.
            Deficit: ↓ deep neck flexor recruitment w/ superficial SCM/scalene dominance; forward head in playing posture.
            CCFT: 26 mmHg held 10 s x 6 (22 mmHg x 3 at IE).
            """,
            ["M54.2"], [PT("97112", 22)], []),

        // Thoracic Ring Approach corrections held through breaths, a rib glide with grade and bouts, STM; a flautist's R rib cage and thoracic rings; rotation degrees and a note held on one breath: 97140 passes.
        ["v3-h33-lpam-thoracic-ring-flautist-97140"] = new(
            """
            LPAM — Musician Clinic — PT
            Flautist — R-sided rib/upper-back pain when holding the flute out to the R; breath support feels "blocked".
            97140 — 12 min
            Thoracic Ring Approach: ring 4 and 5 correction in sitting w/ the flute held, manual ring stack held through 3 breaths x 5; rib 5 R posterior glide gr III 3 x 30 s; STM R rhomboid/middle trap.
            R 4th–5th thoracic rings rotated L on assessment; R rib cage restricted in inspiration.
            Post: thoracic rotation R 40° → 52°; a note held on one breath 14 s → 19 s.
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // PACE PTA teaching the ROM Dance (seated) in sets with rounds and reps, dowel flexion and ankle pumps; RA shoulder/hand stiffness with a hair and cupboard goal; AROM degrees: 97110 passes.
        ["v3-h33-pace-rom-dance-97110"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PTA) — Individual
            97110 — 15 min
            The ROM Dance (seated version), taught one movement set at a time so Mrs. J. can do it w/ her granddaughter at home: "Sun" and "Ocean" sets, 2 rounds x 8 reps of each movement; then seated shoulder flexion w/ a dowel 2 x 10 and ankle pumps 2 x 20.
            Problem: B shoulder and hand stiffness w/ RA; goal is to reach her hair and her upper cupboard again.
            B shoulder flexion AROM 118° R / 110° L.
            """,
            ["M06.9"], [PTA("97110", 15)], []),

        // Horton fortifications modified for a hamstring strain (flat backs, laterals, lunge series) plus partial Nordics with sets and holds; L proximal hamstring weakness: 97110 passes.
        ["v3-h33-lpam-horton-fortifications-97110"] = new(
            """
            LPAM — Dance Medicine — PT
            97110 — 15 min
            Horton fortifications, modified for a healing L proximal hamstring: flat backs to 90° 3 x 6 w/ 3 s hold, laterals to the R and L 2 x 6, deep lunge series 2 x 5 each side, then Nordic hamstring lowers (partial range) 2 x 5.
            L proximal hamstring strain (grade 2, in a split leap) wk 8; L hamstring weakness — 4/5 at 90°.
            """,
            ["S76.312D"], [PT("97110", 15)], []),

        // Bartenieff Fundamentals (heel rocks, thigh lift, pelvic shift, body-half, diagonal knee drop) then jazz-lunge weight shifts, "One-on-one in Studio 3"; lumbopelvic motor control and late glute max; no number or dose ("felt more connected"): measure missing.
        ["v3-h33-lpam-bartenieff-no-number"] = new(
            """
            LPAM — Dance Medicine daily — PT
            Contemporary/jazz dancer, L SI pain after lay-outs. One-on-one in Studio 3.
            97112 — 20 min
            Bartenieff Fundamentals: heel rocks, thigh lift and forward pelvic shift in supine w/ breath phrasing; body-half and diagonal knee drop; then standing weight shifts into a jazz lunge w/ cues to keep the pelvis level.
            Target: ↓ lumbopelvic motor control, L glute max recruitment late on the lunge.
            Dancer felt "more connected through the L side"; continue as above.
            """,
            ["M54.59"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Tai Chi Fundamentals forms (Rocking Motion, Repulse Monkey, Wild Horse's Mane, Brush Knee) in the activity room with "PT leading 5 ppts": not one-on-one; backward/lateral postural control; k of 6 and SLS seconds present.
        ["v3-h33-pace-tai-chi-fundamentals-group"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PT)
            Tai Chi Fundamentals (simplified program) in the day-center activity room — PT leading 5 ppts, this ppt in the front row.
            97112 — 25 min
            Forms: Rocking Motion weight shifts, Repulse Monkey (backward stepping), Parting the Wild Horse's Mane w/ a wide stance, Brush Knee; each 2 rounds.
            Impairment: ↓ postural control in backward and lateral directions; fear of falling after a fall in the bathtub.
            Backward steps w/o loss of balance 6/6; single-leg stance L 4 s, R 6 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // "Screwing the knee" stated as the finding (tibial ER at the knee in plié, prone hip ER 30° active vs 52° passive, medial knee ache); clamshells in turnout, ER isometrics, rotation-disc holds, mirror pliés with doses: 97110 passes.
        ["v4-h33-lpam-screwing-the-knee-97110"] = new(
            """
            LPAM — Dance Medicine daily — PT
            Finding: "screwing the knee" — she forces turnout below the hip: tibial ER at the knee in plié, active prone hip ER 30° R vs passive 52°, medial knee ache after grand plié.
            97110 — 18 min: sidelying clamshells in turnout w/ green band 3 x 15; prone hip ER isometrics w/ a ball between the heels 10 x 10 s; standing turnout holds on rotation discs (knee over the second toe) 3 x 8; wall-supported demi-plié in first w/ a mirror 2 x 10.
            Active prone hip ER R 36° after the set.
            """,
            ["M25.561"], [PT("97110", 18)], []),

        // Posterior ankle impingement stated as the finding (pain rising onto full pointe, + forced-plantarflexion test, os trigonum, FHL tender); distraction and subtalar glides with grades and bouts, STM along the FHL: 97140 passes.
        ["v4-h33-lpam-posterior-impingement-97140"] = new(
            """
            LPAM — Dance Medicine — PT
            Finding: R posterior ankle impingement — pain at the back of the ankle when she rises onto full pointe, + forced-plantarflexion test R, os trigonum on the X-ray report; FHL tender behind the medial malleolus.
            97140 — 10 min: talocrural long-axis distraction gr III 4 x 30 s; subtalar lateral glides 3 x 30 s; STM along the FHL belly and tendon.
            Plantarflexion R 62° → 68° after.
            """,
            ["M25.871"], [PT("97140", 10)], []),

        // PACE: the magnetic gait of NPH stated as what the PT saw (feet barely clear the floor, wide base, turns in 6+ steps, stops at doorways); 4WW gait with floor-ladder markers, step-turns, doorway line; SBA/CGA and turn steps: 97116 passes.
        ["v4-h33-pace-nph-magnetic-gait-97116"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PT)
            Ppt: Mr. O., NPH w/ VP shunt (Dec 2025).
            Observed: magnetic gait — feet barely clear the floor, short shuffling steps on a wide base, turns in 6+ steps; stops dead passing through the dining-room doorway.
            97116 — 20 min: gait w/ a 4WW in the day-center hall, 4 x 100 ft, cues "big step, lift the heel" w/ floor-ladder markers at 45 cm spacing; turning practice around a cone using a step-turn instead of shuffling; doorway approach w/ a visual line on the floor.
            SBA in the hall, CGA through the doorway; 180° turn in 5 steps (8 steps at eval).
            """,
            ["G91.2", "Z98.2"], [PT("97116", 20)], []),

        // A violinist's L ulnar neuropathy stated as the finding (elbow flexion test + at 40 s, Tinel + at the cubital tunnel, grip kg); nerve sliders, putty abduction, wrist work with doses and playing breaks: 97110 passes.
        ["v4-h33-lpam-violinist-ulnar-97110"] = new(
            """
            LPAM — Musician Clinic — PT
            Finding: L ulnar neuropathy at the elbow in a violinist — elbow flexion test + at 40 s (tingling 4th/5th fingers), Tinel + at the cubital tunnel, L grip 24 kg vs R 31 kg.
            97110 — 15 min: ulnar nerve sliders (elbow/wrist/neck combined) 3 x 10; intrinsic strengthening w/ putty finger abduction 3 x 10; wrist ext/flexion w/ 1 lb 2 x 12; taught to lower the violin and straighten the L elbow between pieces.
            """,
            ["G56.22"], [PT("97110", 15)], []),

        // Polish PTA 97116: "objaw Trendelenburga dodatni po stronie L (positive L Trendelenburg)" with a lateral trunk lean after THA; rollator → cane in metres, stairs with cues; SBA/CGA: passes.
        ["v4-h33-macr-trendelenburg-dodatni-97116"] = new(
            """
            MACR — Avondale — PTA — 97116 — 18 min — 24.03.2026
            Obserwacja / observed: objaw Trendelenburga dodatni po stronie L (positive L Trendelenburg), compensated lateral trunk lean over the L in stance; L THA (II.2026).
            Chód / gait: balkonik 4-kołowy → kula (rollator → cane in the R hand), 3 x 40 m in the corridor; stairs 2 flights w/ rail + cane, step-to; cues to keep the trunk upright over the L.
            SBA z kulą (w/ cane), CGA on the stairs.
            """,
            ["Z96.642", "Z47.1"], [PTA("97116", 18)], []),

        // Ukrainian-speaking PT: Holmes rebound, finger-nose overshoot, titubation and lurching on turns stated as the findings (cerebellar ataxia); Frenkel-style target stepping with a 0,5 kg cuff, rhythmic stabilization; "1:1, PT with this pt only"; k of 20 and seconds: passes.
        ["v4-h33-macr-ukr-rebound-titubation-97112"] = new(
            """
            MACR — Ukrainian Village — PT (Ukrainian-speaking) — 97112 — 24 min — 1:1, PT with this pt only
            Findings: R cerebellar stroke — Holmes rebound + R, finger-nose overshoot R, titubation when standing feet together; lurches to the R on turns (ataxia).
            Tx: Frenkel-style stepping to floor targets, slow → self-paced; rhythmic stabilization in stride stance; a 0,5 kg cuff on the R ankle during target stepping.
            Targets hit 14/20 (9/20 at eval); feet-together stance 20 s w/o titubation.
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // Arabic-speaking OT: grip kg, thumb opposition to the middle fingertip only and wrist extension degrees stated as the finding after distal radius ORIF; kneading and rolling khubz dough, oven tray; Friday-bread goal; SBA/Min A/CGA: 97530 passes.
        ["v4-h33-macr-khubz-dough-ot-97530"] = new(
            """
            MACR — Albany Park — OT (Arabic-speaking OT)
            Finding: R grip 9 kg vs L 22 kg; R thumb opposes only to the middle fingertip; wrist ext 35° — 10 wk after R distal radius ORIF.
            97530 — 22 min: making khubz dough — kneading in standing at the counter, dividing and rolling the balls, flattening w/ a rolling pin, sliding the tray into the oven w/ oven mitts (tray 2 kg).
            Goal: bake bread for the family on Fridays again.
            Kneading SBA w/ rests; oven tray Min A → CGA by the last trial.
            """,
            ["S52.571D"], [OT("97530", 22)], []),

        // An internal snapping hip stated as the finding (painful clunk lowering from développé devant, reproduced on testing, hip flexor 4-/5); eccentric développé lowering, psoas marches, passé-to-extension, stretch with doses; clunks k of 10: PTA 97110 passes.
        ["v4-h33-lpam-snapping-hip-97110"] = new(
            """
            LPAM — Dance Medicine — PTA
            Finding: L internal snapping hip — painful clunk on lowering from développé devant above 90°, reproduced w/ the FABER → extension test; L hip flexor weakness 4-/5 in sitting.
            97110 — 16 min: supine eccentric lowering from développé w/ the PTA guiding the tempo 3 x 6; psoas march in standing w/ band 3 x 10; sidelying passé-to-extension 2 x 10; kneeling hip flexor stretch 3 x 30 s.
            Clunks on lowering 2 of 10 reps (7 of 10 last wk).
            """,
            ["M24.852"], [PTA("97110", 16)], []),

        // Polish 97112 with "Terapia indywidualna 1:1", foam-pad stepping, beam tandem, BOSU catches and numbers, but "Deficyty / impairments: brak (none) today" and no deficit, system or region anywhere: deficit missing.
        ["v4-h33-macr-deficyty-brak-97112"] = new(
            """
            MACR — Avondale — Notatka dzienna — 26.03.2026
            Terapia indywidualna 1:1, cała sesja.
            97112 — 20 min
            Ćwiczenia / exercises: stepping onto and off a foam pad in 4 directions on my call; tandem walking on a 10 cm beam; catching a ball while standing on the BOSU.
            Deficyty / impairments: brak (none) today.
            Wynik: beam tandem 3,0 m w/o a step-off; BOSU catches 9/10.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // PACE OT 97530 (folding towels, laundry bag on the rollator seat, socks to a low drawer; SBA and a rest) with "Care-plan problem addressed today ▸ none selected / Impairments observed ▸ none" and no region or goal: deficit missing.
        ["v4-h33-pace-problems-none-ot-97530"] = new(
            """
            LAKEVIEW PACE EHR ▸ Therapy Encounter ▸ OT — Individual
            97530 — 20 min
            Tasks: folding a basket of towels in standing at the table; carrying the laundry bag 20 ft on the rollator seat; pairing socks and putting them away in a low drawer.
            Care-plan problem addressed today ▸ none selected
            Impairments observed ▸ none
            SBA throughout; 1 standing rest.
            """,
            ["M62.81"], [OT("97530", 20)], [At(Deficit, "97530")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Polish 97116: cane gait in metres, the Milwaukee Ave sidewalk and bus-stop curb with cues; R stiff-knee gait after TKA; "Prędkość chodu / gait speed 10 m: 0,71 m/s (0,52 m/s w I.2026)" with decimal commas: passes.
        ["v5-h33-macr-gait-speed-decimal-comma-97116"] = new(
            """
            MACR — Avondale — Notatka dzienna / daily note — 05.03.2026
            97116 nauka chodu / gait training — 20 min
            Laska w ręce L (cane in the L hand): 3 x 60 m in the corridor, then out to the Milwaukee Ave sidewalk and the bus-stop curb up/down x 4; cues for R heel strike and full R knee extension at mid-stance.
            Deficyt: R stiff-knee gait and a short L step after R TKA (XII.2025).
            Prędkość chodu / gait speed 10 m: 0,71 m/s (0,52 m/s w I.2026).
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 20)], []),

        // The airplane test (7/10 controlled reps) and single-leg relevé to fatigue as the measure; perturbed arabesque, pirouette prep to passé on a half roller, EC relevé; L hip/pelvic control after labral repair; "Treated individually in the dance lab": passes.
        ["v5-h33-lpam-airplane-test-97112"] = new(
            """
            LPAM — Dance Medicine daily — PT
            Treated individually in the dance lab (no other patient in the room).
            97112 — 22 min
            Arabesque holds at the barre w/ unpredictable PT taps at the pelvis; pirouette preparation in fourth → passé balance on a half roller, spotting a target; eyes-closed relevé holds in parallel.
            Deficit: ↓ L hip/pelvic neuromuscular control on the standing leg — the pelvis hikes and opens in arabesque — after L hip labral repair, 5 mo.
            Airplane test L: 7/10 controlled reps (3/10 at eval), R 10/10. SL relevé to fatigue L 18, R 26.
            """,
            ["M24.152"], [PT("97112", 22)], []),

        // PACE OT: the Katz ADL index (4/6 vs 3/6) beside SBA/Min A as the measure; shower-chair transfer, long-handled sponge, LB dressing with reacher and sock aid; post-CHF ADL decline with a bathing goal: 97530 passes.
        ["v5-h33-pace-katz-adl-ot-97530"] = new(
            """
            LAKEVIEW PACE EHR ▸ Therapy Encounter ▸ OT
            Encounter type ▸ Individual therapy
            97530 — 22 min
            Tasks ▸ shower-chair transfer in the day-center spa room w/ the grab bar; washing and drying legs and feet w/ a long-handled sponge; lower-body dressing in sitting w/ a reacher and sock aid.
            Care-plan problem ▸ ADL decline after the CHF admission; goal: bathe on her day-center days w/ aide set-up only.
            Katz ADL ▸ 4/6 today (3/6 at the post-hospital reassessment). Shower transfer SBA; LB dressing Min A for the socks.
            """,
            ["I50.9", "R53.81"], [OT("97530", 22)], []),

        // Ukrainian PTA 97110 "15 хв (min)": eccentric calf raises, loaded soleus raises in kg, hops, band eversion; R Achilles tendinopathy with a liturgy goal; heel-rise test to fatigue R 14 vs L 27: passes.
        ["v5-h33-macr-ukr-heel-rise-test-97110"] = new(
            """
            MACR — Ukrainian Village — PTA — щоденна нотатка
            97110 — 15 хв (min)
            Calf raises off a step w/ eccentric lowering on the R only, 3 x 15; seated soleus raises w/ 10 kg on the knee 3 x 12; hopping in place 2 x 20; ankle eversion w/ band 2 x 15.
            R midportion Achilles tendinopathy — R calf weakness; can't stay up on her toes for the long liturgy.
            Heel-rise test to fatigue: R 14 reps (9 at eval), L 27.
            """,
            ["M76.61"], [PTA("97110", 15)], []),

        // Video Arabic interpreter, "PT alone w/ Mr. H. — no other patient treated during the re-ed (1:1)"; cone-naming head turns, counting back in Arabic over a hurdle, EC foam with nods; dual-task postural control and neuropathy; TUG and TUG-cognitive with decimal commas: passes.
        ["v5-h33-macr-tug-cognitive-arabic-97112"] = new(
            """
            MACR — Albany Park — PT daily
            Arabic interpreter by video (iPad) for the whole visit; PT alone w/ Mr. H. — no other patient treated during the re-ed (1:1).
            97112 — 23 min: walking w/ head turns to name colored cones; stepping over a low hurdle while counting backward by 3 in Arabic; standing on foam w/ eyes closed and a slow head nod.
            Dual-task postural control deficit and ↓ B LE somatosensation (diabetic neuropathy) — slows and veers when talking.
            TUG 12,6 s; TUG-cognitive (counting back by 3) 18,4 s (24,1 s at eval).
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // PACE PTA 97110 after huddle: sit-to-stand, cuff hip abduction, knee extension, heel raises with doses; B LE weakness with MMT and a dining-chair goal; five chair rises in 17 s: passes.
        ["v5-h33-pace-five-chair-rises-97110"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PTA)
            Individual PTA session in the therapy room after the morning huddle.
            97110 — 15 min: sit-to-stand from the 18" chair, arms crossed, 3 x 6; standing hip abduction at the rail w/ 2 lb cuffs 2 x 10 B; seated knee extension w/ 3 lb 2 x 12 B; heel raises at the rail 2 x 15.
            Care-plan problem: B LE weakness (hip abd 3+/5, quads 4-/5) — can't rise from the dining-room chairs without pushing on the table.
            Five chair rises, arms crossed: 17 s (22 s in Feb).
            """,
            ["M62.81", "R26.89"], [PTA("97110", 15)], []),

        // Polish 97110 naming five exercises (in Polish with English) without any dose, hip fracture weakness with a second-floor goal; the only numbers are European dates ("10.03.2026", "17.03.2026"): measure missing.
        ["v5-h33-macr-european-dates-only-97110"] = new(
            """
            MACR — Avondale — Notatka dzienna / daily note — 10.03.2026
            97110 ćwiczenia / ther-ex — 15 min
            Ćwiczenia: przysiady przy drabinkach (mini squats at the wall bars), wspięcia na palce (heel raises), odwodzenie w leżeniu bokiem (sidelying hip abduction), mostek (bridges), rower stacjonarny (stationary bike).
            Cel: L hip and knee weakness after the L hip fracture; goal — walk up to her second-floor flat without resting on the landing.
            Pacjentka zadowolona (pleased); ćwiczenia w domu bez zmian (home exercises unchanged). Następna wizyta (next visit) 17.03.2026.
            """,
            ["S72.002D"], [PT("97110", 15)], [At(Measure, "97110")]),

        // PACE PTA 97116 with rollator gait through the dining room and cues for PD shuffling, whose only numbers are a participant ID, a van route and a room number ("walked well today"): measure missing.
        ["v5-h33-pace-id-route-room-only-97116"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PTA)
            Ppt ID 40218 · Van route 7 · Day-center room 112
            97116 gait — 15 min
            Rollator in the day-center hallway and through the dining room between the tables; cues for an upright trunk, staying close to the rollator, heel first; practised turning to sit at a dining table.
            Shuffling, flexed-trunk gait w/ the rollator pushed too far ahead (PD).
            Ppt walked well today; the aide will walk her to lunch.
            """,
            ["G20.A1"], [PTA("97116", 15)], [At(Measure, "97116")]),

        // In-person Arabic interpreter, "session one-on-one", rhythmic stabilization, gait-belt pulls, foam reaches; postural control after a thalamic stroke; only "aHsan, alhamdulillah" (better, thank God) and the family's view — no number or dose: measure missing.
        ["v5-h33-macr-alhamdulillah-no-number-97112"] = new(
            """
            MACR — Albany Park — PT daily
            In-person Arabic interpreter; session one-on-one (PT + pt; the interpreter only translating).
            NMR 97112 — 20 min: rhythmic stabilization in sitting and standing; stepping reactions to pulls at the gait belt; reaching out of base standing on a foam cushion.
            Deficit: ↓ postural control and late stepping reactions after a L thalamic stroke; R-sided sensory loss.
            Pt: "aHsan, alhamdulillah" (better, thank God). Family pleased with the progress.
            """,
            ["I69.398", "R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Guitarist OT 97530 (string gauge and capo set-up, barre-chord grip change, gig bag, amp on a luggage cart) with a gig goal, but only "got through the practice set and liked the new capo" — no assistance level, trials or number: measure missing.
        ["v5-h33-lpam-guitarist-no-measure-ot-97530"] = new(
            """
            LPAM — Musician Clinic — OT
            Guitarist (jazz trio) — L thumb CMC OA, pain pressing chords.
            97530 — 20 min: setting up a lighter-gauge string set and a capo w/ a wider clamp; practising barre-chord shapes w/ the thumb-over-the-neck grip swapped for a classical thumb-behind grip; carrying the gig bag on the R shoulder; loading the amp into the car w/ a luggage cart.
            Goal: play the Friday gig through without stopping for thumb pain.
            He got through the practice set and liked the new capo.
            """,
            ["M18.12"], [OT("97530", 20)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Polish dotted clock ranges per code "godz. 10.00–10.23 NMR (97112)" (23) and "godz. 10.23–10.38 ćwiczenia / ther-ex (97110)" (15): both match; 1:1, perturbations/BAPS/foam, step-ups and sit-to-stand; proprioception and quad weakness; decimal-comma seconds and k of 10: passes.
        ["v6-h33-macr-dotted-clock-ranges-two-codes"] = new(
            """
            MACR — Avondale — Notatka dzienna — 13.03.2026 — mgr Magdalena W., PT
            godz. 10.00–10.23  NMR (97112), terapia indywidualna 1:1
              perturbacje w pozycji wykrocznej (perturbations in stride stance), BAPS level 2 in standing, tandem on foam w/ head turns
            godz. 10.23–10.38  ćwiczenia / ther-ex (97110)
              step-ups 15 cm 3 x 10, sit-to-stand z 45 cm bez rąk (no hands) 3 x 8, heel raises 3 x 15
            Deficyt: ↓ L ankle proprioception + slow postural reactions; L quad weakness 4-/5 after L TKA (IX.2025).
            Wynik: tandem on foam 8,5 s (3,0 s przy przyjęciu); BAPS circles w/o a hand 8/10.
            """,
            ["Z96.652", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // PACE EHR "Time in service ▸ 97530: 20 min ▸ 97110: 15 min": both match; floor recovery, recliner and reacher tasks; bridges, abduction, heel raises, step-ups with doses; falls and hip weakness; Min A/Mod I: passes.
        ["v6-h33-pace-time-in-service-two-codes"] = new(
            """
            LAKEVIEW PACE EHR ▸ Therapy Encounter ▸ PT — Individual
            Time in service ▸ 97530: 20 min ▸ 97110: 15 min
            97530 ▸ floor recovery practice: side-sit → half-kneel → up to a chair x 3; getting in and out of the day-center recliner w/o pulling on the aide x 4; picking her cane up from the floor w/ a reacher x 5
            97110 ▸ bridges 2 x 10, sidelying hip abd 2 x 10 B, standing heel raises 2 x 15, step-ups 4" 2 x 10 R lead
            Care-plan problem ▸ Falls — found on the floor at home twice (couldn't get up); B hip extensor/abductor weakness 3+/5
            Floor → chair Min A (Mod A last month); recliner Mod I
            """,
            ["R29.6", "M62.81"], [PT("97530", 20), PT("97110", 15)], []),

        // Ukrainian/English "97112 — 22 хв / min — один на один / one-on-one" and "97116 — 16 хв / min": both match; amplitude stepping, protective steps, dual-task turns; outdoor cane gait on Chicago Ave; PD; DGI and SBA: passes.
        ["v6-h33-macr-ukr-khv-min-two-codes"] = new(
            """
            MACR — Ukrainian Village — PT (укр./англ.)
            97112 — 22 хв / min — один на один / one-on-one, PT w/ the pt only
              large-amplitude stepping to floor markers; backward protective steps to pulls at the shoulders; dual-task turning around a chair while naming the days of the week backward
            97116 — 16 хв / min
              walking w/ a cane outdoors on Chicago Ave: 3 x 50 m, curb up/down x 4, crossing at the light w/ cues for long even steps and eyes up
            PD (2022): small, slow protective steps backward; short shuffling steps and hesitation at curbs.
            DGI 18/24 (13/24 at eval); SBA outdoors w/ the cane.
            """,
            ["G20.A1"], [PT("97112", 22), PT("97116", 16)], []),

        // Dance clinic "Ther-ex [97110] 18 min." and "Manual [97140] 10 min.": both match; toe yoga, doming, band hallux flexion, relevé with doses; 1st MTP glides with grade and bouts, sesamoid mobs, STM; hallux rigidus with degrees: passes.
        ["v6-h33-lpam-bracket-codes-te-mt"] = new(
            """
            LPAM — Dance Medicine daily — PT
            Ther-ex [97110] 18 min.   Manual [97140] 10 min.
            Ther-ex: toe yoga 3 x 10; short-foot doming on one leg in relevé prep 3 x 8; band-resisted hallux flexion 3 x 15; single-leg relevé in parallel at the barre 3 x 10.
            Manual: 1st MTP dorsal glides gr III 4 x 30 s; sesamoid mobilization 3 x 30 s; STM to the FHL and plantar fascia.
            R hallux rigidus in a modern dancer who performs barefoot — 1st MTP extension 42° (needs 70°+ for demi-pointe); intrinsic weakness.
            After: 1st MTP ext 49°.
            """,
            ["M20.21"], [PT("97110", 18), PT("97140", 10)], []),

        // Arabic-speaking OT "97530 — time: 13:10 → 13:34" (24 minutes) on a single 24-minute line: matches; wudu at the sink, prayer-rug floor transfer, tea tray; THA with a prayer goal; CGA/SBA: passes.
        ["v6-h33-macr-arabic-clock-arrow-97530"] = new(
            """
            MACR — Albany Park — OT (Arabic-speaking OT; no interpreter needed)
            97530 — time: 13:10 → 13:34
            Tasks: wudu at the sink — washing the feet by lifting each foot to a low stool while holding the grab bar; getting down onto the prayer rug via half-kneel w/ a low chair in front, and back up, x 4; carrying the tea tray (4 glasses) from counter to table, 3 m x 3.
            R THA (posterior approach) 9 wk — hip precautions lifted last wk; goal: pray and do wudu at home without her son lifting her.
            Floor to rug and up: CGA (Min A at eval). Foot to the stool at the sink: SBA.
            """,
            ["Z96.641", "Z47.1"], [OT("97530", 24)], []),

        // Polish "godz. 9.15–9.45 — reedukacja nerwowo-mięśniowa (97112)" (30 minutes) against a 22-minute line: mismatch; 1:1, PNF rhythmic stabilization, reactive steps, rocker board; R LE recruitment after stroke; Berg and seconds.
        ["v6-h33-macr-dotted-clock-mismatch-97112"] = new(
            """
            MACR — Avondale — Notatka dzienna — 18.03.2026
            godz. 9.15–9.45 — reedukacja nerwowo-mięśniowa (97112), terapia indywidualna 1:1
            Techniki: PNF — rytmiczna stabilizacja (rhythmic stabilization) in half-kneeling; kroki na sygnał (reactive steps on a cue) onto foam; stance on a rocker board A/P.
            Deficyt: ↓ R LE motor recruitment + postural control after L MCA stroke (VI.2025).
            Wynik: Berg 47/56 (42/56 w I.2026); rocker board hold 18 s.
            """,
            ["I69.351"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // PACE EHR "Time in service ▸ 97110: 25 min ▸ 97116: 15 min" against 97110 15 and 97116 15: mismatch on 97110 only; NuStep, LAQ, marches, squats; rollator → SPC; L knee OA; SBA/CGA.
        ["v6-h33-pace-time-in-service-mismatch"] = new(
            """
            LAKEVIEW PACE EHR ▸ Therapy Encounter ▸ PT — Individual
            Time in service ▸ 97110: 25 min ▸ 97116: 15 min
            97110 ▸ NuStep level 4 x 600 steps; LAQ w/ 3 lb 2 x 12 B; standing marches at the rail 2 x 20; mini squats 2 x 10
            97116 ▸ rollator → SPC trial in the hall, 3 x 60 ft; cues for step length and heel strike; the curb at the van bay x 2
            Care-plan problem ▸ Mobility — L knee OA w/ quad weakness 4-/5; short, antalgic L stance
            SPC CGA, rollator SBA
            """,
            ["M17.12"], [PT("97110", 15), PT("97116", 15)], [At(Mismatch, "97110")]),

        // Drummer "97110 — 15 min" (matches) and "97140 — 20 min" against a 10-minute 97140 line: mismatch on 97140; isometrics, eccentrics, hammer, putty; radiohumeral distraction and cross-friction; lateral elbow; grip kg.
        ["v6-h33-lpam-drummer-97140-mismatch"] = new(
            """
            LPAM — Musician Clinic — PT
            Drummer (touring) — R lateral elbow pain after a run of shows.
            97110 — 15 min: isometric wrist extension holds at 30° ext 5 x 45 s; eccentric wrist extension w/ 3 lb 3 x 15; supination w/ a hammer 2 x 15; grip w/ putty 2 x 20.
            97140 — 20 min: radiohumeral distraction 3 x 30 s; cross-friction to the common extensor origin 3 x 60 s; STM R wrist extensors.
            R lateral epicondylalgia: pain gripping the sticks; wrist extensor weakness 4-/5.
            Pain-free grip 16 kg → 22 kg after the manual.
            """,
            ["M77.11"], [PT("97110", 15), PT("97140", 10)], [At(Mismatch, "97140")]),

        // Polish "Łączny czas terapii / total treatment time: 40 min." for 97112 25 and 97110 15, no minutes for either code; 1:1, BOSU perturbations, EC line tandem, target stepping; wall squats, step-ups, band abduction; proprioception and abductor weakness; numbers: separate time missing.
        ["v6-h33-macr-laczny-czas-total-only"] = new(
            """
            MACR — Avondale — Notatka dzienna — 20.03.2026
            Łączny czas terapii / total treatment time: 40 min. Terapia indywidualna 1:1.
            NMR: perturbacje na BOSU (perturbations on the BOSU), chód tandemowy po linii z zamkniętymi oczami (tandem walking on a line, eyes closed), stepping to targets on my call.
            Ćwiczenia / ther-ex: wall squats 3 x 30 s, step-ups 20 cm 3 x 10, band hip abd 3 x 15.
            Deficyt: ↓ ankle proprioception B + hip abductor weakness 4-/5; 2 falls on ice in January.
            Wynik: tandem EC 7 kroków (steps); SLS L 9,4 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // PACE "Session ▸ 35 min total, not split by code" for 97530 20 and 97110 15; van-step simulator and tray carry; knee extension, hip extension, heel raises; van-step goal and weakness; CGA/SBA: separate time missing.
        ["v6-h33-pace-session-total-not-split"] = new(
            """
            LAKEVIEW PACE EHR ▸ Therapy Encounter ▸ PT — Individual
            Session ▸ 35 min total, not split by code
            97530 ▸ car-transfer practice on the van-step simulator (2 steps + grab handle) x 4; carrying a lunch tray 20 ft on the rollator tray
            97110 ▸ seated knee extension 3 lb 2 x 12; standing hip extension at the rail 2 x 10; heel raises 2 x 15
            Care-plan problem ▸ can't climb the van steps since the hospital stay; B quad/hip extensor weakness 3+/5
            Van steps CGA (Min A last wk); tray carry SBA
            """,
            ["M62.81", "R53.81"], [PT("97530", 20), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings for the other codes

        // Empty note on a PACE visit with PT 97112 and PTA 97116: DOC_NOTE_MISSING on both profiled lines, nothing else.
        ["v7-h33-pace-empty-nmr-and-gait"] = new(
            "",
            ["G20.A1"], [PT("97112", 20), PTA("97116", 15)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // Spaces and CR/LF only on an OT 97530 visit sent with no diagnosis: DOC_NOTE_MISSING on 97530 and the diagnosis check.
        ["v7-h33-macr-crlf-spaces-ot-no-dx"] = new(
            "  \r\n \r\n  ",
            [], [OT("97530", 20)], [At(NoteMissing, "97530"), Dx]),

        // Empty note on a dance visit with 97110 and 97140: DOC_NOTE_MISSING on both lines, nothing else.
        ["v7-h33-lpam-empty-te-and-mt"] = new(
            "",
            ["M25.871"], [PT("97110", 15), PT("97140", 10)],
            [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // PTA 97110 with a "Region: L foot and ankle (pointe work)" field as the only target; doming, towel scrunches, band point-and-flex, slow-lowering relevé with sets and holds: passes.
        ["v7-h33-lpam-97110-region-field"] = new(
            """
            LPAM — Dance Medicine — PTA
            97110 — 16 min
            Region: L foot and ankle (pointe work).
            Doming (short foot) 3 x 10 w/ 5 s hold; towel scrunches 2 x 20; point-and-flex against red band 3 x 15; relevé in parallel at the barre w/ slow lowering 3 x 12.
            """,
            ["M79.672"], [PTA("97110", 16)], []),

        // Arabic-clinic OT 97530: floor sitting for family meals (down to a floor cushion and up via half-kneel, reaching across the sufra); a functional goal is the only target and Min A → CGA the only measure: passes.
        ["v7-h33-macr-97530-floor-meal-goal-only"] = new(
            """
            MACR — Albany Park — OT
            97530 — 18 min
            Floor sitting for family meals: from standing down to a floor cushion using the couch arm, sitting cross-legged then side-sitting, and back up via half-kneel, x 4; reaching to the middle of the floor tablecloth (sufra) to pass dishes, x 10.
            Goal: eat on the floor with her family again instead of alone at the table.
            Down/up: Min A → CGA by the last trial.
            """,
            ["M17.0"], [OT("97530", 18)], []),

        // Ukrainian-clinic 97140 "12 хв (min)": L shoulder GH inferior/posterior glides with grades and bouts, scapular mobs with holds, STM; adhesive capsulitis; no outcome number: passes.
        ["v7-h33-macr-ukr-97140-grades-bouts"] = new(
            """
            MACR — Ukrainian Village — PT — 97140 — 12 хв (min)
            L плече / L shoulder: GH inferior glides gr III 3 x 30 s; posterior glides gr III–IV 3 x 30 s in 60° abduction; scapular upward-rotation mobs in sidelying 2 x 60 s; STM L infraspinatus/teres minor.
            L adhesive capsulitis, freezing → frozen phase.
            """,
            ["M75.02"], [PT("97140", 12)], []),

        // Polish PTA 97116: forearm crutches (3-point → 2-point) in the corridor and on the stairs with cues; L hip hiking after plateau ORIF; "Asekuracja / CGA … nadzór / SBA" the only measure: passes.
        ["v7-h33-macr-97116-assist-only-polish"] = new(
            """
            MACR — Avondale — PTA — nauka chodu / gait training 97116 — 15 min
            Kule łokciowe (forearm crutches), 3-point pattern, PWB L → progressing toward 2-point; the corridor + the clinic stairs w/ rail; cues for L heel-toe and not hiking the L hip.
            L tibial plateau ORIF (I.2026): L hip hiking, short L stance.
            Asekuracja / CGA on the stairs; nadzór / SBA in the corridor.
            """,
            ["S82.142D"], [PTA("97116", 15)], []),

        // Wholly generic Polish/English 97112 ("Ćwiczenia równowagi / balance training 20 min. … dobrze tolerował / tolerated well. Kontynuacja planu / continue POC."), no one-on-one: technique, generic, deficit, measure and one-on-one.
        ["v7-h33-macr-generic-97112-polish"] = new(
            "MACR — Avondale — Ćwiczenia równowagi / balance training 20 min. Pacjent dobrze tolerował / tolerated well. Kontynuacja planu / continue POC.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Wholly generic PACE OT 97530 ("Therapeutic activities per care plan. Ppt pleasant and cooperative, tolerated well. Continue."): technique, generic, deficit and measure.
        ["v7-h33-pace-generic-ot-97530"] = new(
            "LAKEVIEW PACE — OT — 97530, 15 min. Therapeutic activities per care plan. Ppt pleasant and cooperative, tolerated well. Continue.",
            ["M62.81"], [OT("97530", 15)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Wholly generic PACE 97140 ("Manual therapy to tolerance. Ppt pleasant. Continue per IDT care plan."): technique, generic, deficit and measure.
        ["v7-h33-pace-generic-97140"] = new(
            "LAKEVIEW PACE — PT — 97140 — 10 min. Manual therapy to tolerance. Ppt pleasant. Continue per IDT care plan.",
            ["M17.12"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes: complete ones a reviewer passes, and the ordinary weak ones

        // Pointe-readiness 97110: rises with slow lowering, single-leg rises, band point-and-flex, doming in passé with doses; L ankle plantarflexor/peroneal weakness with a pointe-class goal; single-leg heel-rise counts: passes.
        ["vord-h33-lpam-pointe-readiness-97110"] = new(
            """
            LPAM — Dance Medicine daily — PT
            Pre-professional ballet student back from a L lateral ankle sprain; her teacher wants clearance for pointe class.
            97110 — 20 min
             relevé/rise in parallel and in first at the barre, slow 4-count lowering, 3 x 12
             single-leg rises L 3 x 10
             "pointe-and-flex" against green band 3 x 15
             intrinsic doming holding a passé 3 x 8 w/ 5 s hold
            Target: L ankle plantarflexor and peroneal weakness; goal — 16 clean single-leg relevés and pointe class without taping.
            Single-leg heel rise L 19 (R 28).
            """,
            ["S93.402D"], [PT("97110", 20)], []),

        // Jazz dancer after ACLR: "NMR 97112 — 22 min — just the dancer and me in Studio 2" (jeté landings on foam, pivot turns on a disc, kick-ball-change → fan kick on a wobble board) and "Ther-ex 97110 — 15 min" (split squats, SL RDL, Copenhagen plank); landing control and quad weakness; hop LSI, k of 10, HHD: passes.
        ["vord-h33-lpam-jazz-aclr-nmr-te"] = new(
            """
            LPAM — Dance Medicine daily — PT
            Jazz/commercial dancer, L ACLR (BTB) 10 mo — RTD phase 3.
            NMR 97112 — 22 min — just the dancer and me in Studio 2
              - leap landings (jeté) onto foam w/ a 3 s stick
              - pivot turns in parallel on a slick floor disc, spotting, then stop on one leg
              - kick-ball-change → fan kick on a wobble board, slow → music tempo
            Ther-ex 97110 — 15 min
              - Bulgarian split squats 3 x 8 @ 12 kg DB
              - single-leg Romanian deadlift 3 x 8 @ 8 kg
              - Copenhagen plank, short lever, 3 x 20 s
            Deficit: L knee valgus and trunk lean on landing (neuromuscular control); L quad weakness.
            Numbers: SL hop L 131 cm vs R 150 cm (LSI 87%); stick landings 9/10; quad HHD L 34 kg vs R 40 kg.
            """,
            ["S83.512D"], [PT("97112", 22), PT("97110", 15)], []),

        // Guitarist's de Quervain's, OT CHT: "97140 — 10 min" (cross-friction along the 1st dorsal compartment, radiocarpal distraction and scaphoid glides with bouts) and "97110 — 15 min" (thumb isometrics, RD eccentrics, tendon glides); Finkelstein and pinch kg: passes.
        ["vord-h33-lpam-guitarist-de-quervain-mt-te"] = new(
            """
            LPAM — Musician Clinic — OT (CHT)
            Classical guitarist — R de Quervain's (plucking hand), 5 wk.
            97140 — 10 min: STM/cross-friction along the 1st dorsal compartment 3 x 60 s; radiocarpal distraction + scaphoid glides gr II 3 x 30 s.
            97110 — 15 min: isometric thumb extension/abduction against a rubber band 3 x 10 x 5 s; wrist radial-deviation eccentrics w/ 1 lb 3 x 12; tendon gliding 2 x 10.
            R radial wrist pain on plucking; Finkelstein + R; R thumb extensor weakness.
            Lateral pinch R 5.5 kg vs L 7.0 kg; plucked 3 pieces in a row pain-free.
            """,
            ["M65.4"], [OT("97140", 10), OT("97110", 15)], []),

        // Harpist 97110: chin tucks with holds, prone Y/T with weight, rows, serratus wall slides, thoracic extension with doses; R scapular retractor weakness and cervical extension-rotation pain with a wedding-gig goal: passes.
        ["vord-h33-lpam-harpist-97110"] = new(
            """
            LPAM — Musician Clinic — PT
            Harpist (orchestra + weddings) — R upper trap/levator pain from leaning the harp onto the R shoulder and reaching the high strings.
            97110 — 18 min: chin tucks supine 3 x 10 w/ 5 s hold; prone Y's and T's w/ 1 lb 2 x 10; band rows 3 x 12; serratus wall slides w/ a foam roller 2 x 10; thoracic extension over the roller 2 x 8.
            R scapular retractor/lower trap weakness 4-/5; cervical extension–rotation R painful; goal: a full wedding gig without stopping to stretch.
            """,
            ["M54.2"], [PT("97110", 18)], []),

        // PACE IDT co-treat "Both therapists with this ppt only …": PT 97112 18 (counter foam perturbations while reaching, L weight shifts) and OT 97530 20 (groceries to cabinets, counter wiping); L hemiparesis with a lunch goal; % BW, k of 10, SBA/CGA: passes.
        ["vord-h33-pace-idt-cotreat-pt-ot"] = new(
            """
            LAKEVIEW PACE — IDT co-treatment note (PT + OT)
            Both therapists with this ppt only in the therapy room; no other ppts seen during the co-treat.
            PT ▸ 97112 ▸ 18 min: standing at the kitchen counter on a foam mat w/ PT perturbations at the hips while reaching to the upper shelf; weight shifts onto the L w/ tactile cues.
            OT ▸ 97530 ▸ 20 min: putting away groceries (cans, a cereal box, a milk jug) from a rolling cart into the upper and lower cabinets; wiping the counter in standing.
            Ppt: L hemiparesis after R MCA stroke — ↓ L LE weight acceptance and postural control; goal per IDT: make her own lunch at home on non-center days.
            Weight through the L 41% BW (33% in Jan); reaching on foam w/o LOB 8/10; groceries SBA, upper cabinet CGA.
            """,
            ["I69.354"], [PT("97112", 18), OT("97530", 20)], []),

        // PACE: the morning Chair Exercise group with Recreation Therapy (not a therapy service), then "seen individually by the PTA" for 97110 15: cuffs, sit-to-stand, abduction, pulleys with doses; hip/knee weakness after a UTI admission: passes.
        ["vord-h33-pace-individual-after-chair-group-97110"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PTA)
            Ppt did the morning Chair Exercise group with Recreation Therapy (not a therapy service); afterwards seen individually by the PTA in the therapy room.
            97110 — 15 min: seated hip-flexion marches w/ 2 lb cuffs 2 x 15; sit-to-stand from the raised mat 3 x 5; standing hip abduction at the parallel bars 2 x 10 B; pulleys for shoulder flexion 2 x 15.
            IDT care-plan problem: B hip/knee weakness (hip flexors 3+/5) and a decline in transfers after the UTI admission.
            """,
            ["M62.81", "R53.81"], [PTA("97110", 15)], []),

        // PACE "Time in service ▸ 97116: 15 min ▸ 97530: 15 min": SPC in the parking lot and ramp; van steps, seat belt, backward curb step-down; hip OA with a no-lift goal; SBA/CGA: passes.
        ["vord-h33-pace-van-steps-gait-ta"] = new(
            """
            LAKEVIEW PACE EHR ▸ Therapy Encounter ▸ PT — Individual
            Time in service ▸ 97116: 15 min ▸ 97530: 15 min
            97116 ▸ SPC in the parking lot from the van bay to the center door and back, 2 x 150 ft; the curb cut and the ramp; cues to lead w/ the R on uneven asphalt
            97530 ▸ van-step practice on the parked PACE van (2 steps + grab handle) x 3 up/down; seat belt on/off w/ the R hand; stepping down backward onto the curb
            Care-plan problem ▸ L hip OA w/ antalgic gait; goal: ride the van without the wheelchair lift
            SPC SBA; van steps CGA (Mod A at the last reassessment)
            """,
            ["M16.12"], [PT("97116", 15), PT("97530", 15)], []),

        // PACE OT caregiver training with the HHA (stand-pivot with a gait belt, sliding board, recliner positioning); dementia and L hemiparesis with a one-aide goal; Mod A/Min A and return demo 3/3; "97530 — 22 min" at the end: passes.
        ["vord-h33-pace-hha-caregiver-training-97530"] = new(
            """
            LAKEVIEW PACE — OT Encounter — Individual
            Caregiver training w/ the ppt's HHA (Ms. T.) present: stand-pivot wheelchair → commode w/ a gait belt x 3; sliding-board transfer wheelchair → bed-height mat x 3; positioning in the recliner w/ pillows.
            Ppt: advanced dementia + L hemiparesis; goal per IDT: safe transfers at home w/ one HHA, no lifting under the arms.
            Stand-pivot Mod A w/ the HHA after teaching (Max A w/o the belt technique); sliding board Min A; HHA return demo correct 3/3.
            97530 — 22 min
            """,
            ["F03.90", "I69.354"], [OT("97530", 22)], []),

        // Polish PT after TKA: "97110 ćwiczenia — 20 min" (bike, wall-bar squats, step-ups, TKE with band) and "97140 terapia manualna — 10 min" (patellar and tibiofemoral glides with bouts, scar STM); R knee stiffness with a walk-up goal; AROM degrees: passes.
        ["vord-h33-macr-polish-tka-te-mt"] = new(
            """
            MACR — Avondale — Notatka dzienna — 11.03.2026 — mgr Magdalena W., PT
            97110 ćwiczenia — 20 min: rower stacjonarny (stationary bike), pełne obroty (full revolutions), opór 2; przysiady przy drabinkach (wall-bar squats) 3 x 10; step-ups 15 cm 3 x 10; TKE z gumą (band) 3 x 15.
            97140 terapia manualna — 10 min: mobilizacja rzepki (patellar glides) sup/inf 3 x 30 s; tibiofemoral posterior glides gr III 4 x 30 s; STM blizny (scar).
            Staw kolanowy P (prawy / R knee): flexion and extension stiffness after R TKA (XII.2025); goal — the stairs to her third-floor walk-up on Belmont without stopping.
            AROM R knee: 3° → 108° (5° → 101° tydzień temu / last week).
            """,
            ["Z96.651", "M25.661"], [PT("97110", 20), PT("97140", 10)], []),

        // Polish OT 97530: pierogi for Easter (built-up rolling pin, cutting circles, pinch aid, lifting a 1,5 l pot); CMC/DIP OA with a granddaughter goal; pinch kg with decimal commas, 20 of 24 sealed, SBA: passes.
        ["vord-h33-macr-pierogi-ot-97530"] = new(
            """
            MACR — Avondale — OT — 97530 — 20 min
            Pierogi for Wielkanoc (Easter): rolling the dough w/ a built-up rolling pin, cutting circles w/ a glass, pinching the edges shut w/ a lateral-pinch aid, lifting the pot of water (1,5 l) from the sink to the stove w/ both hands.
            B hand OA (thumb CMC and DIPs) — pinch pain and weakness; goal: make pierogi w/ her granddaughter for Easter.
            Lateral pinch R 3,5 kg, L 4,0 kg; edges sealed on 20 of 24 pierogi w/o help; pot lift SBA.
            """,
            ["M18.0"], [OT("97530", 20)], []),

        // Arabic phone interpreter with an ID and the son present, "treatment one-on-one, no other patient with the PT": 97112 23 (PNF D1, target stepping, mirror weight shift) and 97116 15 (hemi-walker → quad cane in metres with cues); R hemiparesis; % BW, k of 10, CGA: passes.
        ["vord-h33-macr-arabic-stroke-nmr-gait"] = new(
            """
            MACR — Albany Park — PT daily
            Interpreter: Arabic, by phone (ID 5542) — son also present; treatment one-on-one, no other patient with the PT.
            97112 — 23 min: PNF D1 flexion/extension R LE in sidelying w/ manual resistance; stepping the R foot to floor targets on cue; standing weight shift onto the R w/ a mirror.
            97116 — 15 min: hemi-walker → quad cane in the corridor, 4 x 20 m; cues for R hip flexion in swing and heel first; turning to the R.
            R hemiparesis after L MCA stroke (Dec 2025): ↓ R LE motor recruitment, R toe drag, short L step.
            R weight bearing 38% → 45% BW; targets hit 7/10; quad cane CGA.
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], []),

        // Arabic-clinic 97110 moved to the morning during Ramadan: press-ups, bird-dog, hinge, side plank, squats with doses; lumbar extensor endurance with a Taraweeh and grandson goal; prone hold seconds: passes.
        ["vord-h33-macr-ramadan-lbp-97110"] = new(
            """
            MACR — Albany Park — PT daily
            Visit moved to the morning during Ramadan (pt fasting; intensity kept moderate).
            97110 — 18 min: prone press-ups 2 x 10; bird-dog 3 x 8 w/ 5 s hold; hip hinge w/ a dowel 2 x 10; side plank on the knees 3 x 15 s each; squats to a chair 2 x 10.
            Low back pain w/ a lumbar extensor endurance deficit; goal — stand through Taraweeh prayers and lift his grandson.
            Prone trunk-extension hold 38 s (20 s at eval).
            """,
            ["M54.50"], [PT("97110", 18)], []),

        // Ukrainian PTA "вправи / ther-ex 97110 — 15 хв (min)": heel raises, squats, band hip extension, weighted weight shifts with doses; hip/ankle weakness with stenosis and a liturgy goal: passes.
        ["vord-h33-macr-ukr-liturgy-standing-97110"] = new(
            """
            MACR — Ukrainian Village — PTA — вправи / ther-ex 97110 — 15 хв (min)
            Standing endurance for the Sunday liturgy at St. Nicholas (she stands the whole service): heel raises at the counter 3 x 15; mini squats 3 x 10; standing hip extension w/ yellow band 2 x 12 B; side-to-side weight shifts holding 2 kg 2 x 20.
            B hip/ankle weakness w/ lumbar stenosis — her legs give out after standing a while.
            Heel raises 3 x 15 w/o fingertip support today (both hands on the counter last wk).
            """,
            ["M48.062"], [PTA("97110", 15)], []),

        // Ukrainian PT "один на один / one-on-one, PT and pt only in the vestibular room": optokinetic habituation on foam, head-turn walking, gaze stab x1 pitch; visual dependence after L vestibular neuritis; foam seconds and DHI: passes.
        ["vord-h33-macr-ukr-visual-dependence-97112"] = new(
            """
            MACR — Ukrainian Village — PT (українською з пацієнткою)
            97112 — 24 min — один на один / one-on-one, PT and pt only in the vestibular room
            Optokinetic habituation: standing on foam in front of a moving-stripes video, feet together → semi-tandem; walking the hallway w/ head turns; gaze stabilization x1 pitch w/ a busy background.
            Visual dependence and motion sensitivity after L vestibular neuritis (11.2025) — worse in the supermarket aisles.
            Foam stance w/ the stripes video 30 s w/o a step (8 s at eval); DHI 34 (56 at eval).
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // Contemporary dancer with L5 spondylolysis: dead bug, side plank, rock-backs, banded bridge, Pallof press in fourth with doses; lumbopelvic endurance with a partnering goal; side-plank seconds: 97110 passes.
        ["vord-h33-lpam-spondylolysis-97110"] = new(
            """
            LPAM — Dance Medicine — PT
            Contemporary dancer — L5 spondylolysis (bone scan +), out of back-bends and cambrés per the dance-medicine MD.
            97110 — 18 min: dead bug w/ heel taps 3 x 10; side plank on the elbow 3 x 20 s each; quadruped rock-backs in neutral 2 x 15; glute bridge w/ band at the knees 3 x 12; Pallof press in fourth position w/ red band 3 x 10 each side.
            Lumbopelvic stabilizer endurance deficit; goal — partner lifts in the spring concert w/o extension pain.
            Side plank hold L 42 s / R 48 s (25 s / 30 s at eval).
            """,
            ["M43.06"], [PT("97110", 18)], []),

        // PACE "individual PT in the therapy room (1:1) while the center's bingo went on next door": figure-8 dual task with bingo numbers, cane step-overs, foam wedge EC; dual-task postural control and ankle proprioception; Figure-of-8 walk seconds: passes.
        ["vord-h33-pace-bingo-dual-task-97112"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PT)
            Encounter: individual PT in the therapy room (1:1) while the center's bingo went on next door.
            97112 — 23 min: walking figure-8s around two cones while calling out bingo numbers read by the PT (dual task); stepping over a cane on the floor in 4 directions on cue; standing on the foam wedge toes-up and toes-down w/ eyes closed.
            ↓ postural control under dual task + ↓ ankle proprioception; slows and stops walking when talking.
            Figure-of-8 walk: 12.4 s w/ 1 step-off (16.9 s w/ 3 step-offs in Jan).
            """,
            ["R26.81", "G62.9"], [PT("97112", 23)], []),

        // Tap dancer after Achilles repair: "Gait 97116 — 15 min" (heel lift, studio walking, treadmill with mirror, stairs with cues) and "Ther-ex 97110 — 15 min" (seated and standing calf raises, band PF); push-off weakness and girth; SBA/Mod I and reps: passes.
        ["vord-h33-lpam-tap-achilles-gait-te"] = new(
            """
            LPAM — Dance Medicine — PTA
            Tap dancer, R Achilles repair 12 wk — out of the boot this week.
            Gait 97116 — 15 min: shoe w/ a 1 cm heel lift, 4 x 40 ft in the studio, then treadmill at 1.8 mph w/ a mirror; cues for R heel strike → roll-through and equal step length; stairs reciprocal w/ rail.
            Ther-ex 97110 — 15 min: seated calf raises w/ 10 lb 3 x 15; double-leg heel raises w/ slow lowering 3 x 10; band plantarflexion 3 x 20.
            R push-off weakness, short L step, R calf atrophy (girth −2 cm).
            SBA on the stairs, Mod I on the level; single-leg heel raise R 3 partial reps (none last wk).
            """,
            ["S86.011D"], [PTA("97116", 15), PTA("97110", 15)], []),

        // Ukrainian OT 97530: pysanky with a kistka and beeswax, candle heating, dipping, alternated with buttoning a vyshyvanka; R fine motor control and tremor after stroke with an Easter goal; k of 8, buttons in seconds, SBA: passes.
        ["vord-h33-macr-ukr-pysanky-ot-97530"] = new(
            """
            MACR — Ukrainian Village — OT — 97530 — 20 хв (min)
            Pysanky (Easter eggs) w/ a kistka and beeswax: holding the egg in the L hand, drawing lines w/ the kistka in the R, heating the kistka at the candle, dipping the egg w/ a spoon; alternated w/ buttoning her embroidered blouse (vyshyvanka).
            R hand: ↓ fine motor control + tremor after a L thalamic stroke; goal — make pysanky w/ her grandchildren for Великдень (Easter).
            Lines completed on 2 eggs w/o smudging 6/8; 5 of 7 buttons in 90 s; SBA at the candle.
            """,
            ["I69.398"], [OT("97530", 20)], []),

        // PACE OT 97110 for wheelchair propulsion: armrest push-ups, band rows, dowel press, putty with doses; shoulder depressor/triceps weakness with a lounge-to-lunch goal; feet propelled: passes.
        ["vord-h33-pace-wheelchair-propulsion-ot-97110"] = new(
            """
            LAKEVIEW PACE — OT Encounter — Individual
            97110 — 15 min: wheelchair push-ups on the armrests 3 x 8; band rows (red) 3 x 12; overhead press w/ a 2 lb dowel 2 x 10; grip putty (green) 2 x 20 each hand.
            B shoulder depressor/triceps weakness (3+/5) — can't self-propel to the dining room or do her own pressure relief; goal: propel the 100 ft from the lounge to lunch.
            Propelled 60 ft before needing the aide (35 ft last month).
            """,
            ["M62.84", "M62.81"], [OT("97110", 15)], []),

        // Contemporary dancer, complete two-code note (hop-to-stick, disc turns, EC passé on Airex; calf raises, step-downs, band ankle; proprioception and peroneal weakness; k of 15 and seconds) with both minutes matching, but never says one-on-one.
        ["vord-h33-lpam-contemporary-nmr-te-no-1to1"] = new(
            """
            LPAM — Dance Medicine daily — PT
            Contemporary dancer, R high ankle sprain wk 9 — floor work and jumps modified.
            97112 — 20 min: hop-to-stick onto the balance pad in parallel; turning on the R on a slick disc w/ a stop in relevé; eyes-closed passé balance on the Airex.
            97110 — 15 min: single-leg calf raises off a step 3 x 12; lateral step-downs 3 x 10; band eversion/inversion 3 x 15.
            R ankle proprioception ↓ and peroneal weakness 4/5.
            Stick landings 12/15; EC passé on Airex R 9 s vs L 21 s.
            """,
            ["S93.431D"], [PT("97112", 20), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // PACE PTA 97110 complete (knee extension, heel raises, banded side-steps with doses; LE weakness with a van goal) sent with no diagnosis: diagnosis missing.
        ["vord-h33-pace-no-diagnosis-97110"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PTA) — Individual
            97110 — 15 min: seated knee extension w/ 3 lb 2 x 12 B; standing heel raises at the rail 2 x 15; side-stepping w/ a band at the knees 3 x 10 ft each way.
            B LE weakness — quads 4-/5; goal: walk out to the van w/o the wheelchair.
            """,
            [], [PTA("97110", 15)], [Dx]),

        // Polish 97110 complete (bike, squats, step-ups, band with doses; L knee OA weakness with a stairs goal; 30 s chair-stand count) whose diagnosis field holds Polish free text "choroba zwyrodnieniowa stawu kolanowego" (knee OA): diagnosis missing.
        ["vord-h33-macr-polish-free-text-dx"] = new(
            """
            MACR — Avondale — Notatka dzienna — 09.03.2026
            97110 ćwiczenia — 18 min: rower stacjonarny (bike) opór 3; przysiady do krzesła (squats to a chair) 3 x 10; step-ups 15 cm 3 x 10 L; odwodzenie z gumą (band hip abduction) 3 x 15.
            Kolano L (L knee) OA — quad and hip abductor weakness 4-/5; goal: stairs to the Blue Line platform at Belmont.
            Wstawanie z krzesła / 30 s chair stand: 11 (8 przy przyjęciu / at admission).
            """,
            ["choroba zwyrodnieniowa stawu kolanowego"], [PT("97110", 18)], [Dx]),

        // PACE PTA "Ppt seen in the therapy room, 35 min total. Therex and neuro re-ed per plan. Tolerated well …" on 97112 20 + 97110 15: wholly generic on both lines, no one-on-one, a total only: separate time missing.
        ["vord-h33-pace-pta-generic-total"] = new(
            "LAKEVIEW PACE — PTA. Ppt seen in the therapy room, 35 min total. Therex and neuro re-ed per plan. Tolerated well, pleasant, no c/o. Continue per IDT care plan.",
            ["R26.81", "M62.81"], [PTA("97112", 20), PTA("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // Arabic-clinic "Gait training 97116 — 25 min" on a single 15-minute 97116 line: mismatch; RW → SPC in metres, stairs with cues; L TKA antalgic gait; CGA/SBA.
        ["vord-h33-macr-arabic-97116-minutes-differ"] = new(
            """
            MACR — Albany Park — PT daily — interpreter (Arabic) in person
            Gait training 97116 — 25 min: RW → SPC trial in the corridor 4 x 20 m; stairs 12 steps w/ rail, step-to → reciprocal; cues for L heel strike and an upright trunk.
            L TKA wk 7 — L stiff-knee, antalgic gait.
            SPC CGA, stairs SBA w/ rail.
            """,
            ["Z96.652"], [PT("97116", 15)], [At(Mismatch, "97116")]),

        // Trumpet player's PTA 97110 listing chin tucks, roller extension, rows, wall angels, doorway stretch, scapular squeezes with no dose, upper-back/neck postural endurance as the target, "Felt looser afterward": measure missing.
        ["vord-h33-lpam-trumpet-no-dose-97110"] = new(
            """
            LPAM — Musician Clinic — PTA
            Trumpet player — neck and upper-back ache after long rehearsals.
            97110 — 15 min: chin tucks, thoracic extension over the roller, band rows, wall angels, pec doorway stretch, scapular squeezes.
            Target: upper-back/neck postural endurance for the practice day.
            Felt looser afterward.
            """,
            ["M54.2"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // Ukrainian "97112 — 22 хв / min — один на один / one-on-one" and the exercises "after, to finish the visit" with no minutes for the 97110 line; both sections complete: separate time missing.
        ["vord-h33-macr-ukr-minutes-one-of-two"] = new(
            """
            MACR — Ukrainian Village — PT
            97112 — 22 хв / min — один на один / one-on-one
              rhythmic stabilization in tall kneeling; stepping onto foam to the PT's call; tandem on a line w/ head turns
            вправи / ther-ex after, to finish the visit: step-ups 3 x 10, sidelying hip abd w/ 1 kg 3 x 12, bridges 3 x 15
            Deficit: ↓ postural control + L hip abductor weakness (4-/5) after a L hip fracture (IM nail, 12.2025).
            Tandem on the line 10 steps; foam steps w/o a hand 9/10.
            """,
            ["S72.142D"], [PT("97112", 22), PT("97110", 15)], [SepTime]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
