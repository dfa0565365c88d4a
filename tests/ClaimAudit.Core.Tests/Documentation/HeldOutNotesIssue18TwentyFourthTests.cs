using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The twenty-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from two employers, in the
/// proportions a billing manager sees them — about two thirds ordinary and complete, single- and multi-code
/// visits, by PTs, PTAs and OTs:
/// <list type="number">
/// <item>a Texas and Florida multi-site practice group ("Gulfstream Rehab": Harlingen and McAllen in the Rio
/// Grande Valley, Corpus Christi, a San Antonio neuro programme with an NCS, Hialeah and Kissimmee, a clinic
/// serving The Villages, a Tampa vestibular and balance centre, and a satellite inside an orthopaedic
/// surgeon's office with its cast room and PA-C) whose clinicians chart bilingually — Spanish headings and
/// findings beside English shorthand ("Nota diaria", "Sesión individual … sin otros pacientes", "Déficit:
/// ↓ propiocepción", "Tiempo de tratamiento: 30 minutos", "Reeducación neuromuscular (97112): 23 minutos",
/// "a la vez (concurrente)", "ninguno hoy", a "¿Sesión individual? Sí [x] No [ ]" grid, patients quoted in
/// Spanish) — for a caseload heavy in Medicare Advantage (Humana, UHC, Aetna, Wellcare, Devoted, Simply; auth
/// numbers, visit counts and copays in the header), with the region's goals: the pickup truck, Mass and the
/// cathedral, dominoes at Máximo Gómez Park, the cafecito and the Florida room, the lanai, the golf cart and
/// the pickleball courts, the Publix run, the Bayfront seawall, a cruise out of Port Canaveral;</item>
/// <item>a cash-pay movement studio ("Kinetika") that bills Part B for its older members: Gyrotonic pulley
/// tower, Pilates Wunda chair, Cadillac and spine corrector, Franklin balls, barre work, Essentrics-style
/// sequences, Animal Flow, kettlebell get-ups, a trap bar, visit cards with "Private / Duet / Group" and
/// membership boxes, "member" for patient, and one exclamation-mark note.</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together (up to three in a visit), beside G0283, 97164
/// and 95992 (each with its minutes written beside its code) and timed but unprofiled 97035. Each note's DOC_* findings were judged by hand as
/// a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h24-…): one-on-one in these writers' words ("Sesión individual: la PT con la paciente
/// todo el tiempo, sin otros pacientes", "door shut — just the two of us", "my only patient for those 25 min",
/// "Only member on the studio floor … PT spotting and cueing her the whole time"), notes that negate it (a
/// studio "DUET (2 members · 1 PT)" booking, a balance room with three others and the PT "cueing whoever
/// needed it", the PT stepping into the cast room while the patient kept going, a PTA "a la vez
/// (concurrente)") or never state it (an OT's 97112 under a Medicare Advantage auth header), and a 97116 on a
/// golf-cart path with neighbours walking along, which has no one-on-one check;</item>
/// <item>class 2 (v2-h24-…): template states: a Spanish "Sí [x] No [ ]" grid, an XML export with
/// <c>&lt;session_type&gt;CONCURRENT&lt;/session_type&gt;</c>, toggles "1-on-1 [ON] Group [OFF]", gait fields
/// "(not entered)", impairment boxes never ticked with a blank goal line, a vestibular "Done (Y/N)" grid, a
/// Spanish technique row all "No" over a generic comment, "◉ Individual ○ Concurrent", an OT task grid with
/// assist and trial columns, a studio visit card with "☑ Private ☐ Duet";</item>
/// <item>class 3 (v3-h24-…): named programmes and methods as techniques (the Gyrotonic pulley tower,
/// Essentrics-style eccentric sequences, danzón step training, Hornby-style high-intensity locomotor
/// training, Animal Flow, FAKTR with a Mulligan MWM, McKenzie REIL/REIS, a Lempert roll beside a 97112), one
/// kettlebell 97530 with no target and one barre 97112 with no number;</item>
/// <item>class 4 (v4-h24-…): deficits stated as findings (spontaneous nystagmus under Frenzel goggles with a
/// caloric weakness, past-pointing with heel-shin ataxia, clonus with Uhthoff's phenomenon, mal de
/// débarquement after a cruise, Thomas and Ober tests, medial scapular winging, hemispatial neglect on line
/// bisection and Albert's test) and notes that state none (a 97112 with "Déficits / impairments: ninguno
/// hoy", a 97530 with "Impairments: WNL / Goal addressed: see POC", a bilingual PTA gait note with no
/// target);</item>
/// <item>class 5 (v5-h24-…): measures in their usual forms (the Senior Fitness Test arm curl and back scratch,
/// the sitting-rising test, a dual-task 10-m walk cost, the Moberg pick-up test, gait speed in ft/s,
/// goniometry before and after mobilisation, a tuning fork in seconds with timed tandem stance) and notes with
/// none (an auth number, a visit count, a copay and the next appointment; "me siento más fuerte"; "Did better
/// than Tuesday");</item>
/// <item>class 6 (v6-h24-…): minutes in their usual forms ("23 minutos", "TTT 38 (97110 = 23, 97140 = 15)", a
/// superbill table with units and minutes, "9:05a–9:28a" clock ranges, an attended 97035 with its minutes),
/// true mismatches ("Tiempo de tratamiento: 30 minutos" on a single 97110 of 20, a gait line, the OT half of
/// a co-treat on the same code) and truly missing separate time (a total only, minutes for one of two
/// codes);</item>
/// <item>class 7 (v7-h24-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on G0283; a note of a space and a tab), and the contract's meanings of technique,
/// deficit and measure for 97530 (a goal as the only target, assistance levels as the only measure), 97140
/// (holds and repetitions as the parameter; no region), 97116 (no number), 97110 (a goal as the only target;
/// wholly generic) and a wholly generic studio 97112;</item>
/// <item>ordinary (vord-h24-…): complete notes of both employers across codes and disciplines that a reviewer
/// passes (the false-positive guard), and the ordinary weak ones: a missing diagnosis, a diagnosis typed with
/// a decimal comma, an NMR + TE note that never says one-on-one, a bilingual generic two-code note with a
/// total only, a 97140 minute that differs, an OT note with no assistance level or number, units without
/// minutes.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least eight minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. Where a note is bilingual, every
/// element the judgement rests on is either in English or in Spanish a Texas or Florida reviewer reads
/// without doubt. Cases a careful reviewer could argue either way under the contract were left out: a content
/// gap in one section of a multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or
/// when the whole note lacks the thing), generic phrases beside a deficit or a measure without a technique,
/// minutes of an activity inside a note, uncoded minutes of untimed care, self-rated scores or vitals as the
/// only number, diagnosis codes without their dot or of three characters, minute ranges and approximate
/// minutes, an orthopaedic sign as the only "deficit" of a 97112, and any finding that would depend on
/// whether 97035, 95992 or 97164 carry a documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 86 of 97 cases agree (96 needed), and 8 of the 61 notes the reviewer passes got a finding, on the
/// analyzer of b6f19b9 (the start of 2026-12-04's night session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 85 of 97, 9 false positives, at its first run on that session's analyzer after the twenty-second and
/// twenty-third sets (5bbc044): the held-out figure, one note worse ("¿Sesión individual? Sí [x]": a question's
/// answer in Spanish read as no answer).
/// Then development data, partly worked through (92 of 97): a question answered after its mark in any words, "PT w/ pt only",
/// "PT + member only on the floor", line-dance and studio vocabulary.
/// Worked through (2026-12-04, the next session): 97 of 97, no false positive — Spanish "minutos" read as a minute
/// unit (stored note fingerprints still read it as a word, as they always did), a clock range opening the code's
/// line with a/p suffixes ("9:05a–9:28a TherEx 97110"), a ticked "Private" on a session-type line, "only member on
/// the studio floor", Franklin balls and plantar sensory input (NotesAsWrittenTests, twenty-fourth-twenty-fifth-worked-through).
/// </para>
/// </summary>
public class HeldOutNotesIssue18TwentyFourthTests(ITestOutputHelper output)
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

        // Bilingual RGV note: "Sesión individual: la PT con la paciente todo el tiempo, sin otros pacientes en el gimnasio" is one-on-one; foam tandem with head turns, reactive steps to nudges; ankle proprioception in neuropathy; seconds and Berg: passes.
        ["v1-h24-rgv-sesion-individual-sin-otros"] = new(
            """
            Gulfstream Rehab · Harlingen · Nota diaria / daily note
            S: "Ya no me tambaleo tanto en misa" — less unsteady standing through Mass.
            97112 Reeducación neuromuscular — 22 min
            Sesión individual: la PT con la paciente todo el tiempo, sin otros pacientes en el gimnasio.
             • semi-tandem → tandem on the colchoneta (foam mat) w/ head turns L/R
             • stepping over a cane laid on the floor; reactive steps to PT nudges at the pelvis
             • sit ↔ stand from a low chair w/ EC
            Déficit: ↓ propiocepción B tobillos (neuropatía diabética) — sway ↑ w/ EC.
            Tandem on foam EC 6 s (2 s at IE); Berg 45/56.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // Studio "Booking: DUET (2 members · 1 PT)" with the sister trading stations: not one-on-one; Wunda chair EC pumps, half-ball SL stance with head turns, pelvic perturbations; vestibular-dependent sway; seconds present.
        ["v1-h24-studio-duet-booking"] = new(
            """
            KINETIKA MOVEMENT STUDIO — Medicare member visit (Part B)
            Booking: DUET (2 members · 1 PT) — Mrs. Ortega + her sister (also a Medicare member); they share the Wunda chair and the Cadillac and trade stations.
            97112 · 25 min
            Wunda chair standing leg pumps w/ eyes closed; single-leg stance on a Franklin half-ball w/ slow head turns; PT perturbations at the pelvis in kneeling on the Cadillac mat.
            Impairment: vestibular-dependent sway + slowed ankle/hip strategy since L labyrinthitis (2024).
            SL on half-ball R 9 s, L 5 s (R 4 / L 2 at intake).
            """,
            ["H83.02", "R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Vestibular centre: "Room 4, door shut — just the two of us for the full re-ed block" is one-on-one; X1 on the foam beam, X1 while marching, saccadic substitution drills; L UVH with covert saccades; DVA lines and DGI: passes.
        ["v1-h24-vestibular-door-shut-just-us"] = new(
            """
            Tampa Vestibular & Balance — VRT follow-up #4 (Humana MA)
            Room 4, door shut — just the two of us for the full re-ed block.
            97112 VRT · 23 min
            Gaze-stab progression: X1 yaw @ 2 Hz standing on the foam beam (3 × 60 s); X1 pitch while marching in place (2 × 45 s); eyes-first-then-head saccade drills between two targets 30° apart (saccadic substitution).
            L UVH s/p vestibular neuritis — covert saccades on L head impulses, gaze instability w/ fast yaw.
            DVA 3-line loss (5-line at IE); DGI 20/24.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // The Villages: NMR "in the balance room w/ 3 other pts working their own stations; PT cueing whoever needed it": not one-on-one; mahjong-tile reaches on foam, floor-ladder step-overs, belt tugs; lateral postural control; Berg present.
        ["v1-h24-villages-balance-room-shared"] = new(
            """
            The Villages site — UHC MA — daily
            97112 NMR 20 min in the balance room w/ 3 other pts working their own stations; PT cueing whoever needed it.
            Pt: mahjong-tile reach-and-place on a foam pad (across midline, L/R); forward/back step-overs on the floor ladder; reactive stepping to posterior tugs at the gait belt.
            ↓ lateral postural control + late stepping response (2 falls on the lanai since Nov).
            Berg 46/56 (41/56 at SOC).
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Neuro programme: "Mr. Garza was my only patient for those 25 min; hands on or within arm's reach the entire time" is one-on-one; Agility Boot Camp stations; APAs and freezing in PD; freezes k of 10 and Berg; 25 matches: passes.
        ["v1-h24-neuro-agility-boot-camp-only-patient"] = new(
            """
            San Antonio Neuro Program — NCS — PD follow-up
            97112 — 25 min — Mr. Garza was my only patient for those 25 min; hands on or within arm's reach the entire time.
            Agility Boot Camp stations (PD): tai chi weight transfers w/ arm sweeps; kayak-paddle lunges on the foam mat; obstacle course w/ direction changes called at random.
            ↓ anticipatory postural adjustments + freezing at doorways/turns (PD, H&Y 2.5).
            Doorway passes: 2 freezes in 10 (5 in 10 last wk); Berg 44/56.
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // Ortho satellite: "I stepped into the cast room to help the tech hold a pt for a long-arm splint; pt kept going … on his own": attendance broken, not one-on-one; trampoline catches, hop-to-stick, band-perturbed squats; knee proprioception and timing; seconds and k of 10 present.
        ["v1-h24-ortho-satellite-cast-room"] = new(
            """
            PT satellite @ Bayfront Orthopaedic Associates (inside Dr. Castellanos's suite, room 7)
            R knee ACLR (hamstring graft) wk 12 — 63 y/o — Devoted Health MA
            97112 — 20 min: SL stance on the mini-trampoline w/ ball catches; lateral hop-to-stick; band-perturbed SL mini-squats.
            I stepped into the cast room to help the tech hold a pt for a long-arm splint; pt kept going on the trampoline drill on his own until I came back.
            R knee proprioception + quad/hamstring timing deficit on landing.
            SL stance on trampoline R 21 s; stuck landings 6/10.
            """,
            ["S83.511D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Hialeah PTA: "PTA atendió a la Sra. Pérez y a otra paciente a la vez (concurrente)": concurrent, not one-on-one; bar tandem, foam step-ups with EC, cone reaches; anterior postural control; reach inches and seconds present.
        ["v1-h24-hialeah-pta-a-la-vez"] = new(
            """
            Hialeah — PTA nota diaria — Sra. Pérez
            97112 — 23 min
            PTA atendió a la Sra. Pérez y a otra paciente a la vez (concurrente) en las barras paralelas.
            Tandem in the bars → one hand → no hands; step-ups onto a foam block w/ EC; reach outside BOS to cones at knee height.
            Déficit: ↓ ankle strategy / anterior postural control (miedo a caerse hacia adelante).
            Functional reach 7 in (5 in last wk); tandem in bars, no hands, 8 s.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // 97116 outdoors on the golf-cart path with the husband and two neighbours walking along: 97116 has no one-on-one check; 4WW → SPC, distances, curb cuts, SBA; antalgic gait after THA with a pickleball-court goal: passes.
        ["v1-h24-97116-golf-cart-path-neighbors"] = new(
            """
            The Villages — PT — L THA (anterior) wk 7 — Wellcare MA
            97116 Gait — 20 min, outdoors on the multi-modal (golf-cart) path; husband and two neighbors walked along with us.
            4WW → SPC (R hand) 2 × 400 ft, curb cut up/down × 4, grass shoulder 50 ft; SBA; cues for equal step length and L hip extension at terminal stance.
            Antalgic gait w/ shortened R step; goal: walk from the golf-cart lot to the pickleball courts with a cane.
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 20)], []),

        // OT's 97112 under an Aetna MA auth header, complete (tilted-table weight shifting, quick stretch and tapping, reach with trunk restraint; L UE recruitment; Fugl-Meyer and Box and Block) but nothing says how it was delivered.
        ["v1-h24-ot-97112-ma-auth-unstated"] = new(
            """
            OT Neuro — Corpus Christi — Aetna MA auth A7-33019, visit 7 of 12
            97112 NMR (OT) — 24 min
            Closed-chain L UE weight shifting on a tilted table w/ approximation through the elbow; quick stretch + tapping over triceps for elbow extension during reach; task-oriented reach to cups on 3 shelf heights w/ trunk restraint (sheet across the chest).
            L UE motor recruitment + scapular control deficit after R MCA CVA (4 mo).
            Fugl-Meyer UE 38/66 (31/66 at IE); Box and Block L 14 (R 52).
            """,
            ["I69.354"], [OT("97112", 24)], [At(OneOnOne, "97112")]),

        // Studio: "Only member on the studio floor 9:00–9:30 (class cancelled); PT spotting and cueing her the whole time" is one-on-one; Franklin balls under the feet, SL on a ball with clock reaches, rope-line heel-toe; plantar somatosensation; monofilament and seconds; 30 matches: passes.
        ["v1-h24-studio-only-member-on-floor"] = new(
            """
            Kinetika Movement Studio — Part B PT visit — member since 2019
            Only member on the studio floor 9:00–9:30 (class cancelled); PT spotting and cueing her the whole time.
            97112 · 30 min
            Franklin balls under the forefoot, then the rearfoot, for plantar sensory input (standing, EO → EC); SL stance on one Franklin ball w/ reach to a clock face; heel-toe walking on the studio's rope line.
            ↓ plantar somatosensation + ankle proprioception (idiopathic peripheral neuropathy).
            Monofilament 6/10 sites R, 4/10 L; SL stance R 12 s / L 7 s.
            """,
            ["G60.9", "R26.81"], [PT("97112", 30)], []),

        // ---------------------------------------------------------------- class 2: grids, check marks and Y/N fields

        // Spanish grid "¿Sesión individual (1 paciente / 1 terapeuta)? Sí [x] No [ ]" and "¿Grupo? Sí [ ] No [x]": one-on-one; PNF D2 patterns, half-kneel rhythmic stabilisation, metronome target stepping; R LE recruitment/timing; 10MWT and SLS: passes.
        ["v2-h24-spanish-si-no-grid"] = new(
            """
            McAllen — Nota de tratamiento / Treatment note
            ¿Sesión individual (1 paciente / 1 terapeuta)?   Sí [x]   No [ ]
            ¿Grupo?                                          Sí [ ]   No [x]
            97112 NMR ........ 24 min
            Técnicas: D2 flexion/extension PNF patterns R LE in sidelying → standing; rhythmic stabilization in half-kneel; stepping to floor targets w/ a metronome.
            Déficit: R LE motor recruitment + timing after L pontine stroke (knee hyperextension in stance).
            Medidas: 10MWT 0.71 m/s; R SLS 4 s (1 s at IE).
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // XML export "<session_type>CONCURRENT</session_type>": not one-on-one; the tagged 22 minutes match; Airex perturbations, hurdle step-overs, EC counter stance; R weight acceptance; Tinetti and k of 10 present.
        ["v2-h24-xml-session-type-concurrent"] = new(
            """
            <visit><discipline>PT</discipline><session_type>CONCURRENT</session_type><cpt>97112</cpt><minutes>22</minutes></visit>
            Narrative: Airex weight shifts w/ perturbations at the shoulders; step-over-and-back across a 6-in hurdle; EC stance at the counter.
            R hemiparesis — poor R LE weight acceptance + delayed postural responses.
            Tinetti balance 10/16; hurdle clears 7 of 10 w/o touch.
            """,
            ["I69.351", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Toggle row "1-on-1 [ON] Group [OFF] Co-treat [OFF]": one-on-one; NMR 20 (bird-dog with rhythmic stabilisation, rocker EC, disc tap-downs; lumbopelvic control; seconds and k of 10) and TE 15 (doses, hip weakness) both match: passes.
        ["v2-h24-toggle-1on1-on"] = new(
            """
            Session toggles:  1-on-1 [ON]   Group [OFF]   Co-treat [OFF]
            NMR 97112 — 20 min | TherEx 97110 — 15 min
            NMR: quadruped → bird-dog w/ rhythmic stabilization; rocker board A/P w/ EC; tap-downs to cones standing on an unstable disc.
             Lumbopelvic postural control deficit w/ L LE motor-recruitment lag (incomplete cauda equina, post-decompression).
             Rocker A/P EC 15 s; disc tap-downs 8/10 w/o LOB.
            TherEx: bridges w/ band 3 × 12; sidelying hip abduction 2 × 15 L; step-ups 6-in 3 × 10 L lead.
             L hip abductor + glute weakness 3+/5.
            """,
            ["G83.4", "M62.81"], [PT("97112", 20), PT("97110", 15)], []),

        // PTA gait flowsheet with Distance / Assist / Gait speed all "(not entered)" and no other number; RW step-through training and a knee-contracture deficit present: only the measure is missing.
        ["v2-h24-gait-fields-not-entered-97116"] = new(
            """
            PTA Gait Flowsheet — Kissimmee
            CPT 97116 | 18 min
            Device ........ RW
            Distance ...... (not entered)
            Assist ........ (not entered)
            Gait speed .... (not entered)
            Narrative: gait training in the hallway w/ the rolling walker on a step-through pattern, heel strike on the R and walker sequencing; R knee flexion contracture limits terminal extension after R TKA.
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 18)], [At(Measure, "97116")]),

        // Studio TE grid with loads, sets and reps, but "Impairments addressed: ☐ strength ☐ mobility ☐ endurance ☐ stability" never ticked and "Goal this block: ______": no region, impairment or goal anywhere: deficit missing.
        ["v2-h24-impairment-boxes-unticked-97110"] = new(
            """
            TherEx flowsheet — Kinetika — Medicare member
            Exercise                  Sets × Reps    Load
            Goblet squat to box       3 × 10         12 kg KB
            Deadbug                   3 × 8 each     —
            Farmer carry              4 × 20 m       2 × 10 kg
            Half-kneel cable press    3 × 10 each    7.5 kg
            Step-up to 12-in box      3 × 8 each     bodyweight
            Impairments addressed:  ☐ strength  ☐ mobility  ☐ endurance  ☐ stability
            Goal this block: ______
            97110 · 25 min
            """,
            ["M81.0"], [PT("97110", 25)], [At(Deficit, "97110")]),

        // Vestibular flowsheet with a "Done (Y/N)" column (one row N), doses in the done rows, "Format: individual — pt + PT only, whole visit"; R hypofunction with oscillopsia; FGA: passes.
        ["v2-h24-vestibular-done-yn-grid"] = new(
            """
            Vestibular Rehab Flowsheet — Tampa — visit 5 (Humana MA)
            Format: individual — pt + PT only, whole visit
            Exercise                   | Done (Y/N) | Dose               | Sx 0–10
            X1 yaw, seated             | N          | —                  | —
            X1 yaw, standing on foam   | Y          | 3 × 60 s @ 2 Hz    | 2
            X1 pitch, tandem stance    | Y          | 2 × 45 s           | 3
            Walk w/ yaw head turns     | Y          | 4 × 60 ft          | 2
            97112: 22 min
            R vestibular hypofunction (post-labyrinthitis) w/ oscillopsia on head turns.
            FGA 22/30 (17/30 at IE).
            """,
            ["H83.01"], [PT("97112", 22)], []),

        // Spanish technique row "PNF: No | Perturbaciones: No | Superficie inestable: No | Vestibular: No", deficit and measure "—", only "ejercicios de equilibrio, toleró bien, continuar plan de cuidado": generic only; 1:1 is ticked.
        ["v2-h24-spanish-tecnicas-all-no-generic"] = new(
            """
            Nota NMR — Kissimmee
            97112 — 20 min — 1:1 ✓
            Técnicas:  PNF: No | Perturbaciones: No | Superficie inestable: No | Vestibular: No
            Déficit: —
            Medida: —
            Comentario: ejercicios de equilibrio, toleró bien, continuar plan de cuidado.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // "Mode of delivery: ◉ Individual ○ Concurrent ○ Group": one-on-one; NMR 22 (backward line walking with head turns, foam perturbations, half-roll marching; reactive control in PD; Tinetti and pull steps) and gait 15 (rollator, distances, CGA) match: passes.
        ["v2-h24-radio-filled-individual"] = new(
            """
            Mode of delivery:  ◉ Individual  ○ Concurrent  ○ Group
            97112 NMR 22 min · 97116 Gait 15 min
            NMR: backward walking along a taped line w/ head turns; lateral weight shifts on a foam pad w/ PT perturbations; standing marches on a half foam roll.
             ↓ reactive postural control w/ posterior LOB (PD, 3 falls this yr).
             Backward pull: 3 steps to recover; Tinetti POMA 19/28.
            Gait: 2 × 250 ft in the corridor + 2 doorway turns w/ rollator, CGA; cues for heel-first contact and bigger steps through turns.
            """,
            ["G20.A1", "R29.6"], [PT("97112", 22), PT("97116", 15)], []),

        // OT task grid with Assist / Cues / Trials filled in (reaching for the cafetera, carrying a tray, standing at the counter); grip weakness after a radius fracture and a cafecito goal: 97530 passes.
        ["v2-h24-ot-task-grid-filled"] = new(
            """
            OT — Hialeah — Ther Activity 97530 — 25 min
            Task                                  | Assist | Cues       | Trials
            Reach to upper cabinet for the cafetera | SBA    | 2 verbal   | 4
            Carry tray w/ 2 tazas 15 ft           | CGA    | 1 tactile  | 3
            Stand at counter to brew the café     | SBA    | none       | 1
            Deficit: R hand grip weakness + ↓ standing tolerance after R distal radius fx (ORIF wk 10).
            Goal: make her own cafecito and carry it to the Florida room without spilling.
            """,
            ["S52.531D"], [OT("97530", 25)], []),

        // Studio visit card "Session: ☑ Private ☐ Duet ☐ Group": one-on-one; spine-corrector leg circles into Bosu arabesque reach, release from a held lean; reactive stepping and hip strategy; Push & Release and seconds: passes.
        ["v2-h24-studio-card-private-ticked"] = new(
            """
            Kinetika — visit card
            Membership:  ☐ Drop-in   ☐ 10-pack   ☑ Medicare PT visit (Part B)
            Session:     ☑ Private   ☐ Duet      ☐ Group
            97112 — 23 min
            Spine-corrector side-lying leg circles → standing arabesque reach on the Bosu (dome down); PT releasing her from a held lean forward/back/sideways.
            Deficit: ↓ reactive stepping + hip strategy (fear of falling after a curb trip).
            Push & Release score 1; SL stance on Bosu 6 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // Gyrotonic pulley-tower series (arch & curl, hip opening, rowing with pulley weight) with sets and reps; T-spine extension limits and a pantry-shelf goal: 97110 passes.
        ["v3-h24-gyrotonic-pulley-tower-97110"] = new(
            """
            Kinetika — Gyrotonic® pulley tower — Medicare member (Part B)
            97110 · 25 min
            Arch & curl series on the bench 2 × 8; hip-opening series in the straps 2 × 6 each leg; rowing series w/ 10-lb pulley weight 2 × 8; standing "swimming" arm spirals 2 × 6.
            T-spine extension/rotation limits w/ flexed posture (osteopenia); goal: reach the top shelf of the pantry without pain.
            """,
            ["M40.204"], [PT("97110", 25)], []),

        // Essentrics-style eccentric sequence (ribcage shifts, chandelier arm circles, pliés with sweeps, windmill reach) with sets; L adhesive capsulitis with degrees and a hair-washing goal: 97110 passes.
        ["v3-h24-essentrics-frozen-shoulder-97110"] = new(
            """
            Studio PT — Essentrics-style eccentric sequence — 97110 · 20 min
            Ribcage shifts w/ arms at shoulder height 2 × 10; "chandelier" overhead arm circles 2 × 12; wall-assisted pliés w/ arm sweeps 2 × 10; standing windmill reach 2 × 8 each side.
            L adhesive capsulitis (stage 2): flexion 128°, ER 32°; goal: fasten her bra and wash her hair with both hands.
            """,
            ["M75.02"], [PT("97110", 20)], []),

        // Danzón step training (cuadro, paseo with pauses, led under-arm turns), "1:1 w/ PT (solo ella y yo en el salón)"; step initiation and turning control in PD; dual-task 10-m walk and turn steps: passes.
        ["v3-h24-danzon-step-training-97112"] = new(
            """
            Hialeah Neuro — PD — 97112 — 24 min — 1:1 w/ PT (solo ella y yo en el salón)
            Danzón-based step training to recorded danzón: box step (cuadro) forward/back, paseo walking w/ pauses on the musical cue, under-arm turns w/ PT leading; big arm lines on each step.
            ↓ step initiation + dynamic postural control in turns (PD); freezing when turning.
            10-m walk 9.8 s, with serial 3s 14.0 s; 360° turn L 7 steps (10 at IE).
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // Hornby-style high-intensity locomotor training (treadmill to 70–80 % HRR, fast overground bouts, stairs); slow post-stroke gait with a bus-stop goal; 10MWT and CGA: 97116 passes.
        ["v3-h24-high-intensity-locomotor-97116"] = new(
            """
            Neuro PT — San Antonio — high-intensity locomotor training (Hornby-style)
            97116 — 30 min
            Treadmill walking w/ harness (no BWS) at a speed keeping HR at 70–80% HRR; fast overground walking 3 × 150 ft; stair climbing 2 flights w/ rail; speed bursts w/ abrupt stops.
            Post-stroke R hemiparesis — slow gait speed + poor walking endurance; goal: walk to the bus stop on Zarzamora St.
            10MWT comfortable 0.58 m/s (0.44 at IE); CGA on stairs.
            """,
            ["I69.351"], [PT("97116", 30)], []),

        // Animal Flow ground transitions (beast → crab reach, kick-through, beast to stand) with sets and reps; a get-up-off-the-floor goal and load tolerance: 97530 passes.
        ["v3-h24-animal-flow-floor-transitions-97530"] = new(
            """
            Kinetika — Part B member — 97530 · 22 min
            Animal Flow ground transitions: beast hold → crab reach 3 × 5 each side; side kick-through 2 × 6; beast → half-kneel → stand 5 reps using the ladder barrel for hand support.
            Goal: get down to and up off the floor to play with the grandkids (now needs a chair to get up); B hip/shoulder load tolerance ↓.
            """,
            ["M62.81"], [PT("97530", 22)], []),

        // Kettlebell get-ups, windmills, suitcase carries and sandbag throws with loads and reps, and "Member crushed it today — see you Thursday!": no region, impairment or goal: deficit missing.
        ["v3-h24-kettlebell-getup-no-target-97530"] = new(
            """
            Kinetika — Medicare member — 97530 — 20 min
            Turkish get-up w/ 6-kg KB, 3 each side; half-kneel windmill 2 × 5 each; suitcase carry 16 kg, 4 laps of 20 m; sandbag over-the-box throws 2 × 6.
            Member crushed it today — see you Thursday!
            """,
            ["M62.81"], [PT("97530", 20)], [At(Deficit, "97530")]),

        // Barre balance sequence (relevé holds with support withdrawn, passé with head turns, tendu with port de bras, EC first position), "private, PT + member only on the floor"; ankle proprioception and weight-shift control; no number ("'23" is a year): measure missing.
        ["v3-h24-barre-balance-no-number-97112"] = new(
            """
            Kinetika — Part B member — 97112 — 25 min — private, PT + member only on the floor
            Barre balance sequence: relevé holds at the barre w/ one-hand → fingertip → no-hand support; passé balance w/ slow head turns; tendu front/side/back w/ port de bras to shift her COM; EC stance in first position.
            Targets: ↓ ankle proprioception + lateral weight-shift control since her L ankle fx (ORIF '23).
            Member says she feels "lighter on her feet" — progressing.
            """,
            ["S82.852D", "R26.81"], [PT("97112", 25)], [At(Measure, "97112")]),

        // FAKTR (IASTM along the common extensor origin during resisted wrist extension) and a lateral-glide MWM with passes, reps and grip kg; R lateral elbow: 97140 passes.
        ["v3-h24-faktr-lateral-elbow-97140"] = new(
            """
            Ortho satellite (Dr. Castellanos's office) — R lateral epicondylalgia — 97140 · 15 min
            FAKTR: IASTM edge along the common extensor origin during resisted wrist extension and gripping, 3 passes × 90 s; Mulligan lateral-glide MWM w/ pain-free grip, 3 × 10.
            R ECRB tendinopathy — pain-free grip 18 kg R vs 31 kg L; tender 2 cm distal to the lateral epicondyle.
            """,
            ["M77.11"], [PT("97140", 15)], []),

        // McKenzie REIL with overpressure, REIS at the counter, prone on elbows with sets, reps and holds; L4–5 derangement centralising: 97110 passes.
        ["v3-h24-mckenzie-reil-reis-97110"] = new(
            """
            Kissimmee — PT — 97110 — 18 min
            McKenzie: REIL (repeated extension in lying) 3 × 10 w/ overpressure at end range; REIS (in standing) 2 × 10 at the counter; prone on elbows 3 × 60 s.
            L4–5 derangement w/ L buttock/thigh sx — centralized to the low back after the 2nd set; lumbar extension loss moderate → minimal.
            """,
            ["M51.16"], [PT("97110", 18)], []),

        // A Lempert roll (95992, with its minutes) for geotropic HC-BPPV, then a 97112 "PT w/ pt only, no one else in the room" with foam EC head turns, quick turns, X1; residual vestibulospinal instability; mCTSIB and FGA; each minute matches: passes.
        ["v3-h24-lempert-roll-then-97112"] = new(
            """
            Tampa Vestibular — R HC-BPPV (geotropic) + residual imbalance
            95992 CRP — 10 min: Lempert (BBQ) 360° roll toward the unaffected L side, 2 cycles; supine roll test afterwards — no nystagmus.
            97112 — 18 min — PT w/ pt only, no one else in the room: EC stance on foam w/ slow yaw head turns; walking w/ quick 90° turns on cue; X1 yaw standing 2 × 60 s.
            Residual vestibulospinal postural instability after BPPV.
            mCTSIB foam EC 16 s (7 s at IE); FGA 23/30.
            """,
            ["H81.11"], [PT("95992", 10), PT("97112", 18)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // Findings as the deficit: R-beating nystagmus under Frenzel goggles and a 38 % L caloric weakness (L UVH); "exclusive 1:1 (no other pts booked with me this hour)"; X1 on foam, letter-target head-turn walking, over-shoulder ball toss; DGI: passes.
        ["v4-h24-frenzel-caloric-weakness"] = new(
            """
            Tampa Vestibular — VRT #3 — 97112 — 20 min — exclusive 1:1 (no other pts booked with me this hour)
            Findings: R-beating nystagmus w/ fixation removed (Frenzel goggles); L caloric weakness 38% on VNG; gaze instability on L head turns → L UVH.
            Treatment: X1 yaw on foam 2 × 60 s; head-turn walking on the track w/ letter targets; ball toss over the L shoulder while marching.
            DGI 19/24 (15/24 at IE).
            """,
            ["H81.22"], [PT("97112", 20)], []),

        // Cerebellar findings as the deficit (past-pointing, dysmetria, heel-shin ataxia, wide-based gait); "PT + pt only in the neuro gym"; cuffed heel placement with mirror, tape tandem, quadruped rhythmic stabilisation; BARS and tandem steps: passes.
        ["v4-h24-past-pointing-heel-shin-ataxia"] = new(
            """
            San Antonio Neuro — L cerebellar stroke (PICA) — 97112 — 25 min — PT + pt only in the neuro gym
            Findings: past-pointing + dysmetria L finger-to-nose; L heel-shin ataxia; wide-based, staggering gait.
            Tx: heel placement onto floor dots w/ 1-lb ankle cuff L and mirror feedback; tandem along tape w/ light touch; quadruped contralateral arm/leg lifts w/ rhythmic stabilization.
            Brief Ataxia Rating Scale 12/30 (15/30 at IE); tandem 6 consecutive steps.
            """,
            ["I69.393"], [PT("97112", 25)], []),

        // MS findings as the deficit (sustained ankle clonus, extensor tone, late-day toe catch, Uhthoff's phenomenon, knee-control loss); "seen 1:1"; wedge stretch into rhythmic initiation, tactile-cued step-ups; T25FW and toe catches: passes.
        ["v4-h24-clonus-uhthoff-ms"] = new(
            """
            Neuro PT — MS (relapsing, EDSS 4.0) — 97112 — 22 min — seen 1:1
            Findings: sustained clonus R ankle (5 beats), ↑ R LE extensor tone w/ poor R knee motor control (snaps back in stance), R toe catching late in the day; heat worsens sx (Uhthoff's phenomenon).
            Tx: prolonged weight-bearing stretch on a wedge → rhythmic initiation into R step-through; on/off a 4-in step w/ tactile cues to R glute/hamstring for knee control; cooling vest on.
            T25FW 9.4 s (11.2 s last month); R toe catches 1/20 steps.
            """,
            ["R26.89", "R25.8"], [PT("97112", 22)], []),

        // Mal de débarquement after a cruise as the deficit (persistent rocking perception, sway on compliant surfaces); "the only pt in the vestibular suite; PT at her side for all of it"; OKN readaptation with head roll; mCTSIB: passes.
        ["v4-h24-mal-de-debarquement-cruise"] = new(
            """
            Tampa Vestibular — MdDS after a 7-night cruise out of Port Canaveral (rocking since disembarking; better while driving)
            97112 — 25 min — the only pt in the vestibular suite; PT at her side for all of it.
            OKN readaptation (Dai protocol-style): full-field moving stripes while the PT rolls her head at her rocking frequency; standing on foam w/ EC; walking w/ abrupt stops.
            Persistent rocking/swaying perception w/ ↑ sway on compliant surfaces (vestibular).
            mCTSIB foam EC 18 s (9 s at IE).
            """,
            ["H81.8X3"], [PT("97112", 25)], []),

        // Positive Thomas and Ober tests with degrees as the deficit, R lateral hip pain walking the seawall; stretches and strengthening with holds, bands and reps: 97110 passes.
        ["v4-h24-thomas-ober-97110"] = new(
            """
            Corpus Christi ortho — 97110 — 23 min
            + Thomas test R (hip 10° short of neutral); + Ober's R; R lateral hip pain w/ long walks on the Bayfront seawall.
            Half-kneel hip flexor stretch w/ posterior tilt 3 × 45 s R; sidelying TFL/ITB stretch off the table edge 3 × 45 s; clamshells w/ green band 3 × 15; lateral step-downs 6-in 3 × 10 R.
            """,
            ["M70.61"], [PT("97110", 23)], []),

        // Medial scapular winging on wall push-up and serratus 3/5 as the deficit; serratus punches, wall slides, push-up plus, scapular clocks with loads and reps: 97110 passes.
        ["v4-h24-scapular-winging-97110"] = new(
            """
            Ortho satellite — R long thoracic nerve palsy (carried a heavy cooler on a fishing trip) — 97110 — 20 min
            Medial border winging R on wall push-up and on lowering from flexion; serratus anterior 3/5.
            Serratus punches supine w/ 3-lb DB 3 × 12; wall slides w/ foam roller 3 × 10; quadruped push-up plus 2 × 10; scapular clocks 2 × 8.
            """,
            ["G56.81"], [PT("97110", 20)], []),

        // "Déficits / impairments: ninguno hoy (none today)" and no system, region or goal elsewhere; 1:1, foam-beam step-overs, stride-stance perturbations, backward line walking, TUG and tandem present: only the deficit is missing.
        ["v4-h24-97112-deficits-ninguno-hoy"] = new(
            """
            Harlingen — NMR 97112 — 23 min — 1:1
            Déficits / impairments: ninguno hoy (none today)
            Done: forward/lateral step-overs on the foam beam; PT perturbations at the shoulders in stride stance; backward walking on the tape line.
            TUG 11.3 s; tandem 10 steps w/o step-off.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // OT 97530 transfer, sit-to-stand and shelf-reach tasks with assist levels and reps, but "Impairments: WNL" and "Goal addressed: see POC": no region, impairment or goal in the note: deficit missing.
        ["v4-h24-97530-impairments-wnl-see-poc"] = new(
            """
            OT — Kissimmee — 97530 · 24 min
            Stand-pivot w/c ↔ mat × 6, min A → CGA; sit ↔ stand from 17-in and 20-in surfaces × 10; reaching to a shelf at eye level in standing × 8 w/ SBA.
            Impairments: WNL
            Goal addressed: see POC
            """,
            ["M62.81"], [OT("97530", 24)], [At(Deficit, "97530")]),

        // Bilingual PTA gait note: "Marcha con andadera (RW) … 2 × 150 ft, rampa … SBA", "Pt contenta, sin quejas" — no deviation, region or goal: deficit missing.
        ["v4-h24-pta-marcha-no-target-97116"] = new(
            """
            PTA — Harlingen — Marcha / gait 97116 — 20 min
            Marcha con andadera (RW) en el pasillo 2 × 150 ft; rampa del estacionamiento arriba/abajo × 2; SBA.
            Pt contenta, sin quejas.
            """,
            ["R26.89"], [PTA("97116", 20)], [At(Deficit, "97116")]),

        // OT 97112, "OT one-on-one throughout": neglect on line bisection and Albert's test with sitting postural-control loss as the deficit; anchoring and lighthouse scanning, cross-midline reach with trunk cue, buzzer placement; omissions and sitting seconds: passes.
        ["v4-h24-ot-neglect-line-bisection"] = new(
            """
            OT Neuro — San Antonio — 97112 — 22 min — OT one-on-one throughout
            L hemispatial neglect (line bisection deviates 2.4 cm R; omits the L side on Albert's test) + sitting postural control loss to the L (leans L, loses midline when reaching).
            Tx: visual scanning w/ a red anchor strip on the L margin + "lighthouse" head turns; reach across midline to L targets in unsupported sitting w/ tactile cue at the L trunk; L hand placed on a vibrating buzzer during table tasks.
            Albert's test omissions 6/40 (14/40 at IE); sits unsupported 45 s w/o L lean.
            """,
            ["I69.354", "R41.4"], [OT("97112", 22)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Senior Fitness Test (30-s arm curl reps, back-scratch cm) as the measure; band rows, curls and presses, farmer holds; R shoulder weakness after cuff repair and a carry-on goal: 97110 passes.
        ["v5-h24-senior-fitness-arm-curl-97110"] = new(
            """
            Kinetika — Medicare member — 97110 · 20 min
            Band rows, biceps curls and overhead press w/ light DBs; farmer holds; wall push-ups.
            R > L UE weakness after R rotator-cuff repair (1 yr); goal: lift her carry-on into the overhead bin.
            Senior Fitness Test: 30-s arm curl 13 reps w/ 5-lb DB (9 at intake); back scratch R −14 cm / L −6 cm.
            """,
            ["M75.81"], [PT("97110", 20)], []),

        // Sitting-rising test score and SBA as the measure; backward-chained floor transfers via half-kneel and side-sit; a get-up-after-gardening goal: 97530 passes.
        ["v5-h24-sitting-rising-test-97530"] = new(
            """
            Kinetika — Medicare member — floor transfers — 97530 · 23 min
            Half-kneel → tall-kneel → stand using a bench (backward-chained); side-sit to quadruped; getting down onto / up from the mat w/ one hand.
            Goal: get up from the ground on her own after gardening (fell in the flower bed in Jan and couldn't get up).
            Sitting-rising test 5.5/10 (3/10 at intake); floor-to-stand w/ bench SBA.
            """,
            ["R29.6", "M62.81"], [PT("97530", 23)], []),

        // Dual-task 10-m walk (single vs naming Florida cities, dual-task cost %) as the measure; "1:1, PT only w/ pt"; dual-task stepping and tile sorting on foam; divided-attention postural control in MCI: passes.
        ["v5-h24-dual-task-walk-cost-97112"] = new(
            """
            The Villages site — 97112 — 22 min — 1:1, PT only w/ pt
            Dual-task stepping: walking w/ serial 7s and category naming (Florida cities); stepping over cones while counting backward; foam-pad weight shifts while sorting mahjong tiles by suit.
            ↓ divided-attention postural control (MCI; falls while talking).
            10-m walk 9.1 s single-task vs 13.4 s naming cities (dual-task cost 47%).
            """,
            ["R26.81", "G31.84"], [PT("97112", 22)], []),

        // Humana MA header (auth number, "visit 6 of 12", copay) and "Next appt 3/11 @ 10:15" are the only numbers besides the minutes; 1:1, stepping-strategy drills, Airex EC, somatosensory deficit present: measure missing.
        ["v5-h24-ma-auth-numbers-only"] = new(
            """
            Humana Gold Plus — Auth #A22-889104 — visit 6 of 12 — copay $25
            97112 NMR — 23 min — seen 1:1
            Stepping-strategy drills to PT pushes in all directions; standing on the Airex w/ EC and head nods; tandem walking along the parallel bars.
            Targets ↓ somatosensory input B feet (neuropathy) + delayed stepping responses.
            Steadier on the foam today. Next appt 3/11 @ 10:15.
            """,
            ["E11.42"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Bilingual PTA TE: exercises named (sit-to-stand/sentadillas, bridges/puente, step-ups, heel raises), quad/glute weakness and a stairs goal, but no sets, reps, load or number — only "me siento más fuerte": measure missing.
        ["v5-h24-spanish-te-no-dose"] = new(
            """
            Kissimmee — PTA — TE 97110 — 20 min
            Ejercicios / exercises: sit-to-stand from a chair (sentadillas a la silla), bridges (puente), step-ups onto the bottom stair, heel raises at the counter.
            Debilidad de cuádriceps y glúteos B por artrosis de rodillas (B knee OA) — goal: climb the stairs to her upstairs apartment.
            Pt refiere: "me siento más fuerte." Continuar.
            """,
            ["M17.0"], [PTA("97110", 20)], [At(Measure, "97110")]),

        // Moberg pick-up test in seconds EO/EC as the measure; buttoning, coins, watch band, occluded screw sorting; median sensory loss after CTR with a pill-organizer goal: OT 97530 passes.
        ["v5-h24-moberg-pickup-ot-97530"] = new(
            """
            OT Hand — Corpus Christi — 97530 · 20 min
            Buttoning a shirt on a board; picking coins from a change purse; fastening a watch band; sorting screws by size w/ vision occluded.
            R median sensory loss after CTR (index and middle fingertips) — drops small objects; goal: take her own pills from the organizer.
            Moberg pick-up test R 41 s EO / 68 s EC (L 19 s / 24 s).
            """,
            ["G56.01"], [OT("97530", 20)], []),

        // Gait speed in ft/s with SBA on curbs as the measure; SPC on the clinic loop and curbs with cues; L foot drop from L5 radiculopathy with a seawall goal: 97116 passes.
        ["v5-h24-gait-speed-ft-per-s-97116"] = new(
            """
            Corpus Christi — 97116 — 25 min
            Gait training: SPC in the R hand on the clinic loop and the parking-lot curb, 3 × 300 ft; cues for L heel strike and upright trunk.
            L foot drop (L5 radiculopathy) w/ steppage; goal: walk the Bayfront seawall w/ her husband.
            Comfortable gait speed 2.4 ft/s (1.9 ft/s at SOC); SBA on curbs.
            """,
            ["M54.16", "M21.372"], [PT("97116", 25)], []),

        // Goniometry before and after mobilisation (flexion 92° → 101°) as the measure; tibiofemoral glides gr III, patellar glides, STM and scar work; L knee stiffness after TKA: 97140 passes.
        ["v5-h24-goniometry-pre-post-97140"] = new(
            """
            Ortho satellite — L TKA POD 24 — 97140 · 12 min
            Tibiofemoral AP glides gr III at end-range flexion; patellar inferior glides; STM to the distal quad and the scar-adjacent tissue (incision healed, staples out POD 14).
            L knee flexion stiffness — AAROM flexion 92° → 101° after mobs; extension −4°.
            """,
            ["Z96.652", "M25.662"], [PT("97140", 12)], []),

        // Golf-cart entry, pickleball-bag lift and curb step-up tasks with a hip OA deficit and a league goal, but no assistance level, count or other number ("Did better than Tuesday"): measure missing.
        ["v5-h24-golf-cart-tasks-no-number-97530"] = new(
            """
            The Villages — PT — 97530 — 25 min
            Practiced getting in/out of the golf cart from the driver's side, lifting the pickleball bag into the back basket and stepping up the curb at the rec center; worked on turning to back up to the seat.
            R hip OA — pain w/ weight bearing and turning; goal: drive her cart to Lake Sumter Landing for the Thursday pickleball league.
            Did better than Tuesday.
            """,
            ["M16.11"], [PT("97530", 25)], [At(Measure, "97530")]),

        // 128-Hz tuning fork seconds and timed tandem stance EO/EC as the measure; "sesión 1:1 (PT and pt alone)"; blanket → foam EC stance, tape heel-toe with touch withdrawn, great-toe position matching; plantar somatosensory loss: passes.
        ["v5-h24-tuning-fork-tandem-seconds-97112"] = new(
            """
            Harlingen — NMR 97112 — 20 min — sesión 1:1 (PT and pt alone)
            Standing on a folded blanket, then a foam pad, w/ EC; heel-to-toe on a tape line w/ PT light touch → no touch; position matching — pt names the position of her big toe with eyes closed while standing.
            ↓ somatosensory/proprioceptive input B feet (diabetic neuropathy) → visual dependence.
            Tandem stance EO 30 s / EC 6 s; vibration (128-Hz fork) absent at B halluces, 4 s at the medial malleoli.
            """,
            ["E11.42"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // "Reeducación neuromuscular (97112): 23 minutos" and "Entrenamiento de marcha (97116): 15 minutos" both match; "individual, PT con el paciente todo el tiempo"; rocker EC, floor-clock stepping, pelvic perturbations; Berg; cane gait with distances and CGA → SBA: passes.
        ["v6-h24-spanish-minutos-two-codes"] = new(
            """
            Harlingen — Nota diaria
            Reeducación neuromuscular (97112): 23 minutos — individual, PT con el paciente todo el tiempo.
              Rocker board A/P & M/L w/ EC; stepping to numbers on a floor clock; pelvic perturbations in narrow stance.
              ↓ postural control / ankle strategy (3 caídas este año; neuropatía).
              Berg 42/56 (37/56 at IE).
            Entrenamiento de marcha (97116): 15 minutos
              Cane in the R hand, 3 × 200 ft on tile and on the grass strip by the parking lot, CGA → SBA; cues for L step length.
            """,
            ["E11.42", "R26.81"], [PT("97112", 23), PT("97116", 15)], []),

        // "TTT 38 (97110 = 23, 97140 = 15)" gives both codes' minutes, both match; pulley/wand/sidelying ER/wall walks with doses; GH glides gr III with bouts; shoulder degrees and a hair goal: passes.
        ["v6-h24-ttt-breakdown"] = new(
            """
            Corpus Christi ortho — R shoulder stiffness after proximal humerus fx (ORIF 10 wk)
            TTT 38 (97110 = 23, 97140 = 15)
            97110: pulley flexion 3 × 15; supine wand ER 3 × 12; sidelying ER w/ 1-lb DB 3 × 10; wall walks 2 × 10.
            97140: GH posterior + inferior glides gr III, 4 bouts × 30 s; STM to infraspinatus/teres minor.
            R shoulder flexion 118°, ER 28° — goal: comb her hair.
            """,
            ["S42.201D"], [PT("97110", 23), PT("97140", 15)], []),

        // Superbill table "CPT | Desc | Units | Min" (97112 24, 97530 14) both match; "(1:1, PT only w/ pt)"; PNF chops/lifts, tapping, cued stepping; hip recruitment; SLS and % BW; car transfers and basket carry with CGA and a church goal: passes.
        ["v6-h24-superbill-units-and-minutes"] = new(
            """
            Superbill — Gulfstream Rehab (San Antonio Neuro) — Aetna MA
            CPT    | Desc              | Units | Min
            97112  | Neuro re-ed       | 2     | 24
            97530  | Ther activities   | 1     | 14
            Neuro re-ed (1:1, PT only w/ pt): PNF chops/lifts in half-kneel; weight shift onto R w/ tapping over the glute med; reactive stepping to cued directions.
             R hemiparesis — ↓ R hip motor recruitment / stance control.
             R SLS 6 s; weight on R (scales) 42% → 48% BW.
            Ther activities: car-transfer practice into a simulated sedan × 5, CGA; laundry basket carry 20 ft × 3 (5 lb); goal: get in/out of her son's car for church.
            """,
            ["I69.351"], [PT("97112", 24), PT("97530", 14)], []),

        // A single 97110 with "Tiempo de tratamiento: 30 minutos" against a line of 20: the one timed code owns the uncoded minutes, a mismatch; the content is complete.
        ["v6-h24-tiempo-30-minutos-vs-20"] = new(
            """
            Kissimmee — TE 97110
            Tiempo de tratamiento: 30 minutos
            Seated knee extension w/ 3-lb cuff 3 × 12 B; mini-squats at the counter 3 × 10; step-ups 4-in 2 × 10 B; standing hip abduction 2 × 12 B.
            B knee OA w/ quad weakness (4−/5); goal: get up from the low sofa and walk to the mailbox.
            """,
            ["M17.0"], [PT("97110", 20)], [At(Mismatch, "97110")]),

        // "NMR 97112 22 min · Gait 97116 25 min" against lines of 22 and 15: the gait minutes differ by 10; one-on-one and both sections complete.
        ["v6-h24-gait-minutes-off"] = new(
            """
            Neuro PT — incomplete SCI — NMR 97112 22 min · Gait 97116 25 min — PT & pt only in the gym, 1:1
            NMR: quadruped rhythmic stabilization; tall-kneel → half-kneel transitions w/ perturbations; standing weight shifts w/ mirror feedback.
             ↓ trunk/LE motor recruitment + postural control (T11 AIS D).
             Half-kneel hold 20 s w/o UE; LEMS 38/50.
            Gait: Lofstrand crutches, 4-point, 2 × 120 ft, CGA; cues for hip extension in stance.
            """,
            ["G82.22"], [PT("97112", 22), PT("97116", 15)], [At(Mismatch, "97116")]),

        // "Tx 38 min total (NMR + gait)" and no minutes for either code: separate time missing; "individual session, PT with pt only" and both sections complete.
        ["v6-h24-total-only-nmr-gait"] = new(
            """
            Tampa Vestibular — Tx 38 min total (NMR + gait) — individual session, PT with pt only
            NMR: X1 yaw on foam 3 × 60 s; EC stance on foam w/ head nods; ball toss during tandem stance.
             L vestibular hypofunction w/ ↑ sway on compliant surfaces.
             FGA 21/30.
            Gait: community-distance walking w/ head turns and quick stops, 3 × 300 ft, SBA; pivots around cones.
            """,
            ["H81.22"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // Clock ranges with a/p suffixes per code ("9:05a–9:28a TherEx 97110", "9:28a–9:40a Manual 97140") give 23 and 12, both matching; TKA exercises with doses, mobs with grades and bouts; knee degrees and a tub goal: passes.
        ["v6-h24-ampm-clock-ranges"] = new(
            """
            Ortho satellite — L knee (TKA wk 5)
            9:05a–9:28a  TherEx 97110: recumbent bike, seat 7, for ROM rocking; heel slides w/ strap 3 × 15; quad sets 3 × 10 w/ 5-s holds; SAQ w/ 2-lb 3 × 12.
            9:28a–9:40a  Manual 97140: patellar mobs sup/inf gr II–III; tibiofemoral flexion glides gr III, 3 bouts × 30 s; STM to the quad.
            L knee flexion 98°, extension lag 8° — goal: step over the tub edge.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 23), PT("97140", 12)], []),

        // PT/OT co-treat on one code: "PT 97530 — 18 min" matches the PT line, "OT 97530 — 20 min" against an OT line of 30 differs by 10: one mismatch, on the OT's 97530.
        ["v6-h24-cotreat-97530-ot-off"] = new(
            """
            PT/OT co-treat — Hialeah — 97530 both disciplines
            PT 97530 — 18 min: floor-to-stand via half-kneel w/ a bench, min A → CGA × 3; carrying a laundry basket (6 lb) 25 ft × 2.
            OT 97530 — 20 min: shower-chair transfer in the ADL bathroom, CGA × 2; LB dressing in standing w/ reacher, SBA; goal: bathe and dress w/o her daughter.
            Pt deconditioned after a 3-wk admission (pneumonia) — B LE weakness, ↓ standing tolerance.
            """,
            ["M62.81", "J18.9"], [PT("97530", 18), OT("97530", 30)], [At(Mismatch, "97530")]),

        // Attended ultrasound "US 97035 · 8 min" and "Manual 97140 · 15 min" give each timed code its minutes, both match; friction massage and GH glides with doses; calcific supraspinatus with a painful arc and a seatbelt goal: passes.
        ["v6-h24-us-97035-and-manual"] = new(
            """
            Ortho satellite — R shoulder calcific tendinitis (supraspinatus)
            US 97035 · 8 min: 1 MHz, 1.2 W/cm², continuous, over the R supraspinatus insertion w/ the arm in extension/IR.
            Manual 97140 · 15 min: transverse friction massage to the R supraspinatus tendon 3 × 90 s; GH inferior glides gr III, 3 bouts × 30 s.
            R shoulder pain w/ elevation, painful arc 70–120°; goal: reach back for the seatbelt.
            """,
            ["M75.31"], [PT("97035", 8), PT("97140", 15)], []),

        // "97110 — 20 min" but the manual section (suboccipital release, STM, C5–6 PAs) has no minutes or code: separate time missing; both sections complete.
        ["v6-h24-minutes-for-one-of-two"] = new(
            """
            Kissimmee — PT — cervical
            97110 — 20 min: chin tucks supine 3 × 10 w/ 5-s hold; prone Ts and Ys 2 × 10; band rows 3 × 12 green; wall angels 2 × 10.
            Manual: suboccipital release; STM to R upper trap/levator; C5–6 R unilateral PAs gr III, 3 bouts.
            Cervicalgia w/ R C6 radicular sx; rotation R 50°.
            """,
            ["M54.12", "M54.2"], [PT("97110", 20), PT("97140", 10)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a 97110 + 97140 + G0283 visit: DOC_NOTE_MISSING on the two profiled lines, none on G0283; the diagnosis is present.
        ["v7-h24-empty-te-mt-estim"] = new(
            "",
            ["M17.11"], [PT("97110", 20), PT("97140", 10), PT("G0283", 15)],
            [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Empty note on a PT 97112 + OT 97530 co-treat sent with no diagnosis: DOC_NOTE_MISSING on both lines and the diagnosis finding.
        ["v7-h24-empty-cotreat-no-dx"] = new(
            "",
            [], [PT("97112", 20), OT("97530", 20)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97530"), Dx]),

        // A note of a space and a tab is empty once the cell is trimmed: DOC_NOTE_MISSING on the PTA's 97116 only.
        ["v7-h24-space-tab-note-97116"] = new(
            " \t ",
            ["R26.89"], [PTA("97116", 18)],
            [At(NoteMissing, "97116")]),

        // 97530: pool-ladder simulation and beach-chair carry in the sand box are the activities, the Crandon Park goal is the only target, CGA/SBA the only measure: passes.
        ["v7-h24-97530-goal-and-assist-only"] = new(
            """
            OT — Hialeah — 97530 · 22 min
            Practiced stepping down into and up out of the condo pool by its ladder (dry-land simulation w/ a step box and rail), then carrying a folded beach chair across the clinic's sand box to the chair rack.
            Goal: go to the beach at Crandon Park w/ her sisters on Sundays.
            CGA on the steps, SBA in the sand.
            """,
            ["M62.81"], [OT("97530", 22)], []),

        // 97140: pin-and-stretch, post-isometric relaxation and a sciatic slider are the techniques, holds/reps and hip IR degrees the parameters, R piriformis/deep gluteal the region: passes.
        ["v7-h24-97140-pin-and-stretch"] = new(
            """
            Corpus Christi — 97140 · 14 min
            Pin-and-stretch to the R piriformis/deep rotators in prone, 4 × 45 s; post-isometric relaxation into hip IR, 3 × 5 contractions; sciatic nerve slider in supine 2 × 10.
            R deep gluteal pain w/ sitting in the truck; hip IR 18°.
            """,
            ["G57.01"], [PT("97140", 14)], []),

        // 97116 with a quad cane, deviations worked on, circumduction and a mailbox goal, but no distance, assistance level or other number: measure missing.
        ["v7-h24-97116-no-number"] = new(
            """
            PT — 97116 — 20 min
            Gait training w/ a quad cane in the L hand on the clinic loop and the outside sidewalk; worked on R heel strike, R knee flexion in swing and equal step length.
            R hemiparetic gait w/ circumduction (old L MCA stroke); goal: walk to the mailbox at the end of the drive.
            """,
            ["I69.351"], [PT("97116", 20)], [At(Measure, "97116")]),

        // Wholly generic 97110 ("Therapeutic exercises performed as instructed … tolerated treatment well … continue per POC"): no exercise, target or number.
        ["v7-h24-97110-wholly-generic"] = new(
            "Therapeutic exercises performed as instructed. Pt tolerated treatment well without c/o. Will continue per POC and progress as able.",
            ["M62.81"], [PT("97110", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Wholly generic studio 97112 ("Balance training & coordination exercises … Member did great!! Continue POC"): no technique, deficit, number or one-on-one statement.
        ["v7-h24-97112-generic-studio"] = new(
            """
            Kinetika — 97112 — 20 min
            Balance training & coordination exercises this session. Member did great!! Continue POC.
            """,
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // 97140 with grade, bouts, strokes and reps but no body region, impairment or goal ("Pt happy with session"): deficit missing.
        ["v7-h24-97140-no-region"] = new(
            """
            Manual 97140 — 12 min
            Gr III PA glides × 3 bouts of 30 oscillations; STM w/ cross-fiber strokes; MET contract-relax × 5.
            Pt happy with session.
            """,
            ["M54.50"], [PT("97140", 12)], [At(Deficit, "97140")]),

        // 97110: machine and sled exercises with loads are the technique and parameter, walking 18 holes is the only target (a functional goal): passes.
        ["v7-h24-97110-load-and-goal-only"] = new(
            """
            PT — The Villages — 97110 · 18 min
            Leg press 3 × 10 @ 60 lb; seated hamstring curl 3 × 12 @ 25 lb; standing calf raises 3 × 15 off a step; sled push 4 × 40 ft.
            Goal: walk all 18 holes on the executive course again (now rides the cart after 9).
            """,
            ["M62.81", "R53.81"], [PT("97110", 18)], []),

        // ---------------------------------------------------------------- ordinary notes

        // RGV MA knee OA: TE 25 (TKE, step-ups, wall sits, band walks with doses) and manual 10 (AP glides with bouts, patellar mobs, STM), quad weakness, flexion and a pickup goal; patient quoted in Spanish: passes.
        ["vord-h24-rgv-knee-oa-te-mt"] = new(
            """
            Gulfstream Rehab — Harlingen — Daily Note — BCBS TX Medicare Advantage
            S: "Me duele menos al subir a la troca" — less pain climbing into his pickup.
            97110 Ther ex — 25 min
             TKE w/ blue band 3 × 15 R; step-ups 6-in 3 × 10 R lead; wall sits 5 × 20 s; lateral band walks 3 × 20 ft.
            97140 Manual — 10 min
             Tibiofemoral AP glides gr III, 3 bouts × 30 s; patellar mobs med/lat; STM to the R lateral retinaculum.
            R knee OA — quad weakness 4−/5, flexion 110°; goal: climb into his pickup without the grab handle.
            """,
            ["M17.11"], [PT("97110", 25), PT("97140", 10)], []),

        // Ortho satellite rTSA wk 8 per the surgeon's protocol: TE 20 (AAROM, isometrics, table slides, band retraction with doses) and manual 10 (PROM, scapulothoracic mobs, STM), AROM degrees and a microwave-shelf goal; the PA-C's check-in: passes.
        ["vord-h24-ortho-satellite-rtsa-wk8"] = new(
            """
            PT @ Bayfront Ortho (Dr. Castellanos) — R reverse TSA, wk 8 — per surgeon's protocol
            97110 — 20 min: supine AAROM flexion w/ wand 3 × 15; submax isometrics ER/IR/flex/ext 10 × 5-s holds each; table slides 3 × 12; scapular retraction w/ band 3 × 12.
            97140 — 10 min: gentle GH PROM to 120° flexion / 30° ER in the scapular plane; scapulothoracic mobs in sidelying; STM to the upper trap.
            R shoulder AROM flexion 95°, ER 20°; goal: reach the microwave shelf.
            Surgeon's PA-C reviewed progress w/ PT at the end of the visit; no change in restrictions.
            """,
            ["Z96.611", "Z47.1"], [PT("97110", 20), PT("97140", 10)], []),

        // Villages pickleball ankle: "One-to-one: PT and pt only on the rehab floor for both codes"; NMR 22 (BOSU paddle-tap reactions, foam shuffle-and-stop, Airex clock reaches; proprioception/peroneal timing; seconds and Y-Balance) and TE 15 (doses, evertor weakness): passes.
        ["vord-h24-villages-pickleball-ankle"] = new(
            """
            The Villages — L ankle sprain (pickleball lunge) wk 6 — UHC AARP MA
            One-to-one: PT and pt only on the rehab floor for both codes.
            97112 · 22 min — SL stance on the BOSU (dome up) w/ paddle-tap reactions to PT's ball feeds; lateral shuffle-and-stop on a foam strip; clock reaches on the Airex.
              L ankle proprioception + peroneal reaction-time deficit.
              SL BOSU L 14 s (R 28 s); Y-Balance anterior L 58 cm / R 66 cm.
            97110 · 15 min — eccentric heel drops 3 × 15 L; banded eversion 3 × 20 red; SL calf raises 3 × 12.
              L evertor/PF weakness 4/5.
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 15)], []),

        // Vestibular centre, visual vertigo after vestibular migraine: "individual session, PT dedicated to her throughout"; graded optokinetic video on firm → foam, grocery-aisle loop, busy-scene head turns; visual dependence; mCTSIB and corridor distance: passes.
        ["vord-h24-vestibular-visual-vertigo"] = new(
            """
            Tampa Vestibular — visual motion sensitivity after vestibular migraine — 97112 — 25 min — individual session, PT dedicated to her throughout
            Visual-motion habituation: graded optokinetic video on the wall screen while standing on firm → foam; walking w/ the grocery-aisle video loop; head turns in a busy visual scene.
            Visual dependence w/ ↑ sway in busy visual environments.
            mCTSIB foam EO 30 s, foam EC 14 s; walked the 60-ft video corridor w/o stopping (stopped at 20 ft at IE).
            """,
            ["G43.809", "R26.81"], [PT("97112", 25)], []),

        // Neuro OT 97530 meal prep (fridge/pantry retrieval, Dycem jar, rocker knife with the L hand as stabiliser, walker-tray carry); L hemiparesis with a lunch goal; CGA, cue count and rests: passes.
        ["vord-h24-neuro-ot-meal-prep-97530"] = new(
            """
            OT — San Antonio Neuro — 97530 · 25 min
            Meal prep in the rehab kitchen: retrieve 5 items from the fridge + pantry; open a jar on Dycem; chop soft vegetables w/ a rocker knife using the L hand as a stabilizer; carry the plate to the table on a walker tray.
            L hemiparesis (R MCA CVA 5 mo) — L hand used as a stabilizer only, ↓ standing tolerance; goal: make her own lunch while her husband is at work.
            CGA in standing; 3 verbal cues for L hand use; 1 seated rest.
            """,
            ["I69.354"], [OT("97530", 25)], []),

        // Incomplete SCI 97116: Lofstrand crutches with an AFO on tile, carpet and curbs, distances, min A / CGA; spastic scissoring and a cathedral goal: passes.
        ["vord-h24-neuro-sci-gait-97116"] = new(
            """
            Neuro — incomplete SCI (C5 AIS D, central cord) — Gait 97116 — 28 min
            Overground gait w/ Lofstrand crutches + R AFO: 3 × 100 ft on tile, 1 × 60 ft on carpet, 2 curbs; min A for balance on the curbs, CGA on level surfaces; cues for R toe clearance.
            Spastic gait w/ R scissoring and ↓ hip flexor power; goal: walk from the car into Mass at San Fernando Cathedral.
            """,
            ["G82.53"], [PT("97116", 28)], []),

        // Ortho satellite TKA POD 16, three codes: TE 15, manual 10, gait 12, each with its minutes matching and its content (doses, grade and scar mobilisation, device/distance/assist), knee degrees and quad grade, a Publix goal: passes.
        ["vord-h24-ortho-tka-three-codes"] = new(
            """
            Bayfront Ortho satellite — R TKA POD 16 — Devoted MA
            TherEx 97110 — 15 min: heel slides 3 × 15; SAQ 3 × 12 @ 2 lb; standing mini-squats 2 × 10; prone knee hangs 2 × 60 s.
            Manual 97140 — 10 min: patellar mobs all directions, gr II; scar mobilization along the incision (healed; staples removed POD 14 by the PA).
            Gait 97116 — 12 min: RW → SPC trial, 2 × 150 ft; SBA w/ RW, CGA w/ SPC; cues for heel-toe and knee extension at heel strike.
            R knee AROM 5–96°; quad 3+/5. Goal: walk into Publix w/ a cane.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 15), PT("97140", 10), PT("97116", 12)], []),

        // Studio osteoporosis programme: trap-bar hinge, barrel back extensions, weighted-vest step-ups, pull-aparts with loads and reps; T-score, kyphosis, back-extensor weakness and a groceries goal: 97110 passes.
        ["vord-h24-studio-osteoporosis-97110"] = new(
            """
            Kinetika — Part B member — bone-health program — 97110 · 25 min
            Hip-hinge deadlift w/ a 15-kg trap bar 3 × 8; prone back extension over the Pilates barrel 3 × 10; weighted-vest (4 kg) step-ups to a 12-in box 3 × 10; standing band pull-aparts 3 × 15.
            Spinal osteoporosis (T-score −2.8 L-spine) w/ thoracic kyphosis + back-extensor weakness; goal: carry groceries up to her condo without back pain.
            """,
            ["M81.0"], [PT("97110", 25)], []),

        // Kissimmee lumbar stenosis: TE 18 (flexion-biased exercises with doses) and TA 15 (shopping-cart walking, rice-bag lifts, dish-washing with a foot on a stool, with distances and reps); claudication distance and a Publix goal: passes.
        ["vord-h24-kissimmee-stenosis-te-ta"] = new(
            """
            Kissimmee — lumbar stenosis — Simply Healthcare MA
            97110 (18 min): supine posterior pelvic tilts 3 × 15; double knee-to-chest 3 × 30 s; seated flexion stretch over a physioball 3 × 10; bridges 2 × 12.
            97530 (15 min): shopping-cart walking in the hall (flexed-trunk strategy) 4 × 100 ft; lifting a 10-lb bag of rice from a low shelf into the cart × 8; standing at a sink washing dishes w/ one foot on a stool.
            Neurogenic claudication into the L leg after 200 ft; goal: do the weekly shopping at Publix without sitting down.
            """,
            ["M48.062"], [PT("97110", 18), PT("97530", 15)], []),

        // Hialeah OT dominoes at a high table (holding tiles, far placement, standing rounds with CGA, dealing cards); R hand after a radius fracture with a Máximo Gómez Park goal; grip kg and dropped tiles: 97530 passes.
        ["vord-h24-hialeah-dominoes-ot-97530"] = new(
            """
            OT — Hialeah — Ther Act 97530 — 23 min
            Dominoes at a high table: shuffling and holding 7 tiles in the R hand, placing tiles at the far end of the table, playing 3 rounds standing w/ CGA; dealing a deck of cards (baraja) w/ the R hand.
            R hand coordination + grip deficit after R distal radius fx (ORIF 8 wk); goal: play dominoes at Máximo Gómez Park w/ his friends on Saturdays.
            Grip R 14 kg / L 33 kg; 1 dropped tile per round (4 at IE).
            """,
            ["S52.501D"], [OT("97530", 23)], []),

        // Cervicogenic dizziness, "two codes, PT w/ pt only, no overlap": manual 12 (C1–2 SNAG, suboccipital inhibition, PA mobs) and NMR 20 (head-laser JPS retraining, eye–head coordination, pursuit with neck torsion); proprioceptive deficit; relocation error degrees: passes.
        ["vord-h24-cervicogenic-dizziness-mt-nmr"] = new(
            """
            Tampa Vestibular — cervicogenic dizziness after an MVA — two codes, PT w/ pt only, no overlap
            97140 — 12 min: C1–2 SNAG into R rotation × 6; suboccipital inhibition; upper cervical PA mobs gr III, 3 bouts.
            97112 — 20 min: cervical position-sense retraining w/ a head-mounted laser to wall targets; eye–head coordination w/ trunk rotation on a rolling stool; smooth pursuit w/ the trunk rotated under a still head.
            Cervical proprioceptive deficit w/ upper-cervical hypomobility (R C1–2 rotation 28°).
            Head-relocation error 6.1° → 3.8° this visit.
            """,
            ["S13.4XXD", "M54.2"], [PT("97140", 12), PT("97112", 20)], []),

        // San Antonio PD, "Modo: individual, solo PT y paciente": NMR 20 (amplitude weight shifts, compensatory stepping to pulls, sit-stand-turn-walk with a cue; postural instability; pull steps and 5xSTS) and gait 15 (laser-cane cueing, U-turns, SBA): passes.
        ["vord-h24-sa-pd-nmr-gait"] = new(
            """
            San Antonio Neuro — PD (H&Y 3) — NCS
            Modo: individual, solo PT y paciente.
            NMR 97112 · 20 min: large-amplitude weight shifts to floor targets; compensatory stepping to PT's backward pulls; sit-to-stand-turn-walk sequence w/ the auditory cue "BIG".
             Postural instability w/ retropulsion; bradykinesia.
             Backward pull: 4 steps to recover; 5xSTS 16.2 s.
            Gait 97116 · 15 min: 3 × 200 ft in the hallway w/ a laser-cane cue for freezing at the doorway; U-turns; SBA.
            """,
            ["G20.A1"], [PT("97112", 20), PT("97116", 15)], []),

        // Studio hip OA 97530: low-car-seat box transfers, potting-soil lifts, kneel-to-plant and rise with reps and loads; hip IR/flexion limits and a garden goal; independent / SBA: passes.
        ["vord-h24-studio-hip-oa-garden-97530"] = new(
            """
            Kinetika — Part B member — R hip OA — 97530 · 20 min
            Low car-seat simulation (18-in box) in/out × 6 w/ a hip-hinge strategy; lifting a 20-lb bag of potting soil from the floor into the garden cart × 5; kneeling on a pad to plant and rising via half-kneel × 4.
            R hip OA — ↓ hip IR/flexion and pain w/ low sitting; goal: keep up her vegetable garden.
            Independent w/ box transfers; SBA for kneel-to-stand.
            """,
            ["M16.11"], [PT("97530", 20)], []),

        // Bilingual PTA gait note: "Marcha con bastón (SPC, L hand) 3 × 180 ft … grava", SBA, cues; Trendelenburg lurch after hemiarthroplasty and a walk-to-church goal: 97116 passes.
        ["vord-h24-pta-marcha-baston-97116"] = new(
            """
            PTA — Harlingen — Gait 97116 — 22 min
            Marcha con bastón (SPC, L hand) 3 × 180 ft en el pasillo + 1 × 120 ft sobre grava afuera; SBA; verbal cues for R heel strike and stride length.
            R hip fx s/p hemiarthroplasty (wk 9) — R Trendelenburg lurch, short L step; goal: walk to church, two blocks from home.
            """,
            ["S72.001D", "Z96.641"], [PTA("97116", 22)], []),

        // Hand OT 97140 after CTR: scar massage with holds, retrograde edema massage, assisted median nerve glides; palmar scar adhesion and pillar pain; figure-of-8 cm: passes.
        ["vord-h24-ot-ctr-scar-97140"] = new(
            """
            OT Hand — Bayfront Ortho satellite — R CTR wk 4 — 97140 · 12 min
            Scar massage across and along the palmar incision, 3 × 90 s; retrograde edema massage R hand; median nerve gliding w/ OT-assisted wrist/finger positioning 2 × 8.
            R palmar scar adhesion + pillar pain; figure-of-8 R 44.5 cm (L 43.0 cm).
            """,
            ["G56.01"], [OT("97140", 12)], []),

        // Line-dance steps (grapevine, rock step, pivots, kick-ball-change, Electric Slide at the barre then free), "PT 1:1 w/ him (his wife waited in the lobby)"; timing/sequencing and lateral stability; passes k of 10 and Berg: passes.
        ["vord-h24-villages-line-dance-97112"] = new(
            """
            The Villages — 97112 — 24 min — line-dance steps for balance; PT 1:1 w/ him (his wife waited in the lobby)
            Grapevine L/R, rock step, quarter-turn pivots and kick-ball-change at half tempo → full tempo; Electric Slide pattern holding the barre, then free-standing.
            Timing/sequencing deficit w/ ↓ lateral stability on turns (R TKA 2 yr, mild peripheral neuropathy).
            Grapevine w/o touch-down 8/10 passes; Berg 49/56.
            """,
            ["R26.81", "G62.9"], [PT("97112", 24)], []),

        // MA progress visit: coded re-eval "97164 — 15 min" beside "97110 — 20 min" (one timed code, its minutes match); machine and band exercises with loads and reps, quad grade and flexion, a kneel-in-church goal: passes.
        ["vord-h24-ma-progress-reeval-and-te"] = new(
            """
            Progress note (visit 10) — Humana MA
            Re-eval 97164 — 15 min: quad 4/5 (3+/5 at IE); knee flexion 118° (95° at IE); goals updated.
            97110 — 20 min: leg press 3 × 10 @ 70 lb; step-downs 4-in 3 × 8 L; SL bridges 3 × 10 L; lateral walks w/ band 3 × 30 ft.
            L TKA wk 12 — quad weakness, end-range flexion limit; goal: kneel at church.
            """,
            ["Z96.652", "Z47.1"], [PT("97164", 15), PT("97110", 20)], []),

        // Post hip-fracture NMR, "1:1 w/ PT, no other pts on the mat": PT-released leans, foam hurdles, rocker EC; protective stepping and R weight acceptance; step counts and % BW: passes.
        ["vord-h24-hip-fx-protective-stepping"] = new(
            """
            Corpus Christi — s/p R hip fx (IM nail) — 97112 — 23 min — 1:1 w/ PT, no other pts on the mat
            Stepping strategy: PT-released leans forward/back/lateral; obstacle step-overs w/ 6-in foam hurdles; rocker board A/P w/ EC.
            ↓ protective stepping (slow, single short step) + ↓ R LE weight acceptance.
            Recovery: 2 steps forward, 3 back; R LE 40% BW on scales.
            """,
            ["S72.141D", "Z91.81"], [PT("97112", 23)], []),

        // GBS recovery 97110: sit-to-stand, bridges, banded DF, heel raises, hip abduction with doses; distal > proximal weakness with grades and a dining-chair goal: passes.
        ["vord-h24-gbs-recovery-97110"] = new(
            """
            Neuro — GBS recovery — 97110 · 25 min
            Sit-to-stand from an 18-in mat 3 × 8; supine bridging 3 × 10; seated DF w/ yellow band 3 × 15 B; standing heel raises at the bars 2 × 10; sidelying hip abduction 2 × 12 B.
            B distal > proximal LE weakness (DF 3/5, hip abd 3+/5); goal: rise from the dining chair without pushing on the table.
            """,
            ["G61.0"], [PT("97110", 25)], []),

        // Hand OT 97110 after a trigger-finger release: blocking, place-and-hold fist, band extension, putty with doses; PIP contracture degrees and a fishing-rod goal: passes.
        ["vord-h24-ot-trigger-finger-97110"] = new(
            """
            OT Hand — Corpus Christi — R middle trigger finger release wk 3 — 97110 · 15 min
            PIP/DIP blocking 2 × 10; place-and-hold composite fist 10 × 5 s; finger extension against a rubber band 3 × 15; soft-putty squeeze 3 × 20.
            R long finger PIP flexion contracture 15° + ↓ grip; goal: grip the steering wheel and his fishing rod.
            """,
            ["M65.331"], [OT("97110", 15)], []),

        // Complete 97530 bed-mobility note (log roll, scooting, sit-to-stand with reps and SBA; fusion precautions and a night-bathroom goal) sent with no diagnosis.
        ["vord-h24-bed-mobility-no-dx"] = new(
            """
            Kissimmee — Ther Act 97530 — 20 min
            Bed mobility on a standard-height bed: supine ↔ sit via log roll × 5 (SBA); scooting to the EOB; sit ↔ stand from the bed w/ cane × 8.
            Post L4–5 fusion (wk 6) w/ BLT precautions — goal: get out of bed at night to the bathroom w/o waking her husband.
            """,
            [], [PT("97530", 20)], [Dx]),

        // Complete bilingual 97110 whose diagnosis is typed with a decimal comma ("M17,11"): not a well-formed ICD-10-CM code.
        ["vord-h24-dx-decimal-comma"] = new(
            """
            Hialeah — TE 97110 — 20 min — L knee OA
            Ejercicios: SAQ c/ 3 lb 3 × 12 L; sit-to-stand desde silla 3 × 10; step-ups 4-in 2 × 10 L; standing TKE w/ band 3 × 15 L.
            L quad weakness 4−/5, knee flexion 105°; goal: kneel to weed her garden.
            """,
            ["M17,11"], [PT("97110", 20)], [Dx]),

        // Corpus post-stroke NMR 23 + TE 15, both matching and complete (glute-med tapping, mirrored step-ups, lateral pushes; L recruitment; seconds and k of 10; doses and hip weakness), but nothing says one-on-one.
        ["vord-h24-nmr-te-no-one-on-one"] = new(
            """
            Corpus Christi — post-stroke — NMR 97112 · 23 min / TE 97110 · 15 min
            NMR: weight shift onto L w/ tapping over the L glute med; step-ups onto a 4-in block, L lead, w/ mirror; reactive stepping to lateral pushes.
             L LE motor recruitment + weight-acceptance deficit (R MCA CVA).
             L stance 5 s; 6/10 effective L steps.
            TE: seated marches w/ 2-lb cuff 3 × 10 L; bridges 3 × 12; standing hip abduction 2 × 12 L.
             L hip flexor/abductor weakness 3+/5.
            """,
            ["I69.354"], [PT("97112", 23), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Bilingual generic two-code note with a total only ("TE + NMR hoy, 38 min total. Pt tolerated well, sin quejas. Cont POC"): nothing named on either code, no 1:1, no separate minutes.
        ["vord-h24-generic-te-nmr-total-only"] = new(
            "TE + NMR hoy, 38 min total. Pt tolerated well, sin quejas. Cont POC.",
            ["M62.81", "R26.81"], [PT("97110", 15), PT("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Frozen-shoulder manual "97140 · 25 min" against a line of 15: the minutes differ by 10; content complete.
        ["vord-h24-97140-minutes-differ"] = new(
            """
            Ortho satellite — L frozen shoulder — Manual 97140 · 25 min
            GH inferior + posterior glides gr III–IV, 4 bouts × 30 s; end-range ER mobilization in the scapular plane; STM to the L subscapularis.
            L adhesive capsulitis: ER 25°, flexion 120°.
            """,
            ["M75.02"], [PT("97140", 15)], [At(Mismatch, "97140")]),

        // OT 97530 (compression stockings with a donner, walk-in tub, dryer with a reacher; THA precautions and a dressing/bathing goal) with no assistance level or number ("Pt did well"): measure missing.
        ["vord-h24-ot-adl-no-measure-97530"] = new(
            """
            OT — The Villages — 97530 — 22 min
            Practiced putting on compression stockings w/ a donner, getting in/out of the walk-in tub, and reaching into the dryer w/ the reacher.
            L THA posterior precautions; goal: dress and bathe without her daughter.
            Pt did well.
            """,
            ["Z96.642"], [OT("97530", 22)], [At(Measure, "97530")]),

        // "Total: 3 unidades (NMR 2u, marcha 1u)" gives units, not minutes, for the two timed codes: separate time missing; 1:1 stated and both sections complete.
        ["vord-h24-unidades-sin-minutos"] = new(
            """
            McAllen — Nota diaria — Total: 3 unidades (NMR 2u, marcha 1u) — 1:1, PT y paciente solos
            NMR: lateral weight shifts on the rocker board w/ EC; step-overs of 4-in hurdles w/ head turns; PT perturbations in tandem.
             ↓ propiocepción B pies (neuropatía diabética) + delayed stepping.
             Tandem EC 5 s; 7/10 hurdles cleared w/o touch.
            Marcha: RW → cane, 2 × 200 ft, CGA; cues for heel strike B.
            """,
            ["E11.42", "R26.81"], [PT("97112", 24), PT("97116", 14)], [SepTime]),
    };


    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
