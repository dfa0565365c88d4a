using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The thirty-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from three sources, in the proportions a
/// billing manager sees them — about three in five ordinary and complete, single- and multi-code visits, by PTs,
/// PTAs and OTs:
/// <list type="number">
/// <item>a Puerto Rico outpatient practice with a San Juan site (Santurce, Condado, Hato Rey, Río Piedras, a
/// Viejo San Juan satellite) and a Ponce site, whose terapeutas chart in a mix of Spanish and English on Spanish
/// templates ("NOTA DE TRATAMIENTO DIARIO", "Modalidad de tratamiento: [X] Individual (1 TF : 1 pte)", "¿Terapia
/// uno a uno? S [ ] N [X]", "Déficit trabajado: ( ) propiocepción ( ) control postural", "Déficit: no aplica",
/// "según evaluación inicial", "RNM" for reeducación neuromuscular, "Ej. terapéutico", "FNP (PNF)", "ATF" for the
/// physical-therapist assistant, "TO" for occupational therapy, "pte", "toleró bien", "min" and "minutos", clock
/// ranges "de 9:15 a 9:38 a.m.", "Tiempo invertido en marcha", "pies", "pulg", "seg", "lbs"), with the island's
/// tasks and goals (the marquesina stairs, the guagua's high step, the cobblestones of the old city, hanging the
/// wash on the cordel, rice in the caldero, peeling green plátanos and grating yautía for pasteles, plena to the
/// pandero at the fiestas patronales, Mass at the Ponce cathedral, the Plaza Las Delicias, the Expreso Las
/// Américas);</item>
/// <item>a rural Utah / Idaho ranching-country practice (Bear River Valley in Tremonton, Garland and Brigham City;
/// Snake River in Rexburg, Idaho Falls, St. Anthony, Rigby, Ashton, Driggs and Teton) whose travelling PTA
/// charts on a tablet between towns in short lower-case entries ("[offline draft · synced 11:42 @ Ashton]",
/// "did:", "why:", "nums:", "mins: nmr 23 / gt 15", "staff:pt 1:1", "cosign pending"), with ranch and farm tasks
/// (hand-line irrigation pipe, hay flakes to the bunk, a 50-lb mineral tub to the tailgate, a salt block into a
/// side-by-side, the cattle guard, saddling on a sawhorse and the latigo, the branding pen, a spud-cellar
/// sorting line, lambing) and church and family roles (sacrament meeting and the hymns, passing the tray down the
/// pew, a stake Pioneer Day dance with square-dance calls, a wedding quilt with the Relief Society);</item>
/// <item>a Chicago hospital system's outpatient neuro and vestibular clinics ("Lakefront Health": River North,
/// Streeterville, Lincoln Square, Evanston) whose notes come from structured EHR forms ("Document Status: Auth
/// (Verified)", "Care Delivery Model: One patient – one therapist", "Methods Selected:" semicolon dropdown values,
/// "Deficits Treated:", "&lt;none selected&gt;", "Time (min):" per code, "Outcome Measures: Not Done", indented
/// "Comment:" fields, a Performed Yes / No grid) and from residents' and students' dictations co-signed by the PT
/// (a PGY-1 neurologic resident and mentor, SPTs with the CI in the room directing, "D: … T: …", "Dictated but
/// not read"), with the city's tasks (the CTA bus bench, a Ventra card, a three-flat's back porch, a revolving
/// door, the Lakefront Trail).</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together (up to three in a visit), by PT, PTA and OT.
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h37-…): one-on-one in these writers' words ("Modalidad: uno a uno — la TF con la pte toda
/// la sesión", "pt &amp; me only in the annex rm the whole time — one-on-one", "Care Delivery Model: One patient
/// – one therapist", an SPT who "treated Mr. K individually … the supervising PT was in the room directing and
/// did not treat any other patient", "one-on-one in her kitchen, nobody else being treated"), notes that negate
/// it (a Ponce balance circuit with the ATF rotating among three, two sisters at a senior centre with the PTA
/// going back and forth) or never state it (a resident's dictation, a San Juan note with the husband taught the
/// HEP), and a Ponce group walk on 97116, which has no one-on-one check;</item>
/// <item>class 2 (v2-h37-…): template states: "[X] Individual (1 TF : 1 pte)", "¿Terapia uno a uno? S [ ] N
/// [X]", a "Concurrent (2 patients)" dropdown, "Deficits Treated: &lt;none selected&gt;", "staff:pt 1:1", blank
/// assistance and distance fields on a gait form, a Spanish OT task grid with assistance and repetition columns, a
/// vestibular Performed Yes / No grid with comments, an outcome screen that did not load, an unticked Spanish
/// deficit checklist;</item>
/// <item>class 3 (v3-h37-…): named programmes and devices as techniques (plena steps to the pandero as rhythmic
/// auditory cueing, square-dance calls as reactive stepping, the Prokin platform, Tetrax biofeedback, Bioness BITS,
/// Tyromotion Pablo, HawkGrips IASTM), one task-oriented circuit class (not one-on-one), one mechanical-horse
/// 97112 with no number and one PNF agonist-reversal 97112 whose deficits are "según evaluación inicial";</item>
/// <item>class 4 (v4-h37-…): deficits stated as findings (foot drop tripping on cobblestones, a positive head
/// impulse with an overt corrective saccade and post-head-shake nystagmus, a single-leg heel raise of 3 against
/// 22, Rancho observational gait deviations, heel-knee-shin dysmetria, incomplete thumb opposition, a hypomobile
/// first rib on spring testing) and notes that state none ("Déficit: no aplica" on a 97112, "dev: none noted ·
/// goal: per plan" on a 97116, "Problems addressed: unchanged from prior note" on a 97112);</item>
/// <item>class 5 (v5-h37-…): measures in their usual forms (the Six Spot Step Test with the T25FW, gait speed in
/// Spanish, loads and carries for a ranch task, the Clinical Test of Sensory Interaction on Balance spelled out,
/// the Functional Ambulation Category with stairs and distances, goniometry before and after mobilisation) and
/// notes with none ("se ve mejor y más estable", "walked farther than last wk", "Outcome Measures: Not Done",
/// a visit count, a plan-of-care date and the next appointment as the only numbers);</item>
/// <item>class 6 (v6-h37-…): minutes in their usual forms (Spanish clock ranges per code, "mins: nmr 23 / gt 15",
/// "Tiempo: 25 minutos" on the one timed code, spelled-out minutes in a student's dictation), true mismatches (a
/// tablet 97530 of 30 against 18, a form's gait 25 against 15, "Tiempo invertido en marcha: 30 min" against 20)
/// and truly missing separate time ("Tiempo total de tratamiento: 40 minutos", units without minutes, minutes for
/// one of two codes in a dictation and in a short note);</item>
/// <item>class 7 (v7-h37-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check; CR/LF and spaces only), the contract's meanings of technique, deficit and measure for 97110 (a Spanish
/// functional goal as the only target), 97530 (stand-by assistance in words as the only measure), 97140 (a region
/// and techniques with no parameter at all) and 97116 (distances as the only measure), and wholly generic 97110,
/// 97112 and 97530 notes;</item>
/// <item>ordinary (vord-h37-…): complete notes of the three sources across codes and disciplines that a reviewer
/// passes (the false-positive guard), and the ordinary weak ones: a Ponce PTA 97112 that never says one-on-one, a
/// free-text Spanish diagnosis, a generic two-code note with a total only, a Brigham City PTA ther-ex time that differs, a
/// gait note with no diagnosis, a dictated 97112 whose minutes differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least ten minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check here only on
/// an objective measure with a number, and fails it only when the note has no such number and no dose at all.
/// Numbers that are not minutes of a code or measures (dictation and transcription clock times, a form version,
/// beats per minute, a visit count, plan-of-care and appointment dates, lumber sizes, step heights, a bus step
/// in inches) are read as what they are. Spanish carries required elements only in plain clinical Spanish a Puerto
/// Rico reviewer reads every day (uno a uno, propiocepción, control postural, minutos).
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a
/// multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note
/// lacks the thing), generic phrases beside a deficit or a measure without a technique, minutes of an
/// activity, a rest or a test inside a note, self-rated scores (DHI, MSQ) or vitals as the only number, a grade
/// with no dose as a 97140's only parameter, a one-on-one left to be inferred (a home visit, a student with a CI),
/// "gait training" alone on a 97116, three-character or dotless diagnosis codes, minute ranges and approximate
/// minutes, a task practised read as a 97530's goal, a diagnosis named in the note as a 97112's only target, the
/// previous visit's numbers as a note's only measure, an exercise's name as a 97110's only region, a co-treat in
/// which two disciplines bill the same minutes, and any finding that would depend on whether an unprofiled code
/// carries a documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 70 of 101 cases agree (99 needed), and 20 of the 61 notes the reviewer passes got a finding, on the
/// analyzer of 952bb5d (the start of the 2026-12-05 third session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 71 of 101, 19 false positives, at its first run on the analyzer of 7a766a5 (with that session's broad
/// one-on-one and task readings; not shaped by this set): the held-out figure. Most disagreements were the Puerto Rico
/// practice's Spanish (a deficit, a technique, one-on-one or a unit in Spanish). Then development data, worked through:
/// 100 of 101, no false positive — Spanish template labels and values ("Déficit:", "Hallazgo:", "Meta:"; "pobre",
/// "disminuido"; "según evaluación inicial" as none), one-on-one in Spanish ("uno a uno con la TF", "atendida uno a uno",
/// "Uno a uno: Sí", "tratamiento individual"), units ("seg", "pies", "pulg", "veces"), body regions, deficits, techniques,
/// gait devices and household tasks in Spanish, "visit 7/12 on this cert" as a visit count, circuit class training,
/// getting in and out of bed (NotesAsWrittenTests, spanish-templates). The session's two broad readings were taken out
/// after a review found them far too permissive; left: "RNM 97112 — 20 min — uno a uno" (a header's last item).
/// </para>
/// </summary>
public class HeldOutNotesIssue18ThirtySeventhTests(ITestOutputHelper output)
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

        // Santurce template "Modalidad: uno a uno — la TF con la pte toda la sesión, sin otros pacientes" states one-on-one; PNF pelvic D2 with approximation, step-stance weight shift with tapping, EC foam; L glute med recruitment and postural control; Berg and SLS seconds: passes.
        ["v1-h37-sj-uno-a-uno-toda-la-sesion"] = new(
            """
            CENTRO DE TERAPIA FÍSICA SANTURCE — Nota de tratamiento diario
            Pte: F, 76 a. Dx médico: ECV isquémico der. (oct 2025) c/ hemiparesia izq.
            Modalidad: uno a uno — la TF con la pte toda la sesión, sin otros pacientes.
            RNM / NMR (97112) — 24 min
             • FNP (PNF) patrón pélvico D2 en decúbito lateral der. c/ aproximación
             • transferencia de peso hacia la pierna izq. en paso adelantado (step-stance) c/ tapping en glúteo medio
             • de pie en foam c/ ojos cerrados, 3 x 30 seg
            Déficit: pobre reclutamiento motor del glúteo medio izq. y control postural ↓ al apoyar en la izq.
            Medida: Berg 42/56 (37/56 en la eval. inicial); apoyo unipodal izq. 4 seg.
            Pte toleró bien. Plan: continuar 2x/sem.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // Travelling PTA's tablet entry "pt & me only in the annex rm the whole time — one-on-one"; rocker board EC, stepping over 2x4s with reactive stops, Airex ball toss; ankle proprioception and slow stepping; tandem EC seconds and k of 6: passes.
        ["v1-h37-idaho-pt-and-me-only-annex"] = new(
            """
            [offline draft · synced 11:42 @ Ashton]
            PTA visit — 97112 — 23 min
            pt & me only in the annex rm the whole time — one-on-one, nobody else booked
            did: rocker board A/P → M/L w/ eyes shut; stepping over 2x4s laid on the floor w/ reactive stops on my call; SL stance on airex w/ ball toss
            why: ↓ ankle proprioception + slow stepping response (R TKA + diabetic neuropathy)
            nums: tandem EC 6 s (3 s last wk); 4 of 6 reactive stops w/o an extra step
            goal: walk the pasture to the horse corral w/o going down in the ruts
            — T. Larsen, PTA / cosign pending K. Christensen, PT
            """,
            ["E11.42", "Z96.651"], [PTA("97112", 23)], []),

        // Chicago EHR form "Care Delivery Model: One patient – one therapist (individual)" with a "Comment:" field; X1 at 2 Hz, habituation rolls, EC foam head turns; L vestibular hypofunction and motion sensitivity; DVA lines and FGA; 25 matches: passes.
        ["v1-h37-chi-care-delivery-one-patient"] = new(
            """
            LAKEFRONT HEALTH — OP NEURO REHAB (RIVER NORTH)
            OP PT Neuro/Vestibular Visit — form v4.2        Document Status: Auth (Verified)
            Service Date/Time: 03/04/2026 09:40 CST
            Care Delivery Model:  One patient – one therapist (individual)
               Comment: vestibular room, door closed
            Neuromuscular Re-ed (97112) Time (min):  25
            Methods Selected:  Gaze stabilization X1; Habituation; Compliant surface
               Comment: X1 yaw/pitch at 2 Hz to the metronome against a checkerboard, 4 x 60 s; rolling and bending habituation x 5 each; EC foam stance with head turns
            Deficits Treated:  Vestibular hypofunction (L); Motion sensitivity
               Comment: L vestibular neuritis 6 wk ago
            Outcome Measures:  DVA 3-line loss (5-line at IE); FGA 21/30
            Electronically signed: Nowak, Ewa, PT, DPT, NCS  03/04/2026 10:31 CST
            """,
            ["H81.22"], [PT("97112", 25)], []),

        // SPT note: "The student treated Mr. K individually for the full NMR block; the supervising PT was in the room directing and did not treat any other patient" states one-on-one; color-mat stepping, beam tandem with head turns, half-kneel rhythmic stabilization; PD step amplitude and retropulsion; TUG dual-task seconds: passes.
        ["v1-h37-chi-spt-individually-ci-directing"] = new(
            """
            SPT NOTE — OP Neuro (Lincoln Square) — Lakefront Health
            Written by: D. Ramírez, SPT (final clinical rotation)
            The student treated Mr. K individually for the full NMR block; the supervising PT was in the room directing and did not treat any other patient during it.
            97112 Neuromuscular re-education — 22 min
              - big steps to colored floor-mat targets called at random
              - tandem walk on a 2x4 beam with head turns to name pictures on the wall
              - half-kneel to stand transitions with rhythmic stabilization at the pelvis
            Impairments: reduced step amplitude and postural instability with retropulsion (Parkinson disease, H&Y 2.5).
            TUG 12.9 s; TUG with serial 3s 17.4 s.
            Supervising PT attestation: I was physically present and directing the student throughout, and agree with this note. — A. Brennan, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // Ponce PTA: "Pte hizo el circuito de equilibrio junto a 2 pacientes más; la ATF rotaba entre los tres": not one-on-one; wobble board, line tandem, foam reaches; neuropathic ankle proprioception and late ankle strategy; tandem seconds and reach inches present.
        ["v1-h37-ponce-circuito-atf-rotaba"] = new(
            """
            Clínica de Terapia Física del Sur — Ponce — Nota diaria (ATF)
            RNM 97112: 25 min. Pte hizo el circuito de equilibrio junto a 2 pacientes más; la ATF rotaba entre los tres dando instrucciones.
            Estaciones: tabla de balance (wobble board), marcha en tándem sobre línea, alcances en foam.
            Déficit: propiocepción ↓ en tobillos (neuropatía diabética), estrategia de tobillo tardía.
            Tándem 8 seg; alcance funcional 7 pulg.
            """,
            ["E11.42"], [PTA("97112", 25)], [At(OneOnOne, "97112")]),

        // Tablet note at a senior centre: the patient and her sister (also on the caseload) "did the balance set side by side; I went back n forth between em": not one-on-one; tape-line heel-toe, EC sit-to-stand off a cushion, hip nudges; lateral postural control and foot proprioception; seconds and k of 5 present.
        ["v1-h37-idaho-senior-center-back-n-forth"] = new(
            """
            [offline draft · synced 14:10 @ Driggs]
            Driggs senior ctr, back rm — PTA
            pt + her sister (also on my caseload) did the balance set side by side; I went back n forth between em
            97112 — 22 min
            did: heel-toe on the tape line arms crossed; sit ↔ stand off the couch cushion eyes closed; lateral nudges at the hips in semi-tandem
            why: ↓ lateral postural control, late hip strategy, ↓ foot proprioception (neuropathy)
            nums: semi-tandem 10 s, tandem 3 s; 3/5 nudges caught w/ 1 step
            — T.L., PTA
            """,
            ["R26.81", "E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PGY-1 resident's dictation, complete (heel-to-shin tracing, metronome toe taps, bar tandem; R appendicular ataxia, timing and truncal sway; SARA) with "twenty-four minutes" matching and dictation/transcription clock times — but nothing states one-on-one.
        ["v1-h37-chi-resident-dictation-unstated"] = new(
            """
            DICTATION — Lakefront Health OP Neuro — Neurologic PT Residency (PGY-1)
            D: 03/04/2026 14:02   T: 03/04/2026 16:47
            This is a follow-up neuromuscular re-education visit, 97112, twenty-four minutes, for a 58-year-old man with a right cerebellar hemorrhage in December. Today we worked on heel-to-shin tracing along a tape line in long sitting, alternating toe taps to a step with a metronome at 80 beats per minute, and tandem walking along the parallel bar with fading upper extremity support. His main problem remains right appendicular ataxia with dysmetria and poor timing of the right lower extremity, plus truncal sway in tandem. SARA today is 11 out of 40, from 14 at the initial evaluation. Plan is to progress to tandem without the bar. Dictated but not read.
            Mentor co-signature: reviewed and agree. — J. Whitfield, PT, DPT, NCS
            """,
            ["I69.193", "R27.0"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Hato Rey SOAP, husband present and taught the HEP, complete (VOR x1 seated → foam, head-turn hallway walking, rolling habituation; R vestibular hypofunction; DGI) — but no one-on-one statement.
        ["v1-h37-sj-esposo-presente-unstated"] = new(
            """
            NOTA DE PROGRESO DIARIA — San Juan (Hato Rey)
            S: Pte refiere mareo al virar la cabeza en la guagua. Esposo presente en la sesión; se le enseñó a supervisar el HEP.
            O: RNM (97112) 20 min — estabilización de la mirada VOR x1 horizontal y vertical, sentada → de pie en foam; caminar por el pasillo girando la cabeza a der. e izq.; habituación (rolar en la camilla) x5.
            Déficit: hipofunción vestibular derecha; inestabilidad postural al mover la cabeza.
            Medidas: DGI 17/24 (14/24 eval. inicial).
            A: mejorando.
            P: continuar POC 2x/sem.
            """,
            ["H81.21"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Ponce "Marcha grupal (97116)", 3 patients with the ATF: 97116 has no one-on-one check; RW on the hallway and ramp with cues, short shuffling steps and flexed trunk, distances and SBA, a plaza goal: no DOC finding.
        ["v1-h37-ponce-marcha-grupal-97116"] = new(
            """
            Ponce — ATF — Marcha grupal (97116), 18 min
            Grupo de 3 pacientes por el pasillo y la rampa de la entrada con la ATF.
            Esta pte: andador con ruedas (RW) 2 x 150 pies + rampa subir/bajar x2, SBA; cues para alargar el paso y mirar al frente.
            Marcha: pasos cortos, arrastra los pies, tronco flexionado. Meta: caminar de la casa a la Plaza Las Delicias con su hija.
            """,
            ["R26.89"], [PTA("97116", 18)], []),

        // Home visit outside St. Anthony, "one-on-one in her kitchen, nobody else being treated — husband out feeding"; EC counter weight shifts then cushion, mudroom step-ups with head turns, foot target taps; L LE proprioception and sensory ataxia; Romberg seconds and k of 10: passes.
        ["v1-h37-idaho-kitchen-nobody-else"] = new(
            """
            home visit (Part B), ranch house outside St. Anthony — PTA
            97112 · 20 min · one-on-one in her kitchen, nobody else being treated — husband out feeding
            did: EC weight shifts at the kitchen counter, then on a folded couch cushion; step-ups onto the mudroom step w/ head turns; tapping the L foot to targets taped on the linoleum, alternating w/ the R
            why: ↓ L LE proprioception + sensory ataxia (B12 neuropathy)
            nums: Romberg EC 12 s (6 s at IE); 8/10 targets hit
            """,
            ["R26.81", "R27.0"], [PTA("97112", 20)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Santurce template "Modalidad de tratamiento: [X] Individual (1 TF : 1 pte) [ ] Grupo [ ] Concurrente"; pelvic perturbations, bar tandem EC, cone direction changes; reactive postural control; Push & Release and Mini-BESTest: passes.
        ["v2-h37-sj-modalidad-individual-x"] = new(
            """
            CENTRO DE TERAPIA FÍSICA SANTURCE
            Modalidad de tratamiento:  [X] Individual (1 TF : 1 pte)   [ ] Grupo   [ ] Concurrente
            Intervención: Reeducación neuromuscular — CPT 97112 — 23 min
              - perturbaciones externas en la pelvis en bipedestación (adelante/atrás/lateral)
              - marcha en tándem en la barra paralela, ojos cerrados al final
              - cambios de dirección alrededor de conos a la voz de la terapeuta
            Problema: control postural reactivo ↓ (pasos compensatorios cortos y tardíos)
            Resultados: Push & Release 2 → 1; Mini-BESTest 19/28 (15/28 eval.)
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Ponce grid "¿Terapia uno a uno? S [ ] N [X]" with "Pacientes a cargo de la TF durante la sesión: 2": not one-on-one; PNF D1/D2 UE and ball rhythmic stabilization, L UE recruitment and coordination, Fugl-Meyer present.
        ["v2-h37-ponce-uno-a-uno-n-marcada"] = new(
            """
            Nota diaria — Ponce — TF
            ¿Terapia uno a uno?   S [ ]   N [X]
            Pacientes a cargo de la TF durante la sesión: 2
            97112 RNM — 20 min
            Técnicas: FNP (PNF) D1/D2 en MSI con resistencia manual; estabilización rítmica sentada en bola
            Déficit: reclutamiento motor ↓ y coordinación ↓ de MSI (hombro/codo) post-ECV
            Medida: Fugl-Meyer MS 38/66
            """,
            ["I69.354"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Chicago form "Care Delivery Model: Concurrent (2 patients)" with "Comment: shared slot … PT alternating": not one-on-one; tandem perturbations and serial-7 walking, reactive control and dual-task interference, TUG present.
        ["v2-h37-chi-care-delivery-concurrent"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (Evanston)        Document Status: Auth (Verified)
            Care Delivery Model:  Concurrent (2 patients)
               Comment: shared slot with another pt on the LiteGait; PT alternating between them
            Neuromuscular Re-ed (97112) Time (min):  22
            Methods Selected:  Perturbation training; Dual-task training
               Comment: manual perturbations in tandem stance; hallway walking while doing serial 7s
            Deficits Treated:  Impaired reactive postural control; Dual-task interference
            Outcome Measures:  TUG 11.9 s; TUG-cognitive 16.0 s
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Chicago form with one-on-one, PNF chop/lift, foam ball catch and sternal pushes, and an FSST time, but "Deficits Treated: <none selected>" and an empty comment, and no deficit anywhere: deficit missing.
        ["v2-h37-chi-deficits-none-selected"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (River North)        Document Status: Auth (Verified)
            Care Delivery Model:  One patient – one therapist (individual)
            Neuromuscular Re-ed (97112) Time (min):  24
            Methods Selected:  PNF; Compliant surface; Perturbation training
               Comment: PNF trunk chop/lift in half-kneel; foam stance with ball catch; pushes at the sternum in step-stance
            Deficits Treated:  <none selected>
               Comment:
            Outcome Measures:  Four Square Step Test 13.2 s
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // Tablet field "staff:pt 1:1"; half-kneel rhythmic stabilization, kneel-to-stand without hands, disc stance beanbag pitching; trunk postural control and late R hip extensor recruitment; hold seconds: passes.
        ["v2-h37-idaho-staff-pt-ratio"] = new(
            """
            [offline draft · synced 09:58 @ Rexburg]
            PTA daily — Rexburg clinic
            staff:pt  1:1
            code/min  97112 / 22
            did:  half-kneel rhythmic stabilization at shoulders/pelvis; kneel → stand through half-kneel w/o hands; standing on the balance disc pitching beanbags at a bucket
            why:  trunk postural control ↓, R hip extensor recruitment late (R THA + old lumbar fusion)
            nums: half-kneel hold 35 s (12 s at IE); disc stance 20 s w/o a touch-down
            """,
            ["Z96.641", "R26.89"], [PTA("97112", 22)], []),

        // Gait form with device, surfaces and deviations but "Assistance Level:" and "Distance (ft):" left blank and no other number or parameter: measure missing on 97116.
        ["v2-h37-chi-gait-fields-blank"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (River North)        Document Status: Auth (Verified)
            Gait Training (97116) Time (min):  15
            Device:  Hemi-walker
            Assistance Level:
            Distance (ft):
            Surfaces:  Level tile; Carpet
               Comment: cues for L heel strike and hip flexion in swing; pt still hikes the L hip
            Gait Deviations:  L toe drag; L hip hiking; ↓ L stance time
            """,
            ["I69.354"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Santurce OT task grid (Actividad | Asistencia | Rep.) — clothesline reaching, low cabinet pots, basket carry — with SBA/Min A/CGA and counts; R shoulder reach after cuff repair and a wash-line goal: passes.
        ["v2-h37-sj-to-tabla-asistencia"] = new(
            """
            TERAPIA OCUPACIONAL — Santurce
            97530 Actividades terapéuticas — 25 minutos
            Actividad                                          | Asistencia        | Rep.
            Colgar ropa en el cordel (alcance sobre el hombro) | SBA               | 12 piezas
            Sacar ollas del gabinete bajo (agacharse)          | Min A p/ balance  | 5
            Cargar la canasta de ropa 15 pies                  | CGA               | 2
            Meta: que la pte cuelgue su ropa en el patio sin ayuda (vive sola en Río Piedras).
            Déficit: alcance y resistencia del MSD ↓ post reparación de manguito rotador der.
            """,
            ["M75.121", "M62.81"], [OT("97530", 25)], []),

        // Vestibular grid "Intervention / Performed / Comment:" with four Yes rows and canalith repositioning No; bilateral labyrinthine hypofunction with oscillopsia; DVA logMAR and head-turn gait speed; individual; 23 matches: passes.
        ["v2-h37-chi-vestibular-performed-grid"] = new(
            """
            OP PT Vestibular Visit — Lakefront Health (Streeterville)
            Care Delivery Model:  One patient – one therapist (individual)
            Intervention                       Performed   Comment:
            VOR X1 viewing (yaw)               Yes         business card at 3 ft, standing feet together, 3 x 60 s
            VOR X1 viewing (pitch)             Yes         same, 2 x 60 s
            Canalith repositioning             No          Dix-Hallpike negative B today
            Walking with head turns            Yes         hallway to the elevators and back, 4 passes
            Optokinetic (striped video)        Yes         seated → standing, 2 x 90 s
            Deficits Treated:  B vestibular hypofunction (gentamicin) — oscillopsia walking, wide-based gait in the dark
            Outcome Measures:  DVA 0.5 logMAR loss; gait speed with head turns 0.84 m/s (0.66 at IE)
            97112 Time (min):  23
            """,
            ["H83.2X3"], [PT("97112", 23)], []),

        // Tablet 97112 with one-on-one, rocker EC, a pretend irrigation-pipe obstacle course, half-roller shifts and a proprioception deficit, but "outcome screen: (didn't load — no cell service past Menan)" and no number or dose anywhere: measure missing.
        ["v2-h37-idaho-outcome-screen-didnt-load"] = new(
            """
            [offline draft · synced 15:31 @ Rigby]
            PTA — Rigby outreach
            1:1 — only pt in the gym this slot
            97112 · 20 min
            did: rocker board w/ eyes closed; obstacle course stepping over the hose reel and a pretend "irrigation pipe"; lateral weight shifts on the half foam roller
            why: ↓ proprioception both feet + late ankle strategy; goal to walk his hand lines again this summer
            outcome screen: (didn't load — no cell service past Menan)
            """,
            ["R26.81", "E11.42"], [PTA("97112", 20)], [At(Measure, "97112")]),

        // Ponce form "Tratamiento individual (uno a uno): Sí [X]", techniques ticked (balance board, perturbations, PNF) and Berg/tandem numbers, but every "Déficit trabajado" box left "( )" and "sin mareos" the only other remark: deficit missing.
        ["v2-h37-ponce-deficit-checklist-unticked"] = new(
            """
            Ponce — Nota diaria TF
            Tratamiento individual (uno a uno):  Sí [X]  No [ ]
            RNM 97112 — 22 min
            Técnicas:  (X) tabla de balance   (X) perturbaciones   (X) FNP   ( ) vestibular
            Déficit trabajado:  ( ) propiocepción   ( ) control postural   ( ) coordinación   ( ) vestibular
            Resultados: Berg 46/56; tándem 12 seg
            Comentario: pte trabajó bien, sin mareos.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // Santurce PD dance programme: plena steps to the pandero at 100 bpm (rhythmic auditory cueing), big steps, 180° turns to floor marks; bradykinesia and freezing on turns (timing/sequencing); 360° turn steps/seconds and 10MWT; uno a uno: passes.
        ["v3-h37-sj-plena-pandero-cueing"] = new(
            """
            Santurce — RNM (97112) — 25 min — uno a uno con la TF
            Programa de baile terapéutico para Parkinson: pasos de plena al ritmo del pandero (cue auditivo rítmico a 100 bpm), pasos largos adelante/atrás, giros de 180° en 4 tiempos con marcas en el piso.
            Déficit: bradicinesia con pasos cortos y congelamiento al girar (timing/secuencia).
            Medida: giro de 360° en 6 pasos / 3.8 seg (9 pasos / 5.6 seg en la eval.); 10MWT 0.92 m/s.
            Meta: bailar plena en las fiestas patronales con su nieta.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // Tremonton PTA: square-dance calls (do-si-do, allemande left, promenade) called at random as reactive stepping, grapevine at and off the bar; MS truncal ataxia, slow direction changes, dual-task postural control; FGA and k of 10; one-on-one: passes.
        ["v3-h37-utah-square-dance-calls"] = new(
            """
            Bear River Valley PT — Tremonton — PTA
            97112 NMR 24 min, one-on-one (PTA as her "partner")
            square-dance calls as reactive stepping: do-si-do, allemande left, promenade, "swing your partner" w/ the PTA holding the gait belt, calls given at random
            + grapevine along the bar, then w/o the bar
            why: MS — ataxic trunk, slow direction changes, ↓ dual-task postural control
            nums: FGA 19/30 (15/30 at IE); 7/10 random calls w/o a stumble
            goal: dance at the stake Pioneer Day social in July
            — B. Jensen, PTA (cosign R. Nielsen, PT)
            """,
            ["R26.89", "R27.0"], [PTA("97112", 24)], []),

        // Chicago form "Methods Selected: Computerized balance platform training (Prokin); Perturbation training", L ankle proprioception and delayed ankle strategy after trimalleolar ORIF, Prokin path error % and SLS seconds; individual: passes.
        ["v3-h37-chi-prokin-platform"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (River North)        Document Status: Auth (Verified)
            Care Delivery Model:  One patient – one therapist (individual)
            Neuromuscular Re-ed (97112) Time (min):  20
            Methods Selected:  Computerized balance platform training (Prokin); Perturbation training
               Comment: Prokin tilting platform in standing — trace-the-path ankle program, L foot only, then both; manual pulls at the belt in tandem
            Deficits Treated:  Impaired ankle proprioception (L); Delayed ankle strategy
               Comment: s/p L trimalleolar ORIF 5 mo
            Outcome Measures:  Prokin path-tracking error 31% (48% at IE); SLS L 9 s
            """,
            ["S82.852D"], [PT("97112", 20)], []),

        // Stroke "task-oriented circuit class training", 5 participants with a PT and a rehab tech, billed 97112 30 for this patient: not one-on-one; six stations, R LE weight acceptance and recruitment, station counts present.
        ["v3-h37-chi-circuit-class-training"] = new(
            """
            OP Neuro — Stroke Circuit Class (Wed 13:00) — 5 participants, PT + rehab tech — Lakefront Health (Lincoln Square)
            Billed this pt: 97112 — 30 min
            Task-oriented circuit class training, 6 stations rotating on a whistle: step-ups to a 6" block, tandem along a rope, sit-to-stand from a low plinth w/o hands, lateral stepping over cones, reaching out of base in standing, turning 360° in a taped box.
            This pt: ↓ R LE weight acceptance and motor recruitment after L MCA stroke; compensates with a R hip hike.
            Station counts: 14 step-ups R lead; 6 m tandem w/ 1 step-off.
            """,
            ["I69.351"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // Idaho Falls 97112, "1-on-1 the whole time": mechanical horse (equine simulator) astride without the handle with reaches, then therapy-ball rhythmic stabilization; trunk postural control and delayed righting reactions; "less trunk sway than last wk" and no number or dose: measure missing.
        ["v3-h37-idaho-equine-simulator-no-number"] = new(
            """
            Snake River Therapy — Idaho Falls — PT
            97112 · 25 min · 1-on-1 the whole time
            equine movement simulator (mechanical horse) at walk → trot settings, pt astride w/o holding the handle, reaching to targets on my call; then sitting on the therapy ball w/ rhythmic stabilization at the shoulders
            deficit: trunk postural control ↓ + delayed righting reactions after R cerebellar stroke; goal — sit a saddle safely to ride w/ the grandkids at the family place in Swan Valley
            response: less trunk sway than last wk, needed the handle less
            """,
            ["I69.393"], [PT("97112", 25)], [At(Measure, "97112")]),

        // Santurce 97112 "atención individual directa (TF : pte 1:1)": PNF agonist reversals sit-to-stand, sitting rhythmic stabilization, rhythmic initiation of LE D1; 5xSTS and sitting seconds; "Déficit / impedimentos: según evaluación inicial" and no deficit anywhere: deficit missing.
        ["v3-h37-sj-fnp-segun-evaluacion"] = new(
            """
            Santurce — RNM 97112 — 22 min — atención individual directa (TF : pte 1:1)
            FNP (PNF): inversiones de agonistas (agonist reversals) en sit-to-stand; estabilización rítmica sentado al borde de la camilla; iniciación rítmica del patrón D1 de MI.
            Resultados: sit-to-stand 5 veces 16.4 seg; sentado sin apoyo 60 seg.
            Déficit / impedimentos: según evaluación inicial.
            Plan: continuar.
            """,
            ["I69.354"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Chicago form "Methods Selected: Tetrax interactive balance biofeedback; Weight-shift training" (ski-slalom and catch games), asymmetric loading and weight-shift control after R MCA stroke, Tetrax Fall Index and weight distribution; individual: passes.
        ["v3-h37-chi-tetrax-biofeedback"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (Evanston)        Document Status: Auth (Verified)
            Care Delivery Model:  One patient – one therapist (individual)
            Neuromuscular Re-ed (97112) Time (min):  23
            Methods Selected:  Tetrax interactive balance biofeedback; Weight-shift training
               Comment: ski-slalom and catch-the-ball games shifting the center of pressure L and forward; feet apart → semi-tandem
            Deficits Treated:  Asymmetric loading (↓ weight through L LE); Impaired postural control with lateral weight shift
               Comment: R MCA stroke 4 mo
            Outcome Measures:  Tetrax Fall Index 41 (63 at IE); weight through L LE 42% (31% at IE)
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // Idaho Falls 97112 one-on-one: Bioness BITS reaction-time targets and pathway sequence on foam with reaching; L field cut, slow visual scanning, L neglect and postural control reaching L; BITS hits in 60 s and missed targets: passes.
        ["v3-h37-idaho-bits-reaction"] = new(
            """
            Snake River Therapy — Idaho Falls main clinic — PT
            97112 · 20 min · one-on-one
            Bioness BITS: standing reaction-time targets (random lights), then the "pathway" sequence across the screen, standing on foam, weight shifting to reach
            deficits: L visual field cut + slowed visual scanning/reaction; L neglect and ↓ standing postural control when reaching to the L (R MCA stroke)
            BITS reaction test 38 hits in 60 s (26 at IE); missed L-side targets 3/20
            goal: drive the swather again this summer (pending driving eval)
            """,
            ["I69.354"], [PT("97112", 20)], []),

        // OT 97112 on the Chicago form: Tyromotion Pablo grip-force tracking and pro/sup steering, then cone release; R hand grip-force modulation and finger extension; Pablo grip kg, cones k of 12 and Box and Block; individual: passes.
        ["v3-h37-chi-ot-tyromotion-pablo"] = new(
            """
            OP OT Neuro Visit — Lakefront Health (River North)        Document Status: Auth (Verified)
            Care Delivery Model:  One patient – one therapist (individual)
            Neuromuscular Re-ed (97112), OT, Time (min):  24
            Methods Selected:  Sensor-based UE motor training (Tyromotion Pablo); Task-specific grasp/release
               Comment: Pablo handgrip games — graded grip-force tracking, forearm pro/sup steering; then release of cones into a bin
            Deficits Treated:  R hand motor control — grip force modulation, finger extension for release
            Outcome Measures:  Pablo grip 6.2 kg (3.8 kg at IE); cones released 9 of 12; Box and Block R 18
            """,
            ["I69.351"], [OT("97112", 24)], []),

        // Ponce 97140: HawkGrips IASTM to the ITB/vastus lateralis with passes, then medial patellar mobs gr III with bouts; lateral knee myofascial restriction and patellar mobility after TKA; flexion degrees: passes.
        ["v3-h37-ponce-hawkgrips-iastm"] = new(
            """
            Ponce — TF — Terapia manual (97140) — 12 min
            IASTM con HawkGrips al tracto iliotibial y vasto lateral der., 3 pases x 60 seg por zona; luego movilización patelar medial grado III 3 x 30 seg.
            Para restricción miofascial lateral de rodilla der. y ↓ movilidad patelar post ATR (10 sem).
            Flexión de rodilla der. 104° → 112° post-tx.
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // Viejo San Juan PTA 97116: quad cane on the hallway and the cobblestones, CGA/SBA and distances; finding "arrastra el pie izquierdo … pie caído, dorsiflexores 2/5 — tropezó 2 veces en los adoquines": passes.
        ["v4-h37-sj-pie-caido-adoquines"] = new(
            """
            Viejo San Juan (satélite) — ATF — Entrenamiento de marcha (97116) — 20 min
            Marcha con bastón cuádruple (quad cane) en el pasillo y en la calle de adoquines frente a la clínica, 3 x 120 pies; CGA en adoquines, SBA en piso liso; cues para dorsiflexión y paso más alto.
            Hallazgo: arrastra el pie izquierdo en la fase de balanceo (pie caído, dorsiflexores 2/5) — tropezó 2 veces en los adoquines.
            """,
            ["M21.372", "I69.354"], [PTA("97116", 20)], []),

        // SPT vestibular form: the deficit given only as findings (head impulse positive to the R with an overt corrective saccade; post-head-shake nystagmus); X1/X2 and head-turn walking; DVA lines and FGA; SPT with the CI directing, "One patient – one therapist": passes.
        ["v4-h37-chi-head-impulse-corrective-saccade"] = new(
            """
            SPT note — OP Vestibular (Streeterville) — co-signed
            Care Delivery Model:  One patient – one therapist (individual) — SPT treating, CI in the room directing
            Findings today:  head impulse (Halmagyi) positive to the R with an overt corrective saccade; post-head-shake nystagmus beating L
            Neuromuscular Re-ed (97112) Time (min):  22
            Methods Selected:  Gaze stabilization X1; Gaze stabilization X2; Walking with head turns
               Comment: X1 and X2 at the wall in semi-tandem; hallway walking with yaw head turns on each of 4 passes
            Outcome Measures:  DVA 4-line loss → 2-line loss; FGA 22/30
            Co-sign: CI present and directing throughout; agree. — T. Odom, PT, DPT
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // St. Anthony PTA 97110 after Achilles repair: heel raises, eccentric drops, band PF and step-ups with doses; finding "R single-leg heel raise 3 reps vs 22 on the L — can't get up on the R toes to reach the top rail of the stock trailer": passes.
        ["v4-h37-idaho-sl-heel-raise-finding"] = new(
            """
            [offline draft · synced 13:05 @ St. Anthony]
            PTA — ther ex 97110 — 18 min
            did: double-leg heel raises 3 x 15 w/ 2-up/1-down on the R 2 x 10; seated calf press 40# 3 x 12; PF w/ black band 3 x 15; step-ups 8" 2 x 10
            finding: R single-leg heel raise 3 reps vs 22 on the L — can't get up on the R toes to reach the top rail of the stock trailer (R Achilles repair 14 wk)
            """,
            ["S86.011D"], [PTA("97110", 18)], []),

        // Chicago gait form: treadmill with swing-knee cues then overground to a metronome, supervision and distances; deviations given as Rancho OGA findings (L knee flexion ↓ in swing, circumduction, toe drag at initial swing): passes.
        ["v4-h37-chi-rancho-oga-deviations"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (River North)        Document Status: Auth (Verified)
            Gait Training (97116) Time (min):  18
            Device:  None; L AFO
            Assistance Level:  Supervision
            Distance (ft):  4 x 200
               Comment: treadmill at 0.8 mph with cues for swing knee flexion, then overground to a metronome
            Gait Deviations (Rancho OGA):  L knee flexion ↓ in initial/mid swing; L circumduction; toe drag at initial swing
            """,
            ["I69.354"], [PT("97116", 18)], []),

        // Ponce 97112 "pte atendido uno a uno": findings as the deficit (heel-knee dysmetria R, cannot tandem, movement decomposition R LE — cerebellar ataxia); Frenkel, metronome target steps, quadruped rhythmic stabilization; SARA and tandem steps: passes.
        ["v4-h37-ponce-dismetria-talon-rodilla"] = new(
            """
            Ponce — TF — RNM (97112) — 20 minutos — pte atendido uno a uno
            Hallazgos: dismetría talón-rodilla der., no logra el tándem, descomposición del movimiento en MID (ataxia cerebelosa, SCA familiar).
            Técnicas: ejercicios de Frenkel en supino → sentado; pasos a objetivos en el piso con metrónomo; estabilización rítmica en cuadrúpedo.
            Medida: SARA 14/40 (16/40 eval.); 4 pasos en tándem antes de perder el balance.
            """,
            ["R27.0", "R26.0"], [PT("97112", 20)], []),

        // Santurce OT 97530: green plátanos, grating yautía on a fixed grater, opening jars; finding "oposición del pulgar izq. incompleta … pinza lateral débil" after carpal-tunnel release; set-up and cue count, 4 plátanos; pasteles goal: passes.
        ["v4-h37-sj-to-oposicion-platanos"] = new(
            """
            TO — Santurce — 97530 Actividades terapéuticas — 22 min
            Pelar plátanos verdes con cuchillo de mesa, rallar yautía para pasteles (rallo fijo a la mesa), abrir frascos con la mano izq. (dominante).
            Hallazgo: oposición del pulgar izq. incompleta (no alcanza la base del 5to dedo) y pinza lateral débil post liberación de túnel carpal.
            Asistencia: set-up + 3 cues verbales; peló 4 plátanos.
            Meta: preparar pasteles para Navidad con sus hijas.
            """,
            ["G56.02"], [OT("97530", 22)], []),

        // San Juan 97112 "Uno a uno: Sí." with foam head-turn walking, tandem multi-direction reaches and pelvic perturbations, Tinetti and TUG, but "Déficit: no aplica." and nothing else naming a deficit: deficit missing.
        ["v4-h37-sj-deficit-no-aplica"] = new(
            """
            San Juan (Condado) — TF — RNM 97112 — 23 min
            Uno a uno: Sí.
            Intervenciones: marcha sobre colchoneta (foam) con giros de cabeza; alcances en múltiples direcciones en tándem; perturbaciones en la pelvis al caminar.
            Déficit: no aplica.
            Medidas: Tinetti 21/28; TUG 13.1 seg.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // Tablet 97116: 4WW on the hallway and gravel lot with distance and SBA, but "dev: none noted", "goal: per plan" and "pt says feels good" — no region, impairment or goal: deficit missing.
        ["v4-h37-idaho-gait-dev-none-noted"] = new(
            """
            [offline draft · synced 10:20 @ Ashton]
            PTA — 97116 · 15 min
            gait w/ 4WW, hallway + gravel lot, 2 x 300 ft, SBA
            dev: none noted
            goal: per plan
            pt says feels good
            """,
            ["M62.81"], [PTA("97116", 15)], [At(Deficit, "97116")]),

        // Resident 97112 "I treated the patient one-on-one for the whole re-ed block": release-from-lean stepping, BOSU SLS, dual-task obstacle course; Mini-BESTest and k of 6; "Problems addressed: unchanged from prior note" and no deficit anywhere: deficit missing.
        ["v4-h37-chi-problems-unchanged-from-prior"] = new(
            """
            Resident note — OP Neuro (Lincoln Square) — Lakefront Health
            I treated the patient one-on-one for the whole re-ed block; mentor present.
            97112 — 23 min
            Interventions: stepping drills to manual release from lean (anterior/posterior/lateral); single-leg stance on the BOSU flat side with contralateral hip abduction; obstacle course with dual-task word generation.
            Problems addressed: unchanged from prior note.
            Outcome: Mini-BESTest 20/28; 4 of 6 lateral releases recovered with one step.
            — P. Adeyemi, PT, DPT (resident) / co-signed L. Sorensen, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // Rexburg 97140: R first-rib inferior mobs gr IV with bouts, C7–T1 SNAGs with reps, STM; finding "R 1st rib elevated and hypomobile on spring testing", cervical rotation degrees and a calving-jack task: passes.
        ["v4-h37-idaho-first-rib-spring-test"] = new(
            """
            Snake River Therapy — Rexburg — PT — MT 97140 — 10 min
            R 1st rib inferior mobs gr IV 3 x 30 s; C7–T1 SNAGs into R rotation 3 x 6; STM R upper trap/levator
            finding: R 1st rib elevated and hypomobile on spring testing; cervical rotation R 52° (L 70°) — pain pulling on the calving-jack handle
            """,
            ["M54.2"], [PT("97140", 10)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Evanston form: cone-ladder agility, kicking a block out of circles, foam stance with word recall; truncal ataxia and postural control in MS; Six Spot Step Test dominant/non-dominant seconds and T25FW; individual: passes.
        ["v5-h37-chi-six-spot-step-test"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (Evanston)        Document Status: Auth (Verified)
            Care Delivery Model:  One patient – one therapist (individual)
            Neuromuscular Re-ed (97112) Time (min):  25
            Methods Selected:  Agility/obstacle training; Compliant surface; Dual-task training
               Comment: lateral and backward stepping through a cone ladder; kicking a block out of taped circles with each foot; foam stance with word recall
            Deficits Treated:  Truncal ataxia; Impaired postural control (relapsing MS)
            Outcome Measures:  Six Spot Step Test 11.4 s dominant / 12.7 s non-dominant (14.9 / 16.2 at IE); T25FW 8.1 s
            """,
            ["R26.89", "R27.0"], [PT("97112", 25)], []),

        // Ponce PTA 97116 without a device, hallway and 12 stairs with a rail, supervision and distances; antalgic asymmetry after L THA; "Velocidad de marcha (10 m): 0.82 m/s"; bus goal: passes.
        ["v5-h37-ponce-velocidad-de-marcha"] = new(
            """
            Ponce — ATF — Marcha (97116) — 15 min
            Marcha sin dispositivo en el pasillo, 4 x 100 pies, y escalera de 12 peldaños con baranda der., con supervisión; cues para apoyo de talón izq. y longitud de paso.
            Marcha asimétrica: paso der. corto, apoyo izq. ↓ (dolor de cadera izq. post ATC).
            Velocidad de marcha (10 m): 0.82 m/s (0.61 m/s en la eval.).
            Meta: subir a la guagua sin ayuda.
            """,
            ["Z96.642", "Z47.1"], [PTA("97116", 15)], []),

        // Garland 97530 ranch simulation: 50-lb mineral tub floor → 36" tailgate ×4, two 5-gal buckets 60 ft ×3, flatbed mock-up climbs ×5 with SBA; lumbar extensor endurance and lifting after microdiscectomy; feeding goal: passes.
        ["v5-h37-utah-mineral-tub-tailgate"] = new(
            """
            Bear River Valley PT — Garland — PT
            97530 · 20 min
            ranch-task sim: lift a 50-lb mineral tub floor → tailgate height (36") x 4 w/ hip hinge; carry 2 x 5-gal water buckets 60 ft x 3; climb onto and off the 2-step flatbed mock-up x 5 w/ 3-point contact, SBA
            target: L4-5 microdiscectomy 10 wk — lumbar extensor endurance + lifting mechanics; goal: feed cattle off the flatbed by calving season
            """,
            ["M51.16"], [PT("97530", 20)], []),

        // Resident's dictation "The patient was seen one-on-one", "twenty-two minutes" matching; foam EC with moving visual surround, head-turn runner walking, rocker saccades; visual dependence after acoustic neuroma resection; the Clinical Test of Sensory Interaction on Balance spelled out in seconds: passes.
        ["v5-h37-chi-ctsib-spelled-out"] = new(
            """
            Resident note — OP Vestibular (Streeterville) — dictated, mentor co-signed
            The patient was seen one-on-one. Neuromuscular re-education, 97112, twenty-two minutes.
            Treatment: sensory reweighting practice — standing on foam with eyes closed, then with a moving visual surround projected on the wall; heel-to-toe walking on a carpeted runner with head turns; standing on a rocker board during saccades between two targets.
            Impairment: over-reliance on vision with poor use of vestibular input for balance after a right acoustic neuroma resection.
            Clinical Test of Sensory Interaction on Balance, foam with eyes closed: 14 seconds (4 at initial evaluation); foam with the visual conflict dome: 11 seconds.
            """,
            ["D33.3", "R26.81"], [PT("97112", 22)], []),

        // Chicago gait form: straight cane, contact guard / supervision, distances, ramp and stairs, revolving-door threshold; R hemiparetic deviations; Functional Ambulation Category 3 → 4: passes.
        ["v5-h37-chi-fac-distances-stairs"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (River North)        Document Status: Auth (Verified)
            Gait Training (97116) Time (min):  20
            Device:  Straight cane (L hand)
            Assistance Level:  Contact guard on carpet and the ramp; supervision on tile
            Distance (ft):  3 x 150; ramp x 2; 10 stairs x 2
               Comment: cues for R step length; practiced getting through the lobby revolving door
            Gait Deviations:  ↓ R stance time; short L step; forward trunk lean (R hemiparesis)
            Outcome Measures:  Functional Ambulation Category 4 (3 at IE)
            """,
            ["I69.351"], [PT("97116", 20)], []),

        // San Juan 97112 "uno a uno" with rocker board EC, line walking with head turns, standing rhythmic stabilization and a postural/proprioceptive deficit, but only "se ve mejor y más estable" and the daughter's report — no number or dose: measure missing.
        ["v5-h37-sj-se-ve-mejor"] = new(
            """
            San Juan (Hato Rey) — TF — RNM 97112 — 20 min — uno a uno
            Técnicas: tabla mecedora (rocker board) con ojos cerrados; marcha en línea con giros de cabeza; estabilización rítmica de pie.
            Déficit: inestabilidad postural y propiocepción ↓ en tobillos.
            Respuesta: se ve mejor y más estable que la semana pasada; la hija dice que ya no se agarra de las paredes.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Home 97116 outside Teton: cane down the lane to the mailbox and the porch steps with toe-lift cues, R foot drop catching on gravel, "walked farther than last wk, less wobbly" — no distance, assistance level or number: measure missing.
        ["v5-h37-idaho-mailbox-no-number"] = new(
            """
            home visit (Part B) outside Teton — PTA
            97116 · 18 min
            walked him down the lane to the mailbox and back w/ his cane, then the porch steps up and down, cues to lift the R toe
            R foot drop (peroneal palsy) — catches the toe on the gravel
            walked farther than last wk, less wobbly
            """,
            ["M21.371"], [PTA("97116", 18)], [At(Measure, "97116")]),

        // Evanston form, individual, PNF ball rhythmic stabilization and cued weight shifts, trunk control and L recruitment, but "Outcome Measures: Not Done — Comment: pt arrived late (paratransit)" and no number or dose: measure missing.
        ["v5-h37-chi-outcome-measures-not-done"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (Evanston)        Document Status: Auth (Verified)
            Care Delivery Model:  One patient – one therapist (individual)
            Neuromuscular Re-ed (97112) Time (min):  22
            Methods Selected:  PNF; Postural control training
               Comment: PNF rhythmic stabilization of the trunk sitting on a therapy ball; weight shifts in standing toward the L with tactile cues
            Deficits Treated:  Impaired trunk postural control; L hemibody motor recruitment
            Outcome Measures:  Not Done
               Comment: pt arrived late (paratransit)
            """,
            ["I69.354"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Santurce 97140: GH posterior/inferior mobs gr III–IV with bouts, pec minor/subscap myofascial release; R adhesive capsulitis with flexion and ER degrees before and after: passes.
        ["v5-h37-sj-goniometria-pre-post"] = new(
            """
            Santurce — TF — Terapia manual 97140 — 13 min
            Movilizaciones glenohumerales posteriores e inferiores grado III–IV, 4 series de 30 seg c/u; liberación miofascial de pectoral menor y subescapular der.
            Hombro der. rígido (capsulitis adhesiva): flexión 112° → 124° y rotación externa 25° → 34° post-tx.
            """,
            ["M75.01"], [PT("97140", 13)], []),

        // Tablet 97112 "1:1" with PNF chops/lifts, BOSU shifts, taped cattle-guard pipes and an R LE proprioception deficit; the only numbers are "visit 7/12 on this cert", a plan-of-care date and the next appointment: measure missing.
        ["v5-h37-idaho-visit-count-dates-only"] = new(
            """
            [offline draft · synced 16:44 @ St. Anthony]
            PTA · St. Anthony clinic · visit 7/12 on this cert · POC thru 04/15/2026
            97112 · 22 min · 1:1
            did: PNF chops/lifts in half-kneel; weight shifts over the BOSU; stepping over the cattle-guard pipes taped on the floor w/o looking down
            why: ↓ R LE proprioception + delayed stepping after R TKA; goal: cross the cattle guard to the mailbox safely
            next visit Thu 03/06
            """,
            ["Z96.651", "R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Santurce clock ranges per code: "RNM (97112) de 9:15 a 9:38 a.m." (23) and "Ejercicio terapéutico (97110) de 9:38 a 9:53 a.m." (15), both match; uno a uno; both sections complete after a bimalleolar fracture: passes.
        ["v6-h37-sj-de-las-a-las-por-codigo"] = new(
            """
            Santurce — TF — Nota diaria — uno a uno con la pte
            RNM (97112) de 9:15 a 9:38 a.m.: tándem en foam con ojos cerrados, perturbaciones en la pelvis, pasos laterales sobre vallas; para propiocepción ↓ y control postural en MII post fractura bimaleolar izq. Apoyo unipodal izq. en foam 7 seg (3 seg eval.).
            Ejercicio terapéutico (97110) de 9:38 a 9:53 a.m.: elevaciones de talón 3 x 15, step-ups de 6 pulg 3 x 10, eversión con banda roja 3 x 15; debilidad de peroneos/gastrocnemio izq. 4-/5.
            """,
            ["S82.842D"], [PT("97112", 23), PT("97110", 15)], []),

        // Ponce TKA visit with only "Tiempo total de tratamiento: 40 minutos" for 97110 and 97140: no minutes for each timed code; both sections complete.
        ["v6-h37-ponce-tiempo-total-solo"] = new(
            """
            Ponce — TF — ATR der. (8 sem)
            Tiempo total de tratamiento: 40 minutos
            Ej. terapéutico: bicicleta estacionaria (medias vueltas → vueltas completas), sentadillas en la pared 3 x 10, extensión terminal de rodilla con banda 3 x 15, step-ups de 4 pulg 2 x 10.
            Terapia manual: movilización tibiofemoral posterior grado III 3 x 30 seg, movilización patelar sup/inf grado II 3 x 30 seg, masaje de cicatriz.
            Rodilla der.: flexión 98° → 105°, extensión -6°; debilidad de cuádriceps (lag 5°).
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 25), PT("97140", 15)], [SepTime]),

        // Tablet "mins: nmr 23 / gt 15" gives both codes' minutes (both match); 1:1; hay-string stepping, 2x6 board tandem, EC cushion sit-to-stand; 4WW → cane on gravel with CGA; proprioception and sensory ataxia after ACDF; tandem steps and mCTSIB: passes.
        ["v6-h37-idaho-mins-nmr-gt-line"] = new(
            """
            [offline draft · synced 12:36 @ Driggs]
            PTA — Driggs
            mins: nmr 23 / gt 15
            1:1 for the nmr — no one else in the gym
            nmr: stepping over hay-string lines on the floor to called colors; tandem on a 2x6 board w/ head turns; sit ↔ stand off the couch cushion EC
            gt: 4WW → SPC trial on the gravel drive, 3 x 100 ft, CGA on gravel; cues for R heel strike
            why: ↓ R LE proprioception + sensory ataxia (cervical myelopathy s/p ACDF), wide BOS, R toe catch
            nums: tandem on the 2x6, 8 steps w/o a step-off; mCTSIB foam EC 12 s
            — T.L., PTA
            """,
            ["M48.02", "R26.89"], [PTA("97112", 23), PTA("97116", 15)], []),

        // Tablet 97110 15 (matches) and "97530 · 30 min" against an 18-min line: the 97530 minutes differ; UTV seat and salt-block tasks with SBA and a check-the-cows goal; both sections complete.
        ["v6-h37-idaho-97530-30-vs-18"] = new(
            """
            [offline draft · synced 11:02 @ Rexburg]
            PTA — Rexburg
            97110 · 15 min — seated knee ext 3# 3 x 12, standing hip abd 2 x 15, heel raises 3 x 15 — B quad/hip abductor weakness 4-/5
            97530 · 30 min — getting in/out of the side-by-side (UTV) seat mock-up x 4; lifting a 20-lb salt block from the floor into the UTV bed x 5; SBA; goal: check the cows on the side-by-side again
            """,
            ["M62.81"], [PTA("97110", 15), PTA("97530", 18)], [At(Mismatch, "97530")]),

        // Chicago form "Neuromuscular Re-ed (97112) Time (min): 23" matches, "Gait Training (97116) Time (min): 25" against a 15-min line: the gait minutes differ; both sections complete.
        ["v6-h37-chi-gait-time-25-vs-15"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (River North)        Document Status: Auth (Verified)
            Care Delivery Model:  One patient – one therapist (individual)
            Neuromuscular Re-ed (97112) Time (min):  23
            Methods Selected:  Motor control training; Perturbation training
               Comment: sit-to-stand with weight shift onto the R and tapping over the R quads; step-stance perturbations
            Deficits Treated:  R LE motor recruitment; Reactive postural control
            Gait Training (97116) Time (min):  25
            Device:  Small-base quad cane
            Assistance Level:  Min assist
            Distance (ft):  3 x 60
            Gait Deviations:  R knee hyperextension in stance; short L step
            Outcome Measures:  10MWT 0.48 m/s
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], [At(Mismatch, "97116")]),

        // "Charges: 97112 × 2 units; 97530 × 1 unit" and no minutes anywhere: separate time missing; one-on-one, both sections complete (PNF D2 UE with weight bearing; bus-bench transfers and Ventra-card pick-ups with CGA; Fugl-Meyer).
        ["v6-h37-chi-charges-units-no-minutes"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (Evanston)        Document Status: Auth (Verified)
            Care Delivery Model:  One patient – one therapist (individual)
            Charges:  97112 × 2 units; 97530 × 1 unit
            NMR:  PNF D2 flexion/extension patterns of the L UE with approximation; weight bearing through the L arm on the mat with rhythmic stabilization — L UE motor recruitment and scapular control after R MCA stroke. Fugl-Meyer UE 34/66.
            TA:  transfers to and from a CTA bus-height bench x 5; picking up a dropped Ventra card from the floor x 6; CGA. Goal: ride the bus to church alone.
            """,
            ["I69.354"], [PT("97112", 25), PT("97530", 15)], [SepTime]),

        // Río Piedras, one timed code, "Tiempo: 25 minutos" without a code belongs to it and matches; "Tratamiento individual: la TF con el pte todo el tiempo"; PD turns, floor-tape long steps, counted weight shifts; freezing and hypokinesia; freezes in 3 turns and TUG: passes.
        ["v6-h37-sj-tiempo-25-minutos-un-codigo"] = new(
            """
            San Juan (Río Piedras) — TF
            Tiempo: 25 minutos
            Tratamiento individual: la TF con el pte todo el tiempo, sin otros pacientes a cargo.
            RNM: giros de 180° a la señal de la TF, pasos largos sobre cinta en el piso, transferencia de peso con estímulo auditivo (conteo en voz alta) — Parkinson.
            Déficit: congelamiento (freezing) al girar e hipocinesia.
            Medida: congelamientos en 3 giros de 360°: 1 (4 en la eval.); TUG 12.6 seg.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // SPT dictation "Twenty-three minutes of neuromuscular re-education (97112) and fifteen minutes of gait training (97116)" (both match), "treated individually by the student with the CI directing in the room"; both sections complete: passes.
        ["v6-h37-chi-spt-spelled-out-minutes"] = new(
            """
            SPT dictation — OP Neuro (Evanston) — co-signed
            Twenty-three minutes of neuromuscular re-education (97112) and fifteen minutes of gait training (97116). The patient was treated individually by the student, with the CI directing in the room and seeing no one else.
            Re-ed: rhythmic stabilization in half-kneel, stepping over a foam hurdle line leading with the L, lateral weight shifts on a rocker board with eyes closed. L hemiparesis: ↓ L hip/knee motor control and proprioception; the knee snaps back in stance.
            Gait: hallway and the courtyard bricks with a hemi-walker, 2 x 200 ft, CGA; cues for L knee control.
            Numbers: rocker board EC 15 s; L knee hyperextension 3 of 10 steps (7 of 10 at IE).
            CI co-signature: present and directing for the full session; agree.
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // Resident's dictation gives "97112, for twenty-two minutes" but the gait training that follows has no minutes: separate time missing; one-on-one, both sections complete (TIS, distances, contact guard).
        ["v6-h37-chi-dictation-gait-no-minutes"] = new(
            """
            Resident dictation — OP Neuro (Lincoln Square) — Lakefront Health
            I saw the patient one-on-one. We began with neuromuscular re-education, 97112, for twenty-two minutes: tall-kneel rhythmic stabilization, quadruped alternating arm and leg lifts with perturbations, and standing lateral weight shifts to floor targets, for truncal ataxia and poor postural control after a posterior circulation stroke. Trunk Impairment Scale 15 of 23.
            We finished with gait training, 97116, in the hallway with a rollator, 3 laps of 150 feet with contact guard, cueing a narrower base.
            Mentor co-signature: agree.
            """,
            ["I69.393"], [PT("97112", 22), PT("97116", 15)], [SepTime]),

        // Ponce PTA "Tiempo invertido en marcha: 30 min" on a visit whose one timed code (97116) is billed for 20: mismatch; RW hallway and ramp with CGA → SBA, post-IMN gait deviations.
        ["v6-h37-ponce-tiempo-marcha-30-vs-20"] = new(
            """
            Ponce — ATF — Tiempo invertido en marcha: 30 min
            Entrenamiento de marcha (97116): andador de ruedas (RW) en el pasillo 3 x 100 pies y rampa x 2, CGA → SBA; cues para paso más largo con la der.
            Marcha con paso der. corto y tronco flexionado post fractura de cadera der. (clavo intramedular).
            """,
            ["S72.141D"], [PTA("97116", 20)], [At(Mismatch, "97116")]),

        // Idaho Falls: "97112 22 min, one-on-one" complete, then "ther ex:" with doses and a region but no minutes: separate time missing.
        ["v6-h37-idaho-ther-ex-no-minutes"] = new(
            """
            Snake River Therapy — Idaho Falls — PT
            97112 22 min, one-on-one: PNF D1/D2 LE patterns in sidelying, foam stance w/ head turns, backward walking on the tape line — L ankle proprioception ↓ and delayed stepping after L ankle ORIF; SLS foam L 6 s.
            ther ex: heel raises 3 x 15, banded eversion red 3 x 15, step-downs 4" 2 x 10 — L calf/peroneal weakness.
            """,
            ["S82.842D"], [PT("97112", 22), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a Santurce NMR + TE visit: DOC_NOTE_MISSING on both profiled lines and nothing else (no separate-time finding on an empty note).
        ["v7-h37-empty-nmr-te"] = new(
            "",
            ["R26.81"], [PT("97112", 20), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // CR/LF and spaces only is empty: missing on the PTA's 97116, and no diagnosis on the visit.
        ["v7-h37-crlf-spaces-no-dx"] = new(
            "\r\n  \r\n   \r\n",
            [], [PTA("97116", 15)], [At(NoteMissing, "97116"), Dx]),

        // Empty note on an OT hand visit (97530 and 97140): missing on both lines.
        ["v7-h37-empty-ot-97530-97140"] = new(
            "",
            ["M19.041"], [OT("97530", 20), OT("97140", 10)], [At(NoteMissing, "97530"), At(NoteMissing, "97140")]),

        // 97110 whose only target is the functional goal "subir las 12 escaleras de la marquesina hasta la puerta de su casa"; sit-to-stand, step-ups, bridges and high-knee marching with doses: passes.
        ["v7-h37-97110-meta-marquesina"] = new(
            """
            Santurce — TF — 97110 Ejercicio terapéutico — 15 min
            Sentarse y pararse de la silla 3 x 10; subir/bajar escalón de 7 pulg 2 x 10 con baranda; puentes 3 x 12; marcha en sitio con rodillas altas 2 x 20.
            Meta: subir las 12 escaleras de la marquesina hasta la puerta de su casa.
            """,
            ["M62.81", "R26.89"], [PT("97110", 15)], []),

        // OT 97530 saddling practice on a sawhorse (saddle up, cinch and latigo, bridle on a mannequin head) whose only measure is "stand-by assist throughout", with a fall-gather goal: passes.
        ["v7-h37-97530-saddle-stand-by-assist"] = new(
            """
            Bear River Valley PT — Tremonton — OT
            97530 · 20 min
            saddling practice on the sawhorse: lift the saddle off the rack, swing it up, reach under for the cinch and tighten the latigo; then the bridle on the mannequin head
            stand-by assist throughout, no loss of balance
            goal: saddle his own horse for the fall gather (R reverse TSA)
            """,
            ["Z96.611", "Z47.1"], [OT("97530", 20)], []),

        // 97140 naming STM, joint mobs and muscle energy to the L lumbar paraspinals and SI (a region) but no grade, bout, hold, repetition or number: measure missing.
        ["v7-h37-97140-region-no-parameter"] = new(
            """
            Snake River Therapy — Rexburg — PT — MT 97140
            STM and joint mobs to the L lumbar paraspinals and L SI; muscle energy for the L innominate
            L low back / SI region stiffness
            """,
            ["M54.50"], [PT("97140", 10)], [At(Measure, "97140")]),

        // 97116 with a rollator, distance "2 x 250" ft, cues, and PD shuffling/festination; no assistance level — the distance is the measure: passes.
        ["v7-h37-97116-distance-only"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (Evanston)        Document Status: Auth (Verified)
            Gait Training (97116) Time (min):  15
            Device:  Rollator
            Distance (ft):  2 x 250
               Comment: hallway to the Davis St. entrance and back; cues for an upright trunk and bigger steps
            Gait Deviations:  shuffling; festination near doorways (PD)
            """,
            ["G20.A1"], [PT("97116", 15)], []),

        // Ponce PTA "Pte realizó ejercicios terapéuticos según plan de cuidado. Toleró bien. Continuar POC." on a 97110: nothing named, no target, no dose — generic only.
        ["v7-h37-97110-generico-tolero-bien"] = new(
            """
            Ponce — ATF
            Pte realizó ejercicios terapéuticos según plan de cuidado. Toleró bien. Continuar POC.
            97110 — 20 min
            """,
            ["M62.81"], [PTA("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Tablet "nmr 22 min — bal & coord work, did good, cont poc": no technique, deficit or number, generic only, and no one-on-one.
        ["v7-h37-97112-tablet-bal-coord"] = new(
            """
            [offline draft · synced 17:15 @ Ashton]
            PTA — nmr 22 min — bal & coord work, did good, cont poc
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Santurce OT "actividades terapéuticas funcionales según POC. Pte cooperadora, buen esfuerzo, toleró bien." on a 97530: no activity, goal or assistance level; generic only.
        ["v7-h37-97530-actividades-segun-poc"] = new(
            """
            TO — Santurce
            97530 — 20 min: actividades terapéuticas funcionales según POC. Pte cooperadora, buen esfuerzo, toleró bien.
            """,
            ["M62.81"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Santurce MS visit, "Modalidad: individual, uno a uno con la TF": RNM 23 (foam tandem, star-excursion reaches, carioca at the bar; truncal ataxia and LE proprioception; SLS and FSST) and Ej. terapéutico 15 (doses; glute med and DF weakness), both match: passes.
        ["vord-h37-sj-ms-rnm-ejercicio"] = new(
            """
            CENTRO DE TERAPIA FÍSICA SANTURCE — Nota de tratamiento
            Pte: M, 44 a, esclerosis múltiple recurrente-remitente. Modalidad: individual, uno a uno con la TF.
            1) RNM 97112 — 23 min: marcha en tándem sobre foam; alcances en Y (star excursion) en apoyo unipodal; pasos cruzados (carioca) a lo largo de la barra.
               Ataxia de tronco y propiocepción ↓ en MII; se fatiga al final.
               SLS izq. 5 seg / der. 11 seg; FSST 12.8 seg.
            2) Ej. terapéutico 97110 — 15 min: puente unipodal 3 x 8; abducción de cadera en decúbito lateral con 3 lbs 3 x 10; dorsiflexión con banda verde 3 x 15 — debilidad de glúteo medio y dorsiflexores izq.
            Plan: continuar 2x/sem; HEP actualizado.
            """,
            ["R26.89", "R27.0"], [PT("97112", 23), PT("97110", 15)], []),

        // Ponce TKA: Ej. terapéutico (97110) 20 and Terapia manual (97140) 10, both match; doses, grades and bouts; L knee ROM and quad weakness; a plaza goal: passes.
        ["vord-h37-ponce-atr-ejercicio-manual"] = new(
            """
            Clínica de Terapia Física del Sur — Ponce — ATR izq. (6 sem)
            Ej. terapéutico (97110) — 20 min: bicicleta estacionaria (medias vueltas → vueltas completas); cuádriceps isométricos 10 x 5 seg; SAQ con 2 lbs 3 x 12; step-ups de 4 pulg 2 x 10; estiramiento de isquiotibiales 3 x 30 seg.
            Terapia manual (97140) — 10 min: movilización patelar sup/inf grado III 3 x 30 seg; deslizamiento tibial posterior grado III 3 x 30 seg.
            Rodilla izq.: flexión 92° → 99°, extensión -8°; cuádriceps 4-/5. Meta: caminar en la Plaza Las Delicias con los nietos.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 20), PT("97140", 10)], []),

        // Santurce OT 97530 therapeutic kitchen: rice in the caldero, carrying the pot ×3 beside the walker, CGA and cue count; standing balance and sequencing after L CVA; a cook-lunch-alone goal: passes.
        ["vord-h37-sj-to-arroz-caldero"] = new(
            """
            TO — Santurce — Nota diaria
            97530 — 23 min. Cocina terapéutica: preparar arroz en el caldero — medir, lavar, llevar el caldero de la estufa al fregadero x3, de pie en el counter con el andador al lado.
            Asistencia: CGA para balance al girar con el caldero; 2 cues para la secuencia.
            Déficit: balance de pie ↓ y secuencia/planificación ↓ post ECV izq.; meta: cocinar el almuerzo sola.
            """,
            ["I69.351"], [OT("97530", 23)], []),

        // Ponce, "pte atendida uno a uno, sin otros pacientes": RNM 20 (A/P perturbations, 6-in obstacles, bar tandem EC) and Marcha 15 (cane on hallway and cracked sidewalk, SBA), both match; reactive control and R foot drag in neuropathy; Berg and TUG: passes.
        ["vord-h37-ponce-rnm-marcha"] = new(
            """
            Ponce — TF — Nota diaria — pte atendida uno a uno, sin otros pacientes
            RNM (97112): 20 min — perturbaciones anteroposteriores en bipedestación; pasar obstáculos de 6 pulg con la pierna der.; tándem con ojos cerrados en la barra.
            Marcha (97116): 15 min — bastón sencillo, 3 x 150 pies en el pasillo + la acera con grietas frente a la clínica, SBA; cues para apoyo de talón der.
            Déficit: control postural reactivo ↓ y arrastre del pie der. (neuropatía periférica); 2 caídas en diciembre.
            Medidas: Berg 45/56 (39/56 eval.); TUG 12.9 seg.
            """,
            ["G62.9", "Z91.81"], [PT("97112", 20), PT("97116", 15)], []),

        // Condado vestibular, code-switched "Pte seen 1:1, private room": X1 seated → foam, sit → supine habituation, 360° turns, sign-reading walks; L hypofunction and motion sensitivity; DGI (MSQ beside it); expressway goal: passes.
        ["vord-h37-sj-vestibular-code-switch"] = new(
            """
            San Juan (Condado) — Vestibular — TF
            Pte seen 1:1, private room.
            NMR 97112 — 22 min: gaze stabilization VOR x1 (horizontal/vertical) sentada → de pie en foam, 4 x 45 seg; habituación sit → supine con la cabeza a la der. x5; giros de 360° en el pasillo x4; caminar leyendo letreros en la pared.
            Problema: hipofunción vestibular izq. + sensibilidad al movimiento post neuritis vestibular.
            Medidas: DGI 19/24 (15/24); MSQ 14 (31 eval.).
            Goal: manejar en el Expreso Las Américas sin mareo.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // Ponce PTA 97112, complete (foam side-steps, SLS multi-direction reach, recovery steps to pelvic nudges; R ankle proprioception and late ankle strategy; SLS foam seconds) — but no one-on-one statement.
        ["vord-h37-ponce-atf-rnm-sin-uno-a-uno"] = new(
            """
            Ponce — ATF — RNM 97112 — 22 min
            Pasos laterales sobre colchoneta de foam; alcance multidireccional en apoyo unipodal; pasos de recuperación a empujones leves en la pelvis.
            Propiocepción ↓ en tobillo der. post esguinces recurrentes; estrategia de tobillo tardía.
            SLS der. en foam 6 seg (izq. 18 seg).
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // Complete San Juan 97110 (bird-dog, bridges, side plank, dowel hip hinge with doses; lumbar extensor endurance and lumbopelvic control; groceries goal) sent with the free-text diagnosis "Lumbalgia crónica".
        ["vord-h37-sj-dx-texto-libre"] = new(
            """
            San Juan (Hato Rey) — TF — Ej. terapéutico 97110 — 20 min
            Bird-dog 3 x 10 con 5 seg; puente 3 x 12; plancha lateral en rodillas 3 x 20 seg; hip hinge con palo 2 x 10.
            Resistencia de extensores lumbares ↓ y control lumbopélvico pobre; meta: cargar la compra del supermercado sin dolor.
            """,
            ["Lumbalgia crónica"], [PT("97110", 20)], [Dx]),

        // Ponce PTA "Tiempo total: 38 min. Ejercicios y actividades según POC. Pte toleró bien, sin quejas. Continuar plan." on 97110 + 97530: generic only on both codes and a total only.
        ["vord-h37-ponce-generico-total-38"] = new(
            """
            Ponce — ATF
            Tiempo total: 38 min. Ejercicios y actividades según POC. Pte toleró bien, sin quejas. Continuar plan.
            """,
            ["M62.81"], [PTA("97110", 23), PTA("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Santurce OT hand after a Colles fracture: 97140 10 (radiocarpal glides gr III with bouts, scar and retrograde massage) and 97110 15 (putty, pinch, wrist curls, hammer pro/sup with doses), both match; wrist extension degrees and grip kg: passes.
        ["vord-h37-sj-to-mano-colles"] = new(
            """
            TO — Mano — Santurce — fractura de Colles der. (10 sem)
            97140 — 10 min: movilización radiocarpiana dorsal/volar grado III 3 x 30 seg; masaje de cicatriz y masaje retrógrado para edema.
            97110 — 15 min: masilla (putty) verde — apretón 3 x 15, pinza lateral 2 x 15; flexión/extensión de muñeca con 1 lb 2 x 12; pronosupinación con martillo 2 x 12.
            Muñeca der. rígida: extensión 38° → 45°; fuerza de agarre 12 kg (izq. 24 kg).
            """,
            ["S52.531D"], [OT("97140", 10), OT("97110", 15)], []),

        // San Juan 97530: the bus's high step on a 14-in mock-up, a grocery bag carry, floor rise via half-kneel, Min A → CGA; a ride-to-Centro-Médico goal and L quad weakness: passes.
        ["vord-h37-sj-guagua-escalon"] = new(
            """
            San Juan (Río Piedras) — TF — 97530 — 20 min
            Subir y bajar el escalón alto de la guagua (mock-up de 14 pulg) con baranda x6; cargar una bolsa de compras de 5 lbs 40 pies x3; levantarse del piso vía medio arrodillado x4. Min A → CGA en el escalón.
            Meta: ir sola en la guagua al Centro Médico. Debilidad de cuádriceps izq. 4-/5 (OA de rodilla izq.).
            """,
            ["M17.12", "M62.81"], [PT("97530", 20)], []),

        // Santurce OT 97112 "sesión individual con la TO, sin otros pacientes": forearm weight bearing, guided reach with facilitation, cone grasp-release; R UE motor recruitment and grasp timing; Box and Block and k of 10: passes.
        ["vord-h37-sj-to-rnm-miembro-superior"] = new(
            """
            TO — Santurce — RNM (97112) — 20 min — sesión individual con la TO, sin otros pacientes
            Carga de peso en el antebrazo der. sobre la mesa; alcance dirigido con facilitación en tríceps; agarrar y soltar conos a 3 alturas.
            Déficit: reclutamiento motor ↓ del MSD y mal timing de agarre-suelta post ECV izq.
            Box and Block der. 14 (9 eval.); conos soltados sin arrastre 6/10.
            """,
            ["I69.351"], [OT("97112", 20)], []),

        // Ashton tablet: "mins: 97112 22 · 97530 15", "one-on-one — nobody else in the clinic annex"; half-kneel to stand, R SLS cone reaches, fence-post-line side steps (R recruitment and knee control; 5xSTS and SLS) and pickup-cab and hay-flake tasks with SBA and a horses goal: passes.
        ["vord-h37-idaho-nmr-ta-hay-flakes"] = new(
            """
            [offline draft · synced 12:02 @ Ashton]
            PTA · visit 9
            mins: 97112 22 · 97530 15
            one-on-one — nobody else in the clinic annex
            97112: half-kneel → stand w/o hands; R SL stance reaching to cones; lateral walking over the fence-post line; ↓ R LE motor recruitment + knee control after L MCA stroke; 5xSTS 15.2 s, SLS R 5 s
            97530: climbing in/out of the pickup cab x 4; carrying 2 flakes of hay from the tailgate to the bunk 30 ft x 3; SBA; goal: feed his 3 horses himself
            — T. Larsen, PTA / K. Christensen, PT cosign
            """,
            ["I69.351"], [PTA("97112", 22), PTA("97530", 15)], []),

        // Tremonton PTA TKA: TE 97110 20 (bike seat, SAQ, step-ups, TKE, prone hang with doses; R knee ROM and quad) and GT 97116 15 (cane on tile and the church-foyer carpet, SBA, antalgic), both match; ward-house goal: passes.
        ["vord-h37-utah-tka-te-gt"] = new(
            """
            Bear River Valley PT — Tremonton — PTA — R TKA 7 wk
            TE 97110 · 20 min: recumbent bike seat 9, full revs; SAQ 4# 3 x 12; step-ups 6" 3 x 10; TKE w/ band 3 x 15; prone hang for ext 3 x 60 s
            GT 97116 · 15 min: SPC on tile + the carpeted church-foyer mock-up, 3 x 200 ft, SBA; cues for heel-toe and equal step length; antalgic on the R
            R knee flex 108°, ext -4°, quad 4-/5; goal: walk into the ward house for sacrament meeting w/o the walker
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 20), PTA("97116", 15)], []),

        // Rexburg shoulder after cuff repair: 97110 15 (sidelying ER, prone row/T, wall slides, cane flexion with doses) and 97140 10 (posterior glides gr III with bouts, STM), both match; ER strength, flexion degrees and a hay-bale/sprinkler-pipe goal: passes.
        ["vord-h37-idaho-cuff-te-mt"] = new(
            """
            Snake River Therapy — Rexburg — PT
            97110 — 15 min: sidelying ER 2# 3 x 12; prone row/T 2 x 12; wall slides w/ lift-off 2 x 10; cane flexion 2 x 15
            97140 — 10 min: GH posterior glides gr III 3 x 30 s; STM R infraspinatus/teres minor
            R rotator cuff repair 14 wk: ER 4-/5, flexion AROM 138°; goal: throw a hay bale and lift the sprinkler pipe overhead
            """,
            ["M75.121", "Z98.890"], [PT("97110", 15), PT("97140", 10)], []),

        // Garland OT 97530 hand quilting at the frame (threader, rocking stitch rows, spring scissors) with set-up and cue count; R thumb CMC OA with lateral pinch lb; a wedding-quilt goal with the Relief Society: passes.
        ["vord-h37-utah-ot-quilting-frame"] = new(
            """
            Bear River Valley PT — Garland — OT
            97530 · 22 min: hand quilting at the frame — threading the needle w/ a threader, rocking stitch along 6 rows, cutting w/ spring-loaded scissors; joint-protection grip on a built-up needle puller
            set-up + 2 verbal cues for joint protection; 6 rows done w/o a rest
            R thumb CMC OA — pain and ↓ lateral pinch (7 lb R / 13 lb L)
            goal: finish her granddaughter's wedding quilt with the Relief Society sisters
            """,
            ["M18.11"], [OT("97530", 22)], []),

        // Brigham City PTA "TE 97110 — 30 min" on a visit whose one timed code is billed for 20: mismatch; NuStep level, sit-to-stand, hip abduction and heel raises with doses, B hip/knee weakness and a hymn-standing goal.
        ["vord-h37-utah-te-30-vs-20"] = new(
            """
            Bear River Valley PT — Brigham City — PTA
            TE 97110 — 30 min: NuStep level 5; sit-to-stand 3 x 10; standing hip abd 3# 2 x 15; heel raises 3 x 15
            B hip/knee weakness (4-/5); goal: stand through the opening hymn at sacrament meeting w/o holding the pew
            """,
            ["M62.81", "R26.89"], [PTA("97110", 20)], [At(Mismatch, "97110")]),

        // Complete Teton tablet 97116 (cane on the gravel yard and porch steps with a rail, SBA; antalgic after R hemiarthroplasty; lambing-shed goal) sent with no diagnosis.
        ["vord-h37-idaho-gait-no-dx"] = new(
            """
            [offline draft · synced 08:51 @ Teton]
            PTA — 97116 · 15 min
            gait w/ SPC on the gravel yard, 2 x 150 ft, + 4 porch steps w/ the rail x 3; SBA
            R antalgic w/ short L step after R hip hemiarthroplasty; goal: walk out to the sheep shed for lambing
            """,
            [], [PTA("97116", 15)], [Dx]),

        // Tremonton PD visit: 97530 18 (pew-height bench rises, turning to pass a tray, standing with the hymnbook; SBA) and 97116 15 (big steps to stripes and a 100-bpm metronome, distances; shuffling and doorway freezing), both match; sacrament-meeting goal and TUG: passes.
        ["vord-h37-utah-pd-ta-gt-pew"] = new(
            """
            Bear River Valley PT — Tremonton — PT
            97530 — 18 min: rising from a pew-height bench w/o hands x 8; turning to pass a tray to the person beside her x 10 each way; standing up and sitting down holding the hymnbook x 5; SBA
            97116 — 15 min: big-step walking to floor stripes + metronome 100 bpm, 4 x 100 ft, turns at the cones, supervision; shuffling, ↓ arm swing, freezing at the doorway (PD)
            goal: sit through sacrament meeting and stand for the hymns w/o holding the pew; TUG 13.4 s
            """,
            ["G20.A1"], [PT("97530", 18), PT("97116", 15)], []),

        // Idaho Falls ankle ORIF (a horse at branding): "1:1 for the NMR portion — only pt on my schedule"; NMR 20 (BAPS, foam ball toss, line hops) and TE 15 (heel raises, band, step-downs with doses), both match; proprioception and PF/evertor weakness; SLS and Y-balance: passes.
        ["vord-h37-idaho-ankle-nmr-te-branding"] = new(
            """
            Snake River Therapy — Idaho Falls — PT — L ankle ORIF 12 wk (thrown at branding)
            1:1 for the NMR portion — only pt on my schedule
            NMR 97112 · 20 min: BAPS level 3 CW/CCW 3 x 20; SL stance on foam w/ ball toss; lateral hops over a line 3 x 10
            TE 97110 · 15 min: SL heel raises 3 x 12; banded inversion/eversion green 3 x 15; step-downs 6" 3 x 10
            L ankle proprioception ↓ + PF/evertor weakness 4/5; SLS EC L 7 s (R 22 s); Y-balance anterior reach L 58 cm / R 66 cm
            goal: rope and drag calves at branding in May
            """,
            ["S82.842D"], [PT("97112", 20), PT("97110", 15)], []),

        // Idaho Falls OT 97530 at a spud-cellar sorting line mock-up (standing at the conveyor, picking and tossing, reaching across, bin lifts) with SBA and loads; standing tolerance and R shoulder reach after cuff repair; harvest goal: passes.
        ["vord-h37-idaho-ot-spud-sorting"] = new(
            """
            Snake River Therapy — Idaho Falls — OT
            97530 · 20 min: spud-cellar sorting-line mock-up — standing at the table conveyor picking out rocks and culls, reaching across 24", tossing culls into a bin; lifting a 15-lb bin from table to floor x 6; SBA, 1 seated rest
            R shoulder reach ↓ after cuff repair (flexion 130°) + ↓ standing tolerance
            goal: work the sorting line at her son's cellar for harvest in September
            """,
            ["M75.121", "Z98.890"], [OT("97530", 20)], []),

        // Rexburg three-code visit: 97110 15, 97140 10 and 97530 15, each with its minutes (all match); lumbar exercises with doses, PA mobs gr III with bouts, hand-line pipe moves and bale lifts with SBA; lumbar and irrigation goal: passes.
        ["vord-h37-idaho-three-codes-hand-lines"] = new(
            """
            Snake River Therapy — Rexburg — PT — L4-5 stenosis
            97110 · 15 min: flexion-bias — knees to chest 10 x 10 s, posterior pelvic tilts 2 x 15, quadruped rock-backs 2 x 12, recumbent bike level 4
            97140 · 10 min: L3–L5 central PA mobs gr III 3 x 30 s; STM L paraspinals
            97530 · 15 min: moving a 30-ft hand-line pipe section (PVC mock-up) end to end x 4; lifting and carrying a 40-lb bale by the strings 20 ft x 3; SBA
            lumbar flexibility ↓ + neurogenic claudication (leg pain after 400 ft of walking); goal: move his hand lines twice a day in July
            """,
            ["M48.062"], [PT("97110", 15), PT("97140", 10), PT("97530", 15)], []),

        // Chicago form: NMR 25 (harness treadmill belt accelerations and release-from-lean stepping; reactive stepping and R recruitment in incomplete SCI) and gait 15 (forearm crutches, CGA, distances and curb), both match, individual; 10MWT and k of 8: passes.
        ["vord-h37-chi-sci-nmr-gait-form"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (River North)        Document Status: Auth (Verified)
            Care Delivery Model:  One patient – one therapist (individual)
            Neuromuscular Re-ed (97112) Time (min):  25
            Methods Selected:  Body-weight-supported treadmill perturbations; Stepping strategy training
               Comment: harness on, belt accelerations at random; forward/backward stepping to release from lean
            Deficits Treated:  Impaired reactive stepping; ↓ R LE motor recruitment (incomplete SCI, C5 AIS D)
            Gait Training (97116) Time (min):  15
            Device:  Forearm crutches
            Assistance Level:  CGA
            Distance (ft):  2 x 150; curb x 4
            Gait Deviations:  ↓ R foot clearance; trunk lean over the crutches
            Outcome Measures:  10MWT 0.63 m/s; 6/8 belt accelerations recovered with one step
            """,
            ["G82.54"], [PT("97112", 25), PT("97116", 15)], []),

        // PGY-1 resident, "Seen one-on-one in the vestibular room": X1 at 2 Hz on a busy background, pursuit/saccades then while walking, Brock string; visual-vestibular mismatch and convergence insufficiency after a bike crash on the Lakefront Trail; NPC cm and VOMS: passes.
        ["vord-h37-chi-resident-concussion-voms"] = new(
            """
            Resident note (PGY-1, Neurologic PT Residency) — OP Vestibular (Streeterville)
            Seen one-on-one in the vestibular room.
            97112 — 23 min: VOR x1 at 2 Hz against a busy wallpaper background, standing; smooth pursuit and saccades with the head still, then while walking; Brock string convergence with 3 beads
            Impairment: visual-vestibular mismatch and convergence insufficiency after a concussion (bike crash on the Lakefront Trail)
            VOMS: NPC 9 cm (15 cm at IE); VOR horizontal symptom provocation +2 (+5 at IE)
            Mentor co-signed.
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 23)], []),

        // Lincoln Square OT form 97530 24: tub-bench transfers and a laundry-bag carry down a three-flat's back-porch stairs mock-up, Min A / supervision, counts; L hemiparesis; bathing and laundry goals: passes.
        ["vord-h37-chi-ot-three-flat-laundry"] = new(
            """
            OP OT Neuro Visit — Lakefront Health (Lincoln Square)        Document Status: Auth (Verified)
            Therapeutic Activities (97530) Time (min):  24
            Activities:  Tub transfer with bench; Laundry carry on stairs
               Comment: tub-bench transfer x 3 with the grab bar; carrying a half-full laundry bag down 6 stairs of the back-porch mock-up x 2 with the rail
            Assistance Level:  Min assist on the stairs with the bag; supervision for the tub transfer
            Goal Addressed:  Bathe independently; do laundry in the basement of her three-flat
            Deficits Treated:  L hemiparesis after R MCA stroke — ↓ L UE grasp, standing balance
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // SPT with the CI present and directing, "student treated the patient individually": NMR 20 (PNF agonist reversals squat-to-stand, hurdle stepping to a beat, EC foam; MS timing and proprioception; T25FW and foam seconds) and TE 15 (machines with loads), both match: passes.
        ["vord-h37-chi-spt-nmr-te-machines"] = new(
            """
            SPT note — OP Neuro (Evanston) — the student treated the patient individually; CI present and directing throughout
            97112 (20 min): PNF agonist reversals in squat-to-stand; stepping over 4-in hurdles to a drum beat; EC stance on the foam mat
               L LE motor timing/sequencing and proprioception ↓ (MS); T25FW 9.4 s; foam EC 8 s
            97110 (15 min): leg press 60 lb 3 x 10; hip abduction machine 40 lb 2 x 12; seated hamstring curl 25 lb 2 x 12 — B hip/knee weakness
            CI co-sign: agree with the above. — R. Castellanos, PT, DPT
            """,
            ["R26.89"], [PT("97112", 20), PT("97110", 15)], []),

        // Evanston PD form: NMR 22 (visual cue line for initiation, backward steps to a shoulder pull; freezing and protective stepping) and TA 15 (logroll-to-sit, floor rise via the couch; SBA; night-bathroom and fall-recovery goals), both match; pull-test steps and 5xSTS: passes.
        ["vord-h37-chi-pd-nmr-ta-form"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (Evanston)        Document Status: Auth (Verified)
            Care Delivery Model:  One patient – one therapist (individual)
            Neuromuscular Re-ed (97112) Time (min):  22
            Methods Selected:  External cueing (auditory/visual); Reactive balance training
               Comment: taped visual cue line for gait initiation; backward stepping to a pull at the shoulders
            Deficits Treated:  Freezing of gait; ↓ backward protective stepping (PD)
            Therapeutic Activities (97530) Time (min):  15
               Comment: getting into and out of bed with the logroll-to-sit sequence x 4; rising from the floor via the couch x 3; SBA
            Goal Addressed:  get up alone at night for the bathroom; get up after a fall at home
            Outcome Measures:  pull test 3 steps to recover; 5xSTS 14.1 s
            """,
            ["G20.A2"], [PT("97112", 22), PT("97530", 15)], []),

        // Streeterville cervicogenic dizziness: 97140 10 (C1–2 SNAG with reps, suboccipital release, PA mobs gr III with bouts) and 97110 15 (DNF nods, laser JPE practice, band retraction with doses), both match; flexion-rotation degrees, JPE and DNF seconds: passes.
        ["vord-h37-chi-cervicogenic-mt-te"] = new(
            """
            OP PT Vestibular Visit — Lakefront Health (Streeterville)        Document Status: Auth (Verified)
            Manual Therapy (97140) Time (min):  10
               Comment: C1–2 SNAG into R rotation 3 x 6; suboccipital release; upper cervical PA mobs gr III 3 x 30 s
            Therapeutic Exercise (97110) Time (min):  15
               Comment: DNF chin nods 10 x 10 s; cervical joint-position relocation practice with a head laser 3 x 10; scapular retraction with band 3 x 12
            Deficits Treated:  Cervicogenic dizziness — ↓ upper cervical rotation (flexion-rotation test R 28°); ↓ DNF endurance
            Outcome Measures:  cervical JPE 6.1° (8.9° at IE); DNF endurance 22 s
            """,
            ["M54.2", "M99.01"], [PT("97140", 10), PT("97110", 15)], []),

        // Chicago gait form 97116 15 for the CTA: the Brown Line platform stairs mock-up and hallway with a cane, supervision → CGA on stairs, distances and stair count; R hemiparetic deviations; ride-the-L goal: passes.
        ["vord-h37-chi-gait-l-platform-stairs"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (Lincoln Square)        Document Status: Auth (Verified)
            Gait Training (97116) Time (min):  15
            Device:  Straight cane (L hand)
            Assistance Level:  Supervision on level; CGA on stairs
            Distance (ft):  3 x 200; 20 stairs x 2 (platform-stair mock-up)
               Comment: step-over-step with the rail, cues for R foot clearance on the nosing
            Gait Deviations:  R toe catch on stairs; ↓ R knee flexion in swing
            Goal Addressed:  ride the Brown Line from Western to work downtown
            """,
            ["I69.351"], [PT("97116", 15)], []),

        // Chicago three-code visit: NMR 23, TE 15 and GT 15, each with a "Time (min)" field (all match), individual; perturbations and foam, leg press and step-ups with doses, rollator gait with CGA and distances; postural control and LE weakness; Berg: passes.
        ["vord-h37-chi-three-codes-form"] = new(
            """
            OP PT Neuro Visit — Lakefront Health (River North)        Document Status: Auth (Verified)
            Care Delivery Model:  One patient – one therapist (individual)
            Neuromuscular Re-ed (97112) Time (min):  23
            Methods Selected:  Perturbation training; Compliant surface
               Comment: pushes at the pelvis in semi-tandem; foam stance EO → EC with head turns
            Therapeutic Exercise (97110) Time (min):  15
               Comment: leg press 50 lb 3 x 10; step-ups 6" 2 x 10 each; standing hip extension with band 2 x 15
            Gait Training (97116) Time (min):  15
               Comment: rollator 3 x 150 ft, CGA; cues for step length
            Deficits Treated:  Impaired postural control (GBS, recovering); B hip extensor/quad weakness 4-/5
            Outcome Measures:  Berg 44/56 (35/56 at IE); foam EC 9 s
            """,
            ["G61.0"], [PT("97112", 23), PT("97110", 15), PT("97116", 15)], []),

        // Resident's dictation "I saw her one-on-one … neuromuscular re-education, 97112, twenty-five minutes" on a line billed for 15: mismatch; Frenkel-style heel slides, cup-stacking in standing, tandem; ataxia; SARA present.
        ["vord-h37-chi-dictation-25-vs-15"] = new(
            """
            Resident dictation — OP Neuro (Evanston) — Lakefront Health
            D: 03/04/2026 11:15   T: 03/04/2026 13:40
            I saw her one-on-one today for neuromuscular re-education, 97112, twenty-five minutes. We did Frenkel-style heel slides to targets in supine, cup stacking while standing with feet together, and tandem walking in the parallel bars without hands. Her problem remains bilateral lower extremity ataxia with truncal sway after cerebellar degeneration. SARA 13 out of 40.
            Mentor co-signature: agree.
            """,
            ["R27.0", "R26.0"], [PT("97112", 15)], [At(Mismatch, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
