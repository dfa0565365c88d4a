using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fiftieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is a random week from specialty outpatient programmes, in the proportions a billing manager sees
/// them — about two thirds ordinary and complete (63 of 98), single- and multi-code visits (97110, 97112,
/// 97116, 97140, 97530, up to three in a visit), by PTs, PTAs and OTs, from five programmes:
/// <list type="number">
/// <item>an oncology-rehabilitation and lymphedema centre in Kentucky and southern Indiana ("OVCR" — Ohio Valley
/// Cancer Rehab: St. Matthews, Jeffersontown, New Albany, Bardstown, Shelbyville) whose OT and PT lymphedema
/// therapists (CLT-LANA) chart a "Lymphedema Treatment Record" in Roman-numeral sections (I. Subjective … V. Plan):
/// an MLD sequence checklist, Casley-Smith MLD, Kuhnke disk volumes, SOZO L-Dex, tape-measure girth rows, Komprex
/// and Mobiderm under short-stretch bandages, axillary-web cord release, the Strength After Breast Cancer weight
/// programme, a survivorship class, chemotherapy neuropathy, aromatase-inhibitor arthralgia, bone-metastasis
/// precautions, a stem-cell transplant, radiation fibrosis and a tethered mastectomy scar;</item>
/// <item>a limb-loss and prosthetic-gait programme in East Tennessee ("Smoky Mountain Limb Loss &amp; Mobility":
/// Knoxville, Maryville, Oak Ridge, Sevierville, Farragut, a Chattanooga satellite) charting a prosthetic-status
/// line (socket, suspension, liner, sock ply, skin), numbered steps ① ② ③, "⟶ 97116 · 15 min", radio-button
/// grids (◉ / ○) for device and assistance, the PPAM aid, stubbies, microprocessor-knee stance-yield training,
/// AMPPRO and K-levels, two-scale weight bearing, vaulting, terminal impact and hip flexion contracture;</item>
/// <item>a spinal-cord-injury and MS day programme in Southwest Virginia ("Blue Ridge SCI &amp; MS Day Program":
/// Roanoke, Salem, Lynchburg, Blacksburg, Christiansburg) with rotations, bracketed clock blocks ("[9:05–9:28]"),
/// "ppt" for participant, staffing ratios, NeuroRecovery Network locomotor training, activity-based therapy, FES
/// cycling, the standing frame, cooling vests and heat sensitivity, AIS grades, SCIM III, WISCI II, the Six Spot
/// Step Test and T25FW;</item>
/// <item>a pelvic-health and balance practice on the Georgia and South Carolina coast ("Lowcountry Pelvic Health
/// &amp; Balance": Savannah, Beaufort, Bluffton, Hilton Head, Pooler, Richmond Hill) seeing Medicare patients for
/// continence, balance and falls: numbered problems (P1 / P2, ① / ②) with Intervention / Why / Measure, a Y/N
/// impairment list with dot leaders, an exercise log with a Done column, per-code "in … out …" clock times,
/// sEMG and manometric biofeedback, Burgio-style urge suppression, the PERFECT scheme, pad and cough tests,
/// post-prostatectomy leakage, nocturia and the night-time bathroom route;</item>
/// <item>a post-ICU recovery and reconditioning programme in central Iowa ("Heartland Post-ICU Recovery &amp;
/// Reconditioning": Des Moines, Ankeny, West Des Moines, Ames, Urbandale, Altoona) for ICU-acquired weakness,
/// critical illness polyneuropathy and myopathy after ARDS, sepsis, ECMO and long ventilation: a YAML-style
/// structured export ("delivery: individual: true", "- cpt: 97110 / min: 20"), a rest / peak / post vitals table,
/// threshold inspiratory muscle training, MRC sum scores, the 1-minute sit-to-stand test, Rydel-Seiffer vibration,
/// a virtual-reality balance platform, desaturation on stairs and a bus ride to church.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h50-…): one-on-one in these writers' words ("solo session (PT + pt only in the balance room)",
/// "seen 1:1 by PT; CPO stopped in …", "1:1 in the pelvic suite", "Contact: continuous, individual — PT with this
/// pt only"), notes that negate it (a standing-balance rotation of three participants, a PTA splitting time with
/// mat 2, a shared slot with another MS participant) or never state it (a complete post-ICU note), and a 97116 in
/// shared parallel bars and an OT 97530 in a survivorship class, which have no one-on-one check;</item>
/// <item>class 2 (v2-h50-…): template states: an MLD sequence with ✓ and an unticked skipped step, ◉ / ○ radio
/// rows for device and assistance, a staffing row "1:1 ☐ 1:2 ☒ 1:3 ☐", a Y/N impairment list, a girth grid of
/// dashes, YAML "individual: false / participants: 2" and "individual: true", an assistance row with no ◉ and an
/// empty "Reps: ____", an impairment-focus row all unticked, an exercise log with a Done (Y/N) column;</item>
/// <item>class 3 (v3-h50-…): named programmes and devices as techniques (Strength After Breast Cancer, the PPAM
/// aid, stubbies, NRN locomotor training, Burgio-style urge suppression with sEMG, threshold IMT, C-Leg
/// stance-yield, axillary-web cord release), an activity-based-therapy 97112 with no number and a
/// virtual-reality platform 97112 with no deficit;</item>
/// <item>class 4 (v4-h50-…): deficits stated as findings (a positive Stemmer sign with pitting, prosthetic gait
/// deviations, bearing down and substitution on palpation, stocking sensory loss with Rydel-Seiffer and absent
/// ankle jerks, a Thomas-test contracture, desaturation on a flight of stairs, a tethered scar, MAS and clonus)
/// and notes that state none (a post-ICU balance re-check and a pelvic-floor re-check within normal
/// limits);</item>
/// <item>class 5 (v5-h50-…): measures in their usual forms (SOZO L-Dex and sum of girths, AMPPRO with K-level,
/// SCIM III and WISCI II, Six Spot Step Test, manometry with a 1-hr pad test, the 1-minute sit-to-stand test
/// with SpO2 and HR) and notes with none ("tissue softer … less pitting", "gait looked smoother … will video",
/// "will re-test … at next week's progress note", a night-route 97530 with no assistance level or count);</item>
/// <item>class 6 (v6-h50-…): minutes in their usual forms (bracketed clock blocks, "took 30 minutes … another 12
/// minutes", an OT/PT co-visit per discipline, "in 10:02 out 10:25", "Ther ex ⟶ 20 min (97110)"), true
/// mismatches (a pelvic NMR, the third of three codes, "Treatment time 40 min" on the one timed code) and truly
/// missing separate time (units only, minutes for one code of two);</item>
/// <item>class 7 (v7-h50-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97140 (holds with a region), 97116 (device, distance and a church goal),
/// 97530 (loads, counts and a breakfast goal) and 97110 (loads alone as the dose), and wholly generic 97110 +
/// 97530, 97112 and 97140 notes;</item>
/// <item>ordinary (vord-h50-…): complete notes of the five programmes across codes and disciplines that a reviewer
/// passes (the false-positive guard), and the ordinary weak ones: a complete MLD note with no diagnosis, a
/// generic two-code note with a total, a complete two-code SCI note that never says one-on-one, a ther-ex time
/// that differs, an ICD-9 code in the diagnosis field, a total only, an OT time that differs in a co-visit.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by twelve minutes or more and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an
/// objective measure with a number and fails it only when the note has no number but its code and minutes; for
/// the other codes a dose (sets, repetitions, load, hold, bouts, distance, assistance level) is a measure.
/// Numbers that are not minutes of a code or measures (ages, weeks since surgery, sock ply, cuff pressures, the
/// "12" of a visit count, the "1-minute" of a test's name, a device's model number) are read as what they are;
/// no note states minutes of an activity, a rest or a test. Cases a careful reviewer could argue either way were
/// left out: a content gap in one section of a multi-code note (multi-code notes fail here only on time,
/// one-on-one, diagnosis or when the whole note lacks the thing), generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, self-rated scores or a bladder diary as the only
/// number, a cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as
/// the whole of a 97116 note, a 97530 with no deficit, minute ranges and approximate minutes, a diagnosis code
/// written without its dot, and any line with a code that has no documentation profile (no 97150, 97016,
/// 97761 or 97535 lines, though compression pumps and prosthetic training are everyday work here).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 92 of 98 cases agree (97 needed), and 2 of the 63 notes the reviewer passes got a finding, on the analyzer
/// of 9bc1aa7 (the start of the 2026-12-05 sixth session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 92 of 98, 2 false positives — the same cases — at its first run on the analyzer of 37948e2 (the session's
/// readings of what the forty-third to forty-seventh sets had left; not shaped by this set): the held-out figure —
/// specialty programmes (oncology and lymphedema, limb loss, SCI/MS, pelvic health, post-ICU). Then development data,
/// worked through (with four read-only reviews of the readings): 97 of 98, no false positive — an "Impairments (Y/N)"
/// list's rows answered Y, pelvic-floor substitution and bearing down, a one-line title ("SMOKY MOUNTAIN LIMB LOSS &
/// MOBILITY — Maryville."), "Short L step, hesitates before loading the prosthesis", "Practiced the night-time bathroom
/// trip" under the code line. Left: "Girth L leg (cm): ankle 25.1 | calf 38.4" not read as 97140's measure (the numbers
/// stand in the cells after the label). New examples in NotesAsWrittenTests "forty-eighth-to-fifty-second-sets".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FiftiethTests(ITestOutputHelper output)
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

        // OVCR bullet note "solo session (PT + pt only in the balance room)"; Airex EC head nods, taped-line heel-toe with reach-and-place, called floor dots with nudges; CIPN with absent vibration and visual reliance; Airex seconds and Four Square: passes.
        ["v1-h50-stmatthews-cipn-solo-session"] = new(
            """
            OVCR · Cancer Rehab Daily Note · St. Matthews
            Dx: CIPN after paclitaxel (L breast ca, chemo completed in November)
            97112 Neuromuscular re-ed · 24 min · solo session (PT + pt only in the balance room)
              • stance on Airex, feet together, eyes closed w/ slow head nods
              • heel-toe walking on a taped line w/ reach-and-place of bean bags
              • stepping to colored floor dots called out by PT, light nudges at the shoulders mid-step
            Problem: vibration absent at both great toes (128-Hz fork); leans on vision to stay upright — somatosensory loss
            Today: Airex EC feet together 9 s (3 s on 2/10); Four Square Step Test 13.4 s (16.1 s at eval)
            """,
            ["G62.0", "T45.1X5S", "Z85.3"], [PT("97112", 24)], []),

        // Limb-loss "pt seen 1:1 by PT (CPO stopped in at the end to adjust toe-out; PT stayed hands-on)": still one-on-one; prosthetic weight shifts, sound-side step-ups, cone taps with pelvic pushes; socket proprioception; two-scale kg and SLS: passes.
        ["v1-h50-maryville-tt-1to1-cpo-stopped-in"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Maryville
            Prosthetic status: TSB socket, pin-lock, 6 mm gel liner | socks 3-ply | skin intact, no redness at the distal tibia
            97112 · 22 min · pt seen 1:1 by PT (CPO stopped in at the end to adjust toe-out; PT stayed hands-on)
            ① weight shift onto the R prosthesis in the parallel bars w/ mirror, 10 s holds
            ② L (sound) foot step-ups onto a 4-in step to force R prosthetic single-limb stance
            ③ L foot taps to cones while PT gives small pushes at the pelvis
            Impairment: ↓ proprioceptive feedback through the socket; unloads the prosthesis and keeps COM over the sound side (R transtibial, diabetic/vascular)
            Response: two scales — R 31 kg / L 47 kg in quiet stance at start → 38 / 40 kg by the end; R SLS 3 s (unable at eval)
            """,
            ["Z89.511", "E11.51"], [PT("97112", 22)], []),

        // Day-programme "Rotation B [9:30–10:00] · standing balance station · 3 ppts w/ PT + 1 rehab tech": not one-on-one; frame reaches, trunk perturbations, ball catch; trunk postural control and recruitment; hands-free seconds and k of 10 present.
        ["v1-h50-roanoke-sci-station-three-ppts"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Roanoke
            Rotation B [9:30–10:00] · standing balance station · 3 ppts w/ PT + 1 rehab tech
            97112 Neuro re-ed
            - EasyStand frame, hands-free reaches across midline to shelf targets
            - trunk perturbations (PT) while ppt holds midline
            - catch/throw w/ a 2-lb ball, hands off the tray
            Focus: T6 AIS C — ↓ trunk postural control; ↓ LE motor recruitment
            Data: hands-free standing 45 s (20 s last wk); 7/10 catches w/o UE support
            """,
            ["G82.22"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // PTA "split time between this ppt and the ppt on mat 2": not one-on-one; PNF D2 with approximation, tall-kneel shifts and ball pass; L LE ataxia and postural control; hold seconds and k of 12 present.
        ["v1-h50-salem-ms-pta-split-with-mat-2"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Salem · PTA note
            NMR 97112 — 23 min; PTA split time between this ppt and the ppt on mat 2
            PNF D2 flex/ext L LE in sidelying w/ approximation; tall-kneel lateral weight shifts to touch targets; tall-kneel ball pass
            L LE ataxia + ↓ postural control (relapsing MS, worse in the heat)
            Tall-kneel hold w/o UE 40 s; 9/12 target touches w/o LOB
            """,
            ["G35"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // Pelvic "P1 … Intervention: 97112, 25 min, 1:1 in the pelvic suite"; sEMG-guided quick contractions to cough and an urge-control drill; delayed PFM recruitment; sEMG µV and hold seconds: passes.
        ["v1-h50-beaufort-pelvic-suite-1to1"] = new(
            """
            Lowcountry Pelvic Health & Balance — Beaufort
            Visit 6 of 12 · Medicare B
            P1 Mixed UI (urge > stress)
              Intervention: 97112, 25 min, 1:1 in the pelvic suite — PFM motor-control training w/ surface EMG biofeedback (perianal electrodes): quick contractions timed to a cough, then an urge-control drill (stop, quick squeezes, slow breath, walk) rehearsed standing at the sink
              Why: delayed PFM recruitment and poor PFM endurance → leaks on the way to the toilet
              Measure: sEMG peak 18 µV (11 µV at eval); resting tone 2.1 µV; holds 7 s before fatigue (3 s at eval)
            """,
            ["N39.46"], [PT("97112", 25)], []),

        // Post-ICU note complete (staggered-stance reaches, gait-belt tugs, narrow stance with head turns; delayed protective stepping; Berg and k of 8) but nothing says one-on-one.
        ["v1-h50-ankeny-icu-unstated"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Ankeny
            Hx: 21 days in the ICU (septic shock, intubated 12 days), home 5 wks
            NMR (97112) 23 min
              Staggered-stance reaches outside BOS, reactive stepping to gait-belt tugs (fwd/back/lateral), narrow stance on carpet w/ head turns
              Delayed protective stepping, ↓ postural control — ICU-acquired weakness
              Berg 44/56 (37/56 at eval); 5/8 single-step recoveries to backward tugs
            Plan: progress to foam next visit
            """,
            ["G72.81", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // 97116 with "Two new TF pts in the double parallel bars side by side, PT between them": the one-on-one check is for 97112 only; MPK loading and rollover, vaulting and trunk lean, distances and CGA: passes.
        ["v1-h50-oakridge-two-tf-in-the-bars-97116"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Oak Ridge
            Gait 97116 · 20 min
            Two new TF pts in the double parallel bars side by side, PT between them
            This pt: R TF, microprocessor knee — loading the knee at heel strike and rolling over the foot, even step length w/ cues; bars → RW in the hall
            Deviations: vaults on the L (sound) side, lateral trunk lean over the prosthesis
            Bars 4 x 30 ft, then RW 2 x 50 ft w/ CGA
            """,
            ["Z89.611"], [PT("97116", 20)], []),

        // "Shared slot: this ppt + 1 other MS ppt w/ the same PT, staggered stations": not one-on-one; metronome ladder stepping, half-kneel cone reach; dysmetria and timing; T25FW and rung contacts present.
        ["v1-h50-lynchburg-ms-shared-slot"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Lynchburg
            Shared slot: this ppt + 1 other MS ppt w/ the same PT, staggered stations
            97112 — 30 min
            Metronome-paced stepping through a floor ladder (60 → 80 bpm); half-kneel cone reach; sidestepping w/ a band at the ankles
            Heel-shin dysmetria R, ↓ timing of R LE placement, ↑ postural sway w/ fatigue
            T25FW 9.4 s (10.8 s at eval); ladder rung contacts 1/10 passes
            """,
            ["G35"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // "Contact: continuous, individual — PT with this pt only"; EC marching, wobble-cushion catch, hurdles; CIP with distal proprioception loss and no ankle strategy; tandem seconds and FGA: passes.
        ["v1-h50-wdm-icu-continuous-individual"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — West Des Moines
            Contact: continuous, individual — PT with this pt only
            97112 — 20 min
            Sit ↔ stand to marching in place w/ eyes closed; wobble-cushion stance w/ catch-and-throw; side-stepping over 2-in hurdles
            Critical illness polyneuropathy: ↓ distal proprioception B feet, no ankle strategy — hip/step strategy only
            Tandem stance 6 s (unable at eval); FGA 18/30
            """,
            ["G62.81", "M62.81"], [PT("97112", 20)], []),

        // OT 97530 in a "Survivorship Strength & Function class — 4 pts, 1 OT": 97530 has no one-on-one check; basket lifts, bag carries, cabinet reaches with loads and reps, SBA; laundry/grocery goal and L shoulder limit: passes.
        ["v1-h50-jeffersontown-survivorship-class-ot-97530"] = new(
            """
            OVCR · Jeffersontown · OT
            Survivorship Strength & Function class — 4 pts, 1 OT
            97530 — 25 min
            Floor-to-counter lifts of a 10-lb laundry basket x 8; carrying 2 grocery bags (6 lb each) 50 ft x 3; overhead cabinet reach w/ 2-lb cans x 10 using the L arm
            SBA throughout; 1 seated rest
            Goal: do her own laundry and groceries again — L arm fatigue and L shoulder flexion limited to 130° after L mastectomy + radiation
            """,
            ["Z90.12", "Z85.3", "M25.612"], [OT("97530", 25)], []),

        // ---------------------------------------------------------------- class 2: grids, check marks and Y/N fields

        // Roman-numeral record with an MLD sequence "[✓]" list (one step unticked, skipped) and short-stretch over Komprex; L UE lymphedema after ALND; Kuhnke disk volumes and % excess: 97140 passes.
        ["v2-h50-newalbany-mld-sequence-ticks-97140"] = new(
            """
            OVCR · Lymphedema Treatment Record · New Albany
            OTR/L, CLT-LANA
            I. Subjective — L hand tight by evening; wearing the night garment
            II. Measurements — Kuhnke disk volume (4-cm intervals): L 2,710 mL / R 2,240 mL → excess 21% (26% at start of CDT)
            III. Treatment — 97140, 35 min
                MLD sequence (✓ = done)
                [✓] terminus / supraclavicular
                [✓] R axillary nodes
                [✓] anterior axillo-axillary anastomosis
                [✓] L axillo-inguinal anastomosis
                [ ] posterior interaxillary (skipped — port site sore)
                [✓] L upper arm → forearm → hand, rework proximal
                Short-stretch bandaging over Komprex foam chips, fingers wrapped
            IV. Impairment — L UE lymphedema after L mastectomy + ALND
            """,
            ["I97.2", "Z85.3"], [OT("97140", 35)], []),

        // Prosthetic gait template with radio rows "◉ RW" and "◉ CGA" and "Distance: 3 x 75 ft"; rollover and step-length training; L TT deviations: 97116 passes.
        ["v2-h50-sevierville-radio-rw-cga-97116"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Sevierville
            PROSTHETIC GAIT SESSION                      97116 · 15 min
            Device:      ○ none   ○ SPC   ◉ RW   ○ bars
            Assist:      ○ I   ○ Mod I   ○ S   ◉ CGA   ○ Min   ○ Mod
            Distance:    3 x 75 ft
            Focus: heel-to-toe rollover over the prosthetic foot, equal step length, slow wide turns
            Deviations: L TT (MVC) — short R step, ↓ L prosthetic stance time, trunk lean over the prosthesis
            """,
            ["Z89.512", "R26.89"], [PT("97116", 15)], []),

        // Staffing row "1:1 ☐   1:2 ☒   1:3 ☐": one staff to two, not one-on-one; quadruped rhythmic stabilization, facilitated kneel transitions, mirror weight shifts; recruitment and trunk control; half-kneel seconds and Berg present.
        ["v2-h50-blacksburg-staffing-1-to-2"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Blacksburg
            Staffing:  1:1 ☐   1:2 ☒   1:3 ☐
            97112 — 25 min
            Quadruped rocking w/ rhythmic stabilization at the pelvis; kneel → half-kneel transitions w/ facilitation at the hips; standing weight shifts in the bars w/ mirror feedback
            C7 AIS D: ↓ LE motor recruitment, ↓ trunk postural control
            Half-kneel hold R 15 s / L 6 s; Berg 31/56
            """,
            ["G82.54"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // "Individual visit: Y" and a dot-leader Y/N impairment list (PFM coordination Y, standing balance Y, pain N); urge-control drill, pre-contraction with sit-to-stand and step-up, foam shifts; PERFECT scores: passes.
        ["v2-h50-bluffton-impairment-yn-list"] = new(
            """
            Lowcountry Pelvic Health & Balance — Bluffton
            Individual visit: Y
            Impairments (Y/N)
              PFM weakness ......... Y
              PFM coordination ..... Y
              Standing balance ..... Y
              Urgency .............. Y
              Pelvic pain .......... N
            97112 — 20 min
              urge-control drill: stop, quick PFM squeezes, diaphragmatic breath, then walk
              PFM pre-contraction timed to sit-to-stand and to a 6-in step-up
              PFM hold while weight shifting on a foam pad
            PERFECT: P3 E6 R4 F8 (P2 E3 R2 F5 at eval)
            """,
            ["N39.46", "Z91.81"], [PT("97112", 20)], []),

        // Girth grid of dashes "(not measured: arrived in bandages)" and no other number but the code's minutes; MLD pathways and bandaging over Mobiderm for R UE lymphedema present: no measure.
        ["v2-h50-bardstown-girth-grid-dashes-97140"] = new(
            """
            OVCR · Lymphedema Treatment Record · Bardstown
            PT, DPT, CLT
            II. Measurements — circumference (cm)
                wrist —    elbow —    mid-humerus —    axilla —
                (not measured: arrived in bandages, re-wrapped same day)
            III. Treatment — 97140 MLD + bandaging, 30 min
                MLD: terminus, R inguinal nodes, R axillo-inguinal anastomosis, L axillary nodes, anterior axillo-axillary anastomosis, then the R arm proximal → distal → proximal
                Short-stretch bandages over Mobiderm pads, fingers wrapped
            IV. Impairment — R UE lymphedema after R mastectomy + ALND
            """,
            ["I97.2", "Z85.3"], [PT("97140", 30)], [At(Measure, "97140")]),

        // YAML export "delivery: individual: false / participants: 2": not one-on-one; head-turn tandem, foam perturbations, dual-task obstacles; reactive postural control after ECMO; Berg and k of 10 present.
        ["v2-h50-urbandale-yaml-individual-false"] = new(
            """
            encounter:
              clinic: Heartland Post-ICU Recovery — Urbandale
              delivery:
                individual: false
                participants: 2
            services:
              - cpt: 97112
                min: 22
                interventions: tandem walking w/ head turns; foam stance w/ perturbations at the pelvis; obstacle stepping w/ dual task (counting back by 3s)
                deficit: ↓ reactive postural control, slow stepping responses (ICU-acquired weakness after ECMO)
                measures: Berg 47/56; obstacle clearance 9/10
            """,
            ["G72.81", "R26.89"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // YAML export "individual: true", "- cpt: 97110 / min: 20" and "- cpt: 97112 / min: 18" (both match); loads and reps for quad/hip weakness with MRC sum; foam head turns, pelvic release, tandem; Berg and k of 6: passes.
        ["v2-h50-ames-yaml-individual-true"] = new(
            """
            encounter:
              clinic: Heartland Post-ICU Recovery — Ames
              delivery:
                individual: true
                participants: 1
            services:
              - cpt: 97110
                min: 20
                interventions: leg press 40 lb 3 x 10; step-ups 6-in 2 x 10 each; seated knee ext 3 lb 3 x 12
                target: B quad/hip extensor weakness after 26 days in the ICU (ARDS); MRC sum score 46/60
              - cpt: 97112
                min: 18
                interventions: narrow stance on foam w/ head turns; reactive stepping to pelvic release; tandem walk along the hallway tile line
                deficit: ↓ reactive postural control, delayed stepping
                measures: Berg 46/56; 4/6 single-step recoveries
            """,
            ["G72.81", "M62.81"], [PT("97110", 20), PT("97112", 18)], []),

        // 97530 template with no ◉ on the assistance row, "Reps: ____" empty and no other number; floor recovery, truck transfer, floor pick-ups with a fall and driving goal present: no measure.
        ["v2-h50-farragut-assist-row-empty-97530"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Farragut
            FUNCTIONAL TRAINING                                97530 · 18 min
            Assist:      ○ I   ○ Mod I   ○ S   ○ CGA   ○ Min   ○ Mod
            Reps:        ____
            Tasks: floor recovery w/ the prosthesis on (half-kneel → stand using a chair); getting into and out of the truck; picking up items from the floor in prosthetic-side stance
            Goal: get up from the floor alone after a fall; drive to his grandson's ball games
            """,
            ["Z89.512"], [PT("97530", 18)], [At(Measure, "97530")]),

        // "Impairment focus: [ ] ataxia [ ] spasticity [ ] proprioception [ ] postural control [ ] fatigue", none ticked and no deficit elsewhere; "Staff:ppt = 1:1", rocker perturbations, foam-beam tandem, PNF stabilization, FGA present: no deficit.
        ["v2-h50-christiansburg-impairment-row-unticked"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Christiansburg
            Staff:ppt = 1:1
            97112 — 24 min
            Impairment focus:  [ ] ataxia   [ ] spasticity   [ ] proprioception   [ ] postural control   [ ] fatigue
            Rocker board A/P w/ perturbations; tandem on a foam beam; PNF rhythmic stabilization in standing
            FGA 20/30; rocker board 30 s w/o edge touch
            """,
            ["G35"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // Exercise log "Exercise | Done (Y/N) | Dose" (heel raise N with a dash); bridges, clamshells, squats with doses; hip abductor/extensor weakness with stress leakage: 97110 passes.
        ["v2-h50-hiltonhead-exercise-log-done-yn-97110"] = new(
            """
            Lowcountry Pelvic Health & Balance — Hilton Head
            97110 — 15 min
            Exercise                      Done (Y/N)   Dose
            Bridge w/ exhale + PFM        Y            2 x 12
            Clamshell, green band         Y            2 x 15 each
            Squat to chair w/ PFM         Y            3 x 8
            Heel raise at counter         N            —
            Target: hip abductor/extensor weakness (4-/5) — leaks on stairs and rising from low chairs (stress UI)
            """,
            ["N39.3"], [PT("97110", 15)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes

        // 97110 "Strength After Breast Cancer (SABC) protocol, wk 6" with machine loads and sets in the sleeve; L UE weakness after lumpectomy/SLNB/XRT and a car-seat goal: passes.
        ["v3-h50-shelbyville-sabc-weights-97110"] = new(
            """
            OVCR · Cancer Rehab Daily Note · Shelbyville
            Strength After Breast Cancer (SABC) protocol, wk 6 — in her L compression sleeve
            97110 · 25 min
              chest press machine 15 lb 3 x 10
              seated row 20 lb 3 x 10
              biceps curl 4 lb 3 x 10 each
              lat pulldown 25 lb 2 x 10
            Arm-symptom check before/after: no heaviness, no change in swelling
            For L UE weakness after L lumpectomy + SLNB + radiation; goal: lift her 2-yr-old granddaughter into the car seat
            """,
            ["Z85.3", "M62.81"], [PT("97110", 25)], []),

        // 97116 early walking "w/ the PPAM aid (pneumatic post-amputation mobility aid), inflated to 40 mmHg" in the bars, distance and Min A; new L TT with poor weight acceptance: passes.
        ["v3-h50-knoxville-ppam-aid-97116"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Knoxville
            97116 · 15 min — early walking w/ the PPAM aid (pneumatic post-amputation mobility aid), inflated to 40 mmHg
            ① in the parallel bars 4 x 20 ft, Min A at the pelvis
            ② weight acceptance onto the L w/ mirror between passes
            L TT amputation 3 wks post-op (PVD), incision closed; ↓ L weight acceptance and ↓ standing endurance before prosthetic casting
            """,
            ["Z89.512", "E11.51"], [PT("97116", 15)], []),

        // Bilateral TF "on stubbies (foreshortened prostheses, no knees)": floor-to-stand, basket carry, counter reaches with counts, CGA → SBA; apartment-kitchen goal: 97530 passes.
        ["v3-h50-chattanooga-stubbies-97530"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Chattanooga satellite
            Bilateral TF — on stubbies (foreshortened prostheses, no knees) this phase
            97530 · 23 min
            ① floor → standing via a bench x 5
            ② carrying a laundry basket 20 ft x 3
            ③ reaching to countertop items and back x 10
            CGA → SBA by ③
            Goal: get around the apartment kitchen w/o the wheelchair
            """,
            ["Z89.611", "Z89.612"], [PT("97530", 23)], []),

        // 97116 "Locomotor training (NeuroRecovery Network protocol): BWS treadmill step training, 35% BWS at 2.4 mph, trainers at the pelvis and each leg"; C5 AIS D swing and stance deficits; 10MWT and WISCI II: passes.
        ["v3-h50-roanoke-nrn-locomotor-97116"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Roanoke · Locomotor lab
            97116 — 30 min
            Locomotor training (NeuroRecovery Network protocol): BWS treadmill step training, 35% BWS at 2.4 mph, trainers at the pelvis and each leg → overground w/ RW
            Deficits: C5 AIS D — ↓ L hip flexion and foot clearance in swing, L knee hyperextension in stance
            10MWT 0.41 m/s (0.29 at eval); WISCI II level 13
            """,
            ["G82.54"], [PT("97116", 30)], []),

        // Narrative "Seen one-to-one, 97112 for 22 minutes"; Burgio-style urge suppression paired with sEMG-guided quick flicks in sitting, standing and walking; late PFM recruitment/timing; sEMG µV and k of 5: passes.
        ["v3-h50-pooler-burgio-urge-suppression-97112"] = new(
            """
            Lowcountry Pelvic Health & Balance — Pooler
            Mrs. A., 78. Seen one-to-one, 97112 for 22 minutes.
            We practiced Burgio-style urge suppression paired w/ sEMG-guided quick flicks: at the first urge she stands still, does quick PFM contractions, breathes out slowly, then walks at a normal pace. Repeated in sitting, standing and during a short hallway walk.
            She recruits the PFM late and loses the contraction once she starts walking (poor PFM timing/coordination).
            sEMG: quick-flick peaks 15–17 µV w/ full relaxation between (9 µV at eval); kept the PFM contraction while walking 3 of 5 trials.
            """,
            ["N39.41", "R35.1"], [PT("97112", 22)], []),

        // 97110 "Inspiratory muscle training, threshold device at 40% MIP: 5 sets x 6 breaths"; inspiratory muscle weakness after ventilation with MIP in cmH2O and a porch-steps limit: passes.
        ["v3-h50-altoona-threshold-imt-97110"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Altoona
            97110 — 12 min
            Inspiratory muscle training, threshold device at 40% MIP: 5 sets x 6 breaths, seated, 60 s between sets
            Target: inspiratory muscle weakness after 19 days on the ventilator — MIP −38 cmH2O (predicted −75); winded climbing her 8 porch steps
            """,
            ["G72.81", "M62.81"], [PT("97110", 12)], []),

        // 97530 "MPK stance-yield training (C-Leg)": step-over-step ramp and stairs, yield into a low chair, counts and SBA; R TF still step-to, mailbox and church-steps goal: passes.
        ["v3-h50-knoxville-mpk-stance-yield-97530"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Knoxville
            97530 · 20 min — MPK stance-yield training (C-Leg)
            ① ramp descent step-over-step, 8° ramp x 6
            ② stairs step-over-step w/ one rail, 12 steps x 3
            ③ sitting down into a low chair using yield x 8
            SBA; cues to keep weight on the heel of the prosthetic foot
            R TF: still descends step-to and drops into chairs; goal: walk down the hill to the mailbox and manage the church steps
            """,
            ["Z89.611"], [PT("97530", 20)], []),

        // "Activity-based therapy" 97112, "one therapist, one ppt", quadruped/tall-kneel/half-kneel facilitation and frame perturbations for hip-extensor recruitment and trunk control — but not one number beyond the code and minutes: no measure.
        ["v3-h50-salem-activity-based-no-number"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Salem
            97112 — 25 min — one therapist, one ppt
            Activity-based therapy: quadruped rocking w/ facilitation at the pelvis; tall kneeling w/ rhythmic stabilization; kneel → half-kneel transitions w/ tapping to the gluteals; standing in the frame w/ trunk perturbations
            Incomplete paraplegia: ↓ hip extensor recruitment and ↓ trunk postural control
            Ppt held tall kneel longer today and needed less facilitation at the pelvis.
            """,
            ["G82.22"], [PT("97112", 25)], [At(Measure, "97112")]),

        // "One-on-one, PT"; Bertec virtual-reality platform (rhythmic weight shift, ski-slalom game, moving LOS targets) with LOS % and velocity — but "Pt engaged, asks to do the ski game again" names no deficit or system.
        ["v3-h50-ankeny-vr-platform-no-deficit"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Ankeny
            One-on-one, PT
            97112 — 20 min
            Bertec balance platform, virtual-reality training: rhythmic weight shift (A/P and M/L), ski-slalom weight-shift game, limits-of-stability targets w/ the screen moving
            Pt engaged, asks to do the ski game again next visit.
            Limits of stability composite 71% (62% last wk); rhythmic weight shift M/L on-axis velocity 4.1°/s
            """,
            ["R26.81", "G72.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // OT 97140 "Axillary web syndrome: manual cord release" with sustained holds and bouts; cords from the L axilla to the elbow limiting abduction; abduction and flexion degrees after: passes.
        ["v3-h50-stmatthews-aws-cord-release-97140"] = new(
            """
            OVCR · Lymphedema Treatment Record · St. Matthews · OT
            II. Measurements — L shoulder abd 105° → 140° after; flexion 150° → 162°
            III. Treatment — 97140, 15 min
                Axillary web syndrome: manual cord release — skin traction along the cord w/ the arm taken into abduction to end feel, sustained 60–90 s, 4 bouts; light MLD strokes proximal to the cord first
            IV. Finding — visible cords L axilla → medial elbow, tight w/ abduction past 100°
            """,
            ["I89.8", "Z85.3"], [OT("97140", 15)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings

        // "Stemmer sign + at L 2nd toe; pitting 2+ dorsum L foot; skin thickening L lower leg" states the region and impairment; MLD pathways and toes-to-knee bandaging; ankle girth cm: 97140 passes.
        ["v4-h50-jeffersontown-stemmer-positive-97140"] = new(
            """
            OVCR · Lymphedema Treatment Record · Jeffersontown
            II. Findings — Stemmer sign + at L 2nd toe; pitting 2+ dorsum L foot; skin thickening L lower leg
                Ankle girth L 26.5 cm (28.0 at start of CDT); R 22.0 cm
            III. Treatment — 97140, 28 min: MLD — terminus, L axillary nodes, L axillo-inguinal anastomosis, abdomen w/ deep breathing, L thigh → lower leg → foot; multilayer short-stretch bandaging toes to knee
            Hx: L inguinal node dissection (vulvar ca)
            """,
            ["I89.0", "Z85.44"], [PT("97140", 28)], []),

        // PTA 97116 "Obs gait: R lateral trunk lean in prosthetic stance; terminal impact at the prosthetic knee; abducted prosthetic limb" states the impairment; SPC hallway and outdoor surfaces with distances and SBA: passes.
        ["v4-h50-oakridge-prosthetic-deviations-97116"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Oak Ridge · PTA
            Obs gait: R lateral trunk lean in prosthetic stance; terminal impact at the prosthetic knee; abducted prosthetic limb; uneven arm swing
            ⟶ 97116 · 18 min
            ① hallway w/ SPC in the L hand, cues to keep the trunk over the prosthesis and narrow the base, 4 x 100 ft, SBA
            ② sidewalk + grass outside, 200 ft, SBA
            """,
            ["Z89.611", "R26.89"], [PTA("97116", 18)], []),

        // "Finding (digital palpation): … she bears down (Valsalva); gluteal and adductor substitution; PFM does not relax" is the motor-recruitment deficit by its signs; tactile/mirror feedback and isolation progression; k of 10; 1:1: passes.
        ["v4-h50-savannah-palpation-bears-down-97112"] = new(
            """
            Lowcountry Pelvic Health & Balance — Savannah
            97112 · 23 min · 1:1
            Finding (digital palpation): on "squeeze and lift" she bears down (Valsalva); gluteal and adductor substitution; PFM does not relax after the contraction
            Tx: tactile cueing at the perineal body w/ hand-held mirror feedback; PFM isolation hooklying → sitting → standing; contract-relax paired w/ exhale
            Isolated PFM contraction w/o substitution 6/10 attempts (0/10 at eval)
            """,
            ["N39.3"], [PT("97112", 23)], []),

        // "Exam today: pinprick absent to mid-shin B; vibration 0/8 … (Rydel-Seiffer); ankle jerks absent B" states the somatosensory loss; dense foam EO → EC, foam-beam heel-toe, foam ball toss; mCTSIB and step count; "individual (1:1)": passes.
        ["v4-h50-desmoines-cip-rydel-seiffer-97112"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Des Moines
            97112 | 22 min | individual (1:1)
            Exam today: pinprick absent to mid-shin B; vibration 0/8 at the medial malleoli B (Rydel-Seiffer); ankle jerks absent B
            Tx: stance on dense foam EO → EC; heel-to-toe walking on a foam beam w/ UE support fading; sit → stand and ball toss on foam
            mCTSIB foam EC 6 s (0 s at eval); foam beam 8 steps w/o step-off
            """,
            ["G62.81"], [PT("97112", 22)], []),

        // 97110 "Thomas test: R hip flexion contracture 15°; R hip ext 3+/5" states the impairment; prone hip extension with a cuff, bridges, sidelying abduction, press-ups with doses: passes.
        ["v4-h50-farragut-hip-flexion-contracture-97110"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Farragut
            Thomas test: R hip flexion contracture 15°; R hip ext 3+/5 (prone, resisted at the distal residual limb)
            ⟶ 97110 · 15 min
            prone hip extension over a bolster w/ a 2-lb cuff on the residual limb 3 x 10; bridge w/ the residual limb on a bolster 2 x 12; sidelying hip abd 2 x 15; prone press-ups 10 x 5 s hold
            """,
            ["Z89.611", "M24.551"], [PT("97110", 15)], []),

        // 97530 "Problem: SpO2 drops to 87% on room air after one flight; Borg dyspnea 5/10 at the landing" with a basement-laundry goal; paced basket carry up the stairs and washer loading with counts, SBA: passes.
        ["v4-h50-ames-desaturates-on-stairs-97530"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Ames
            Problem: SpO2 drops to 87% on room air after one flight; Borg dyspnea 5/10 at the landing; sits down on the 3rd step
            97530 — 20 min
            carrying a laundry basket (8 lb) up 13 basement stairs w/ rail x 3, pursed-lip breathing paced to the steps, rest at the landing; loading the washer from a low stool x 6
            SBA; SpO2 nadir 91% w/ pacing
            Goal: do her laundry in the basement again
            """,
            ["R53.81", "R06.00"], [PT("97530", 20)], []),

        // Post-ICU 97112 "Re-check: sensation intact B feet, Romberg negative, no loss of balance on foam EC, protective steps prompt" states no deficit; foam SLS, head-turn tandem, release stepping, 1:1, SLS seconds and Berg present: no deficit.
        ["v4-h50-urbandale-balance-recheck-normal-97112"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Urbandale
            97112 — 23 min — 1:1
            Re-check: sensation intact B feet, Romberg negative, no loss of balance on foam EC, protective steps prompt in all directions
            Continued: single-leg stance on foam w/ ball toss; tandem walk w/ head turns; reactive stepping to releases
            SLS on foam R 20 s / L 18 s; Berg 55/56
            """,
            ["M62.81", "R53.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // 97140 "Finding: R mastectomy scar tethered to the chest wall at the lateral end … pulls w/ reaching overhead"; skin rolling and friction in bouts, lateral chest-wall MFR; flexion degrees after: passes.
        ["v4-h50-bardstown-scar-tethered-97140"] = new(
            """
            OVCR · Cancer Rehab Daily Note · Bardstown
            97140 · 12 min
            Finding: R mastectomy scar tethered to the chest wall at the lateral end — skin moves about half as far as on the L; pulls w/ reaching overhead
            Scar mobilization: skin rolling, cross-scar and circular friction along the lateral third, 3 bouts of 90 s; myofascial release R lateral chest wall and axilla
            R shoulder flexion 142° → 150° after
            """,
            ["Z90.11", "L90.5", "Z85.3"], [PT("97140", 12)], []),

        // PTA 97110 "Tone today: MAS 2 B ankle plantarflexors; 4 beats of clonus L ankle" states the impairment and region; frame with DF wedges, strap stretch and PROM with holds and counts: passes.
        ["v4-h50-roanoke-tone-clonus-pta-97110"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Roanoke · PTA note
            Tone today: MAS 2 B ankle plantarflexors; 4 beats of clonus L ankle; R hamstrings MAS 1+
            97110 — 15 min
            Standing frame w/ DF wedges under both feet, 3 x 60 s holds; long-sitting hamstring stretch w/ strap 3 x 30 s each; supine PROM hip/knee/ankle 10 each joint
            """,
            ["G82.22"], [PTA("97110", 15)], []),

        // Pelvic 97112 "PFM re-check today: isolates w/o substitution, full relaxation …, timing w/ cough automatic; no leakage on the cough test" states no deficit; pre-contraction with lifts, foam quick contractions, 1:1, counts present: no deficit.
        ["v4-h50-richmondhill-pfm-recheck-normal-97112"] = new(
            """
            Lowcountry Pelvic Health & Balance — Richmond Hill
            97112 · 20 min · 1:1
            PFM re-check today: isolates w/o substitution, full relaxation after each contraction, timing w/ cough automatic; no leakage on the cough test
            Practiced: PFM pre-contraction before lifting a 10-lb bag from the floor and carrying it 30 ft; sit-to-stand w/ pre-contraction; PFM quick contractions standing on a foam pad
            PFM hold 10 s x 10; cough test 0/5 leaks
            """,
            ["N39.3"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms

        // OT 97110 "SOZO bioimpedance L-Dex 9.8 (baseline −1.2, last visit 12.4); sum of girths L 151.5 cm / R 139.0 cm"; remedial exercise in the sleeve with counts and holds; L UE lymphedema and stiff elevation: passes.
        ["v5-h50-newalbany-sozo-l-dex-97110"] = new(
            """
            OVCR · Lymphedema Treatment Record · New Albany · OT
            II. Measurements — SOZO bioimpedance L-Dex 9.8 (baseline −1.2, last visit 12.4); sum of girths L arm 151.5 cm / R 139.0 cm
            III. Treatment — 97110, 20 min — remedial (decongestive) exercise in the sleeve: deep breathing x 10; shoulder shrugs/rolls x 10; wall walks to 150° x 10; fist pumps overhead x 20; doorway pec stretch 3 x 30 s
            IV. L UE lymphedema after L mastectomy + ALND; L shoulder stiff into elevation
            """,
            ["I97.2", "Z85.3"], [OT("97110", 20)], []),

        // 97116 "Re-test: AMPPRO 38/47 (33/47 eight wks ago) — K2 → K3 range"; variable cadence, outdoor surfaces, obstacle stepping with distances and counts, Mod I/SBA; L TT stance-time deficit and greenway goal: passes.
        ["v5-h50-maryville-amppro-k-level-97116"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Maryville
            Re-test: AMPPRO 38/47 (33/47 eight wks ago) — K2 → K3 range
            ⟶ 97116 · 25 min
            ① variable cadence in the hallway: slow / self-selected / fast on cue, 4 x 150 ft
            ② outdoor: grass slope, gravel lot, curb up/down
            ③ stepping over a 6-in obstacle leading w/ the prosthesis x 10
            L TT: ↓ prosthetic-side stance time at fast speed; wants to walk the greenway w/ his wife
            Independent w/o device on level surfaces; SBA on the grass slope
            """,
            ["Z89.512"], [PT("97116", 25)], []),

        // 97530 "SCIM III 38/100 (31/100 at admit); mobility subscore 13/40; WISCI II level 9"; sliding-board and stand-pivot transfers, commode and LB dressing with Min A/SBA; one-caregiver goal: passes.
        ["v5-h50-lynchburg-scim-wisci-97530"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Lynchburg
            97530 — 20 min
            Bed-to-chair transfer w/ sliding board → stand-pivot w/ RW x 4; toilet transfer on the commode frame x 3; LB dressing (pants over the feet) in long sitting
            Min A for stand-pivot, SBA w/ the board
            Goal: toilet and transfer w/ one caregiver so his wife can go back to work
            SCIM III 38/100 (31/100 at admit); mobility subscore 13/40; WISCI II level 9
            """,
            ["G82.54"], [PT("97530", 20)], []),

        // "Six Spot Step Test 11.8 s (14.6 s at eval); T25FW 7.9 s"; cooling vest, cone/block figure path, head-turn tandem, standing PNF D1; L LE ataxia and foot placement; 1:1: passes.
        ["v5-h50-roanoke-six-spot-step-97112"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Roanoke
            97112 — 25 min — 1:1
            Cooling vest on (heat-sensitive). Stepping over/around cones while kicking a block along a figure path; tandem walk w/ head turns; PNF D1 flexion L LE in standing w/ manual resistance
            L LE ataxia, ↓ foot placement accuracy
            Six Spot Step Test 11.8 s (14.6 s at eval); T25FW 7.9 s
            """,
            ["G35"], [PT("97112", 25)], []),

        // Post-prostatectomy "Manometry: max squeeze 36 cmH2O (22 at eval); endurance 8 s; 1-hr pad test 4 g (19 g at eval)"; manometric biofeedback with targets and timed contractions; delayed PFM recruitment; "one-to-one, private room": passes.
        ["v5-h50-beaufort-manometry-pad-test-97112"] = new(
            """
            Lowcountry Pelvic Health & Balance — Beaufort
            Post-prostatectomy (5 mo). 97112 · 20 min · one-to-one, private room
            Motor-control training w/ manometric biofeedback (anal probe): fast and slow contractions to the screen targets, then PFM contraction timed to standing up and to a cough
            Delayed PFM recruitment on effort → leakage on rising from a chair
            Manometry: max squeeze 36 cmH2O (22 at eval); endurance 8 s; 1-hr pad test 4 g (19 g at eval)
            """,
            ["N39.3", "Z90.79", "Z85.46"], [PT("97112", 20)], []),

        // "Therapeutic exercise (97110), 20 minutes" matches; "1-minute sit-to-stand test: 16 reps … SpO2 96% → 92%, HR 88 → 112" is a test's name and score, not time; exercises with doses for LE weakness after ARDS: passes.
        ["v5-h50-altoona-one-minute-sts-97110"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Altoona
            Therapeutic exercise (97110), 20 minutes
            Sit-to-stand from an 18-in chair 3 x 8; mini-squats at the counter 2 x 12; step-ups 6-in 2 x 10 each; heel raises 3 x 15
            For ↓ LE strength and endurance after a 17-day ICU stay (ARDS)
            1-minute sit-to-stand test: 16 reps (11 at eval); SpO2 96% → 92%, HR 88 → 112
            """,
            ["G72.81", "M62.81"], [PT("97110", 20)], []),

        // "tissue softer at the shin than last visit, less pitting, bandages holding better" is no number, and none is given beyond the code's minutes; MLD with fibrosis techniques and bandaging for R LE lymphedema present: no measure.
        ["v5-h50-shelbyville-tissue-softer-97140"] = new(
            """
            OVCR · Lymphedema Treatment Record · Shelbyville · OTR/L, CLT
            II. Notes — tissue softer at the shin than last visit, less pitting, bandages holding better
            III. Treatment — 97140, 30 min: MLD — terminus, both axillae, R axillo-inguinal anastomosis, abdominal deep strokes, R thigh → knee → calf; fibrosis techniques at the R shin; short-stretch bandaging toes to groin
            IV. R LE lymphedema after pelvic node dissection (prostate ca)
            """,
            ["I89.0", "Z85.46"], [OT("97140", 30)], [At(Measure, "97140")]),

        // 97116 "Gait looked smoother, less hesitation than last time — will video next visit" with no distance, assistance level or number; cued hallway/ramp gait and turns; short step and hesitant loading present: no measure.
        ["v5-h50-sevierville-looked-smoother-97116"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Sevierville
            ⟶ 97116 · 15 min
            Hallway and ramp w/ the new R TT prosthesis: cues for heel strike on the prosthetic side and longer L steps; practiced turns toward the prosthesis
            Short L step, hesitates before loading the prosthesis
            Gait looked smoother, less hesitation than last time — will video next visit to compare
            """,
            ["Z89.511"], [PT("97116", 15)], [At(Measure, "97116")]),

        // 97112 "Will re-test the Six Spot Step Test and the timed walk at next week's progress note" and no number anywhere; half-kneel stabilization, tray tandem, called obstacle course; postural control and L LE proprioception; one-on-one: no measure.
        ["v5-h50-blacksburg-retest-next-week-97112"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Blacksburg
            97112 — 23 min — one-on-one
            Rhythmic stabilization in half-kneel; tandem walking w/ a tray; obstacle course w/ direction changes called out
            ↓ postural control and L LE proprioception; fatigues late in the day
            Will re-test the Six Spot Step Test and the timed walk at next week's progress note.
            """,
            ["G35"], [PT("97112", 23)], [At(Measure, "97112")]),

        // 97530 night-time bathroom route (edge of bed pause, walker, night-light route, grab-bar toilet lowering) with a no-falls goal, but no assistance level, count, distance or number: no measure.
        ["v5-h50-pooler-night-route-no-measure-97530"] = new(
            """
            Lowcountry Pelvic Health & Balance — Pooler
            97530 · 15 min
            Practiced the night-time bathroom trip: sitting up at the edge of the bed and pausing, standing w/ the walker, walking the route from bedroom to bathroom w/ the night-light set-up, turning and lowering to the toilet using the grab bar
            Goal: get to the bathroom at night w/o falling (fell rushing to the toilet in January)
            """,
            ["R35.1", "Z91.81"], [PT("97530", 15)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms

        // Bracketed clock blocks "[9:05–9:28] 97112 NMR — 1 PT : 1 ppt" and "[9:28–9:43] 97116 Gait": 23 and 15, both match; stabilization/foam perturbations/targets and AFO/RW gait with distance and CGA; recruitment and postural control; Berg: passes.
        ["v6-h50-roanoke-bracket-clock-blocks"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Roanoke · Day schedule (PT portion)
            [9:05–9:28] 97112 NMR — 1 PT : 1 ppt
              tall-kneel rhythmic stabilization; standing on foam w/ perturbations at the pelvis; stepping to targets w/ the L leg
              C6 AIS D: ↓ L LE motor recruitment, ↓ postural control in standing
              Berg 38/56 (30/56 at admit)
            [9:28–9:43] 97116 Gait — hallway w/ L AFO and RW, 3 x 100 ft, CGA; cues for L hip flexion in swing, ↓ toe drag
            """,
            ["G82.54"], [PT("97112", 23), PT("97116", 15)], []),

        // Prose "Manual lymph drainage (97140) took 30 minutes today" and "Remedial exercises (97110) took another 12 minutes": both match; MLD pathways and bandaging, exercises in bandages with counts; R UE lymphedema; girth cm: passes.
        ["v6-h50-stmatthews-took-30-and-another-12"] = new(
            """
            OVCR · Cancer Rehab Daily Note · St. Matthews
            Manual lymph drainage (97140) took 30 minutes today — terminus, L axillary nodes, anterior axillo-axillary and R axillo-inguinal anastomoses, then the R arm in sections; re-bandaged w/ short-stretch over foam
            Remedial exercises (97110) took another 12 minutes — in the bandages: shoulder flexion w/ wand x 15, elbow flex/ext x 15, fist pumps x 20, scapular squeezes x 10
            R UE lymphedema after R mastectomy + ALND; R shoulder flexion 135°
            Girth 10 cm above the elbow 31.2 cm (32.4 last visit)
            """,
            ["I97.2", "Z85.3"], [PT("97140", 30), PT("97110", 12)], []),

        // "Billing: 97116 x 1 unit · 97530 x 2 units" gives units, not minutes, for either code: separate time missing; SPC gait with distance/SBA and car, floor and pick-up tasks with counts/CGA and goals complete.
        ["v6-h50-knoxville-units-only"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Knoxville
            Billing: 97116 x 1 unit · 97530 x 2 units
            ① gait w/ the R TF prosthesis and SPC in the hall, 3 x 150 ft, SBA; cues to shorten the sound-side step and stop vaulting
            ② car transfer into the truck x 3; picking up objects from the floor x 8; floor recovery via half-kneel x 2; CGA
            Goal: drive and get in/out of the truck on his own; walk into the feed store
            """,
            ["Z89.611"], [PT("97116", 15), PT("97530", 23)], [SepTime]),

        // "P1 Urge UI — 97112, 35 min, 1:1" against a 23-min line: mismatch; "P2 … 97110, 15 min" matches; both problems complete (sEMG drills with µV; hip exercises with doses and grade).
        ["v6-h50-savannah-nmr-35-against-23"] = new(
            """
            Lowcountry Pelvic Health & Balance — Savannah
            P1 Urge UI — 97112, 35 min, 1:1: sEMG-guided quick contractions, urge-control drill standing and walking, PFM contraction timed to sit-to-stand. Delayed PFM recruitment w/ urge leaks. sEMG peak 16 µV (10 at eval).
            P2 Hip weakness — 97110, 15 min: bridges 2 x 12, sidelying abd 2 x 15, sit-to-stand 2 x 10; hip abductors 4-/5.
            """,
            ["N39.46"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97112")]),

        // CDT co-visit "OT/CLT — 97140 · 25 min" and "PT — 97110 · 15 min": each matches its discipline's line; MLD and bandaging, exercise in bandages with counts; L UE lymphedema and flexion; circumference cm: passes.
        ["v6-h50-newalbany-ot-pt-co-visit"] = new(
            """
            OVCR · New Albany · CDT co-visit (OT/CLT + PT)
            OT/CLT — 97140 · 25 min: MLD (terminus, R axilla, axillo-axillary anastomosis, L arm in sections) + short-stretch bandaging hand to axilla
            PT — 97110 · 15 min: decongestive exercise in the bandages — wall walks x 10, wand flexion x 15, band rows 2 x 12, fist pumps x 20
            L UE lymphedema + L shoulder flexion 120° after L mastectomy + ALND + XRT
            Circumference 10 cm above the wrist L 21.8 cm (23.0 at start of CDT)
            """,
            ["I97.2", "Z85.3"], [OT("97140", 25), PT("97110", 15)], []),

        // "Ther ex 97110 — 18 min" then "Then hallway walking w/ the 4WW …" with no minutes for the gait: separate time missing; both parts complete (doses for LE weakness; distance, SBA, shuffling, gait speed).
        ["v6-h50-desmoines-ther-ex-timed-gait-not"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Des Moines
            Ther ex 97110 — 18 min: seated knee ext 3 lb 3 x 10; standing hip abd 2 x 12; sit-to-stand 3 x 8; heel raises 2 x 15 — B LE weakness after the ICU stay
            Then hallway walking w/ the 4WW, 3 x 200 ft, SBA, one standing rest; cues for upright posture; short shuffling steps, ↓ gait endurance
            Gait speed 0.68 m/s
            """,
            ["R53.81", "G72.81"], [PT("97110", 18), PT("97116", 15)], [SepTime]),

        // Three codes, "1:1 throughout (PT)": "TherAct 97530 — 25 min" against a 10-min line: mismatch; NMR 20 and Gait 15 match; all three complete (Berg; L300 gait with distance/SBA; floor/laundry tasks with SBA and goal).
        ["v6-h50-christiansburg-three-codes-ta-mismatch"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Christiansburg
            1:1 throughout (PT)
            NMR 97112 — 20 min: rocker board perturbations, tandem on foam, PNF rhythmic stabilization in standing; ↓ postural control + R LE proprioception; Berg 45/56
            Gait 97116 — 15 min: hallway w/ the Bioness L300 on the R, no AD, 4 x 150 ft, SBA; R foot drop w/ toe catch
            TherAct 97530 — 25 min: floor transfer via half-kneel x 3, carrying a laundry basket 30 ft x 4, SBA; goal: manage laundry at home
            """,
            ["G35"], [PT("97112", 20), PT("97116", 15), PT("97530", 10)], [At(Mismatch, "97530")]),

        // Per-code clock times "97112 in 10:02 out 10:25 | one-on-one" and "97110 in 10:25 out 10:40": 23 and 15, both match; PFM timing with step-ups and foam reaches, hip/PFM exercises with doses; cough test and Berg: passes.
        ["v6-h50-bluffton-in-out-clock-per-code"] = new(
            """
            Lowcountry Pelvic Health & Balance — Bluffton
            97112 in 10:02 out 10:25 | one-on-one
              PFM quick contractions timed to a cough and to a step-up; standing on foam w/ PFM bracing during ball reaches; stepping-strategy drills w/ PFM pre-contraction
              delayed PFM recruitment + ↓ reactive postural control (fell in the garden in February)
              cough test 1/5 leaks (4/5 at eval); Berg 49/56
            97110 in 10:25 out 10:40
              sit-to-stand w/ exhale 3 x 10; side-stepping w/ green band 3 x 20 ft; bridges 2 x 12 — hip and PFM weakness
            """,
            ["N39.3", "Z91.81"], [PT("97112", 23), PT("97110", 15)], []),

        // "Treatment time 40 min." on the one timed code against a 25-min 97140 line: mismatch; MLD pathways and scar mobilization in bouts; R UE/chest-wall lymphedema with upper-arm girth present.
        ["v6-h50-jeffersontown-treatment-time-40-one-code"] = new(
            """
            OVCR · Cancer Rehab Daily Note · Jeffersontown
            Treatment time 40 min.
            97140: MLD w/ node prep (terminus, L axilla, R axillo-inguinal), R chest wall and arm in sections; scar mobilization along the R mastectomy incision, 3 bouts of 60 s
            R UE and chest-wall lymphedema after R mastectomy + ALND; R upper-arm girth 32.0 cm (33.1 last wk)
            """,
            ["I97.2", "Z85.3"], [PT("97140", 25)], [At(Mismatch, "97140")]),

        // "Ther ex ⟶ 20 min (97110)" and "Gait ⟶ 15 min (97116)": both match; loads and doses for quad/glute weakness after COVID ICU stay; 4WW → SPC with distance and CGA, short steps: passes.
        ["v6-h50-wdm-arrow-minutes-two-codes"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — West Des Moines
            Ther ex ⟶ 20 min (97110): leg press 50 lb 3 x 10; standing hip ext w/ band 2 x 12; step-ups 6-in 2 x 10 — quad/glute weakness after 3 wks in the ICU (COVID pneumonia)
            Gait ⟶ 15 min (97116): 4WW → SPC trial in the gym, 2 x 150 ft, CGA w/ the SPC; ↓ step length and slow cadence
            """,
            ["R53.81", "M62.81", "Z86.16"], [PT("97110", 20), PT("97116", 15)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on an OT lymphedema visit with 97140 and 97110: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h50-empty-ot-mld-and-remedial-ex"] = new(
            "",
            ["I97.2"], [OT("97140", 30), OT("97110", 10)], [At(NoteMissing, "97140"), At(NoteMissing, "97110")]),

        // Empty note on a 97116 visit whose diagnosis field holds free text "R BKA", not an ICD-10-CM code: missing on 97116, and the diagnosis check.
        ["v7-h50-empty-97116-free-text-dx"] = new(
            "",
            ["R BKA"], [PT("97116", 15)], [At(NoteMissing, "97116"), Dx]),

        // Line feeds and spaces only on a PT 97112 + OT 97530 visit: DOC_NOTE_MISSING on both lines.
        ["v7-h50-blank-lines-pt-nmr-ot-ta"] = new(
            "\n\n   \n",
            ["G35"], [PT("97112", 23), OT("97530", 20)], [At(NoteMissing, "97112"), At(NoteMissing, "97530")]),

        // 97140 "Myofascial release to radiation fibrosis of the R upper chest and anterior neck: sustained holds of 90 s x 4 each area" with skin rolling: region, technique and holds: passes.
        ["v7-h50-stmatthews-97140-fibrosis-holds"] = new(
            """
            OVCR · Cancer Rehab Daily Note · St. Matthews
            97140 · 15 min
            Myofascial release to radiation fibrosis of the R upper chest and anterior neck: sustained holds of 90 s x 4 each area; skin rolling along the supraclavicular fossa
            """,
            ["L59.8", "Z92.3"], [PT("97140", 15)], []),

        // 97116 with prosthesis and SPC over lot, ramp and door steps, "3 x 120 ft, SBA", whose only target is the goal "walk from the handicap spot into church w/o the wheelchair": passes.
        ["v7-h50-maryville-97116-church-goal"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Maryville
            ⟶ 97116 · 12 min
            Gait training w/ the prosthesis and a SPC: parking lot, ramp and the two steps at the clinic door, 3 x 120 ft, SBA
            Goal: walk from the handicap spot into church w/o the wheelchair
            """,
            ["Z89.512"], [PT("97116", 12)], []),

        // 97530 milk-jug carry, reacher pick-ups and dishwasher loading with counts and SBA, and the goal "fix her own breakfast at home after 5 wks in the hospital": passes.
        ["v7-h50-altoona-97530-breakfast-goal"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Altoona
            97530 — 18 min
            Carrying a gallon of milk fridge → counter 15 ft x 6; picking up a dropped sock from the floor w/ a reacher x 5; standing at the counter to load the dishwasher, one rack
            SBA
            Goal: fix her own breakfast at home after 5 wks in the hospital (ARDS)
            """,
            ["G72.81", "R53.81"], [PT("97530", 18)], []),

        // 97110 whose only dose is the load of each machine (no sets or reps) and whose target is "B quad, hip abductor and back-extensor weakness": load is a parameter: passes.
        ["v7-h50-ankeny-97110-loads-only"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Ankeny
            97110 — 15 min
            Leg press 70 lb; knee extension machine 15 lb; hip abduction machine 20 lb; seated row 25 lb
            For B quad, hip abductor and back-extensor weakness after 4 wks on the vent
            """,
            ["G72.81", "M62.81"], [PT("97110", 15)], []),

        // PTA "TherEx and TherAct as tolerated. Pt motivated, progressing well." with "97110 15 min, 97530 15 min": minutes match but nothing is named for either code: generic only on both.
        ["v7-h50-pta-te-ta-as-tolerated-generic"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Oak Ridge · PTA
            TherEx and TherAct as tolerated. Pt motivated, progressing well.
            97110 15 min, 97530 15 min
            """,
            ["Z89.511"], [PTA("97110", 15), PTA("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // "NMR 97112 20 min. Balance activities per plan. Good participation. Continue.": generic only, no technique, deficit, number or one-on-one.
        ["v7-h50-bardstown-97112-balance-activities-generic"] = new(
            "OVCR · Cancer Rehab Daily Note · Bardstown. NMR 97112 20 min. Balance activities per plan. Good participation. Continue.",
            ["G62.0"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // "Manual therapy 97140 — 15 min per POC. Tolerated well. Cont.": generic only.
        ["v7-h50-newalbany-97140-per-poc-generic"] = new(
            """
            OVCR · New Albany
            Manual therapy 97140 — 15 min per POC. Tolerated well. Cont.
            """,
            ["I89.0"], [PT("97140", 15)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // OT/CLT record in Roman numerals: "97140 — 30 min — MLD (Casley-Smith method)" with bandaging and "97110 — 12 min" remedial exercise with counts; girth row against day 1; L UE lymphedema: passes.
        ["vord-h50-stmatthews-casley-smith-cdt"] = new(
            """
            OVCR · Lymphedema Treatment Record · St. Matthews · OTR/L, CLT-LANA
            I. S: "Sleeve feels looser." No signs of cellulitis; skin intact.
            II. O: girths L arm (cm) — wrist 17.2 | +10 cm 22.9 | +20 cm 26.0 | +30 cm 30.4 (day 1: 18.0 | 24.6 | 27.9 | 32.2)
            III. Tx:
                97140 — 30 min — MLD (Casley-Smith method): neck and terminus, R axilla, anterior/posterior axillo-axillary pathways, L axillo-inguinal; L arm proximal to distal; short-stretch bandaging over foam
                97110 — 12 min — remedial ex in bandages: shoulder flex/abd w/ wand x 15 each, elbow flex/ext x 20, putty squeezes x 20
            IV. A: L UE lymphedema (after L mastectomy + ALND) — girths down at every level; L shoulder abd 130°
            V. P: Phase I 3x/wk; measure for garment next wk
            """,
            ["I97.2", "Z85.3"], [OT("97140", 30), OT("97110", 12)], []),

        // Post-mastectomy with expander: "97110 — 20 min" (cane flexion, corner stretch, ER, serratus slides, rows with doses) and "97140 — 10 min" (pectoral MFR, scapular mobs in bouts) match; flexion degrees and a shelf limit: passes.
        ["vord-h50-bardstown-post-mastectomy-te-mt"] = new(
            """
            OVCR · Cancer Rehab Daily Note · Bardstown
            R mastectomy w/ tissue expander (exchange planned in May), 7 wks post-op, XRT done
            97110 — 20 min: supine cane flexion 2 x 10 w/ 5 s hold; corner pec stretch 3 x 30 s; sidelying ER 1 lb 2 x 12; serratus wall slides 2 x 10; prone row 2 lb 2 x 12
            97140 — 10 min: MFR R pectoral/axillary region; scapular mobilization in sidelying, 3 bouts each direction
            R shoulder flexion 128° → 138° after MT, abd 115°; can't reach the 2nd kitchen shelf
            """,
            ["Z90.11", "Z85.3", "M25.611"], [PT("97110", 20), PT("97140", 10)], []),

        // OT 97530 meal prep with energy-conservation set-up (perching stool, sliding the pot, rolling cart) and laundry folding, SBA with planned rests; cancer-related fatigue on FOLFOX and a supper goal: passes.
        ["vord-h50-shelbyville-ot-fatigue-meal-prep-97530"] = new(
            """
            OVCR · Cancer Rehab · Shelbyville · OT
            97530 · 23 min
            Meal prep in the ADL kitchen w/ an energy-conservation set-up: seated chopping at a perching stool, sliding the pot along the counter instead of carrying it, gathering items in one trip w/ a rolling cart; folding one basket of laundry standing
            SBA; 2 planned seated rests
            Cancer-related fatigue on FOLFOX (colon ca); goal: cook supper for her husband 3 nights a wk
            """,
            ["R53.0", "C18.9"], [OT("97530", 23)], []),

        // "Individual session (PT only with pt)"; 97112 23 (foam EC, lateral-push stepping, foam-beam heel-toe) and 97116 15 (outdoor SPC, distance, SBA) match; oxaliplatin neuropathy with monofilament loss; foam seconds and 10MWT: passes.
        ["vord-h50-newalbany-cipn-nmr-gait"] = new(
            """
            OVCR · Cancer Rehab Daily Note · New Albany
            Individual session (PT only with pt)
            97112 — 23 min: narrow stance on foam EC; stepping strategies to lateral pushes at the hips; heel-toe walking on a foam beam w/ a light touch on the rail
            97116 — 15 min: outdoor walk on the parking-lot ramp, grass and curb w/ SPC, 2 x 300 ft, SBA; cues to look ahead, not at the feet
            Oxaliplatin neuropathy: ↓ plantar sensation (monofilament 3/10 sites R, 4/10 L), visual dependence, wide-based cautious gait
            Foam EC 11 s; 10MWT 1.02 m/s
            """,
            ["G62.0", "T45.1X5D"], [PT("97112", 23), PT("97116", 15)], []),

        // Limb-loss "⟶ 97116 · 15 min" (no AD, hall and path, distance, Mod I) and "⟶ 97110 · 20 min" (hip abduction/extension and bridges with loads and doses) match; L hip abductor weakness with Trendelenburg lean: passes.
        ["vord-h50-knoxville-tt-gait-and-hip-ex"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Knoxville
            Prosthetic status: TSB, elevated vacuum | socks none | skin intact | residual limb volume stable
            ⟶ 97116 · 15 min: gait w/o AD in the hall and on the outdoor path, 4 x 200 ft, Mod I; cues to let the prosthetic knee flex at loading response, not lock it
            ⟶ 97110 · 20 min: sidelying hip abd 3 lb 3 x 12 L; bridges on a ball 2 x 12; standing hip ext w/ band L 3 x 12; sound-side heel raises 2 x 15
            L TT (PVD): weak L hip abductors (4-/5) → Trendelenburg lean over the prosthesis
            """,
            ["Z89.512", "E11.51"], [PT("97116", 15), PT("97110", 20)], []),

        // 97530 after L TF: sedan transfer, milk-jug carry with SPC, kneeling on the prosthetic side and rising, with counts and SBA/CGA; errands and garden goal: passes.
        ["vord-h50-farragut-tf-errands-97530"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Farragut
            97530 · 22 min
            ① car transfer into the passenger seat of the clinic's sedan, prosthesis on, x 4
            ② carrying a gallon of milk in the R hand w/ the SPC in the L, 40 ft x 3
            ③ kneeling on the prosthetic side to reach under the bed, then back up using the bed x 3
            SBA on ① and ③, CGA on ②
            L TF (trauma): goal — run errands alone and get out to the garden beds
            """,
            ["Z89.612"], [PT("97530", 22)], []),

        // PTA 97110 residual-limb strengthening (cuff knee extension, band flexion, SAQ, hip abduction, dead bug with doses); R quad/hamstring grades and buckling on the ramp: passes.
        ["vord-h50-oakridge-pta-residual-limb-97110"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Oak Ridge · PTA daily note (supervising PT on site)
            ⟶ 97110 · 18 min
            Residual-limb strengthening R: knee ext w/ a 3-lb cuff 3 x 12; prone knee flex w/ band 3 x 12; short-arc quads over a roll 2 x 15; sidelying hip abd 2 x 15
            Core: supine dead bug 2 x 10
            R TT: R quad 4-/5, R hamstrings 4/5; knee buckles on the prosthetic side going down the ramp
            """,
            ["Z89.511"], [PTA("97110", 18)], []),

        // Day-programme "[1:00–1:25] 97112" and "[1:25–1:40] 97530" (25 and 15, match), "PT with this ppt alone for both blocks"; kneel stabilization, bar perturbations, reaches; floor/car/reach tasks; sitting reach inches and Min A: passes.
        ["vord-h50-roanoke-sci-nmr-and-ta"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Roanoke
            PT with this ppt alone for both blocks
            [1:00–1:25] 97112: tall-kneel → half-kneel w/ rhythmic stabilization; standing in the bars w/ perturbations at the pelvis; reaching outside BOS to shelf targets
            [1:25–1:40] 97530: floor → w/c transfer practice w/ a step stool x 3; car-door simulator transfer x 2; reaching to the floor from the w/c for dropped items x 8
            T10 AIS C: ↓ trunk postural control and hip/knee extensor recruitment; goal: independent w/c ↔ car transfer
            Sitting reach 14 in fwd (10 in at admit); Min A floor → w/c
            """,
            ["G82.22"], [PT("97112", 25), PT("97530", 15)], []),

        // PTA 97110 with cooling vest in a cool room: knee extension, sit-to-stand, hip abduction, DF band with doses and a fatigue plan; L hip flexor/DF weakness: passes.
        ["vord-h50-salem-ms-pta-cooling-vest-97110"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Salem · PTA note
            97110 — 20 min (cooling vest on; gym at 68°F)
            Seated knee ext 2 lb 2 x 10 B; sit-to-stand from a raised mat 2 x 8; standing hip abd at the bar 2 x 10 B; ankle DF w/ band 2 x 15 L
            Rest breaks between sets per the fatigue plan
            L hip flexor and ankle DF weakness (3+/5); legs give out by afternoon
            """,
            ["G35"], [PTA("97110", 20)], []),

        // OT 97530 laundry routine with energy conservation and grocery unpacking, SBA and counts; fatigue and L grip kg; household-laundry goal: passes.
        ["vord-h50-lynchburg-ot-ms-laundry-97530"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Lynchburg · OT
            97530 — 25 min
            Laundry routine w/ energy conservation: sorting seated, moving wet clothes washer → dryer standing w/ forearm support, folding at a counter, one load
            Grocery unpacking to mid-height shelves x 12 items
            SBA; 1 seated rest; no LOB
            Fatigue + L hand weakness (grip 14 kg L / 26 kg R); goal: keep up w/ the household laundry on her own
            """,
            ["G35", "R53.83"], [OT("97530", 25)], []),

        // 97110 "FES cycling (RT300) … 5.2 km, resistance 1.5 Nm, cadence 45 rpm" for LE atrophy and circulation after complete T4 SCI; thigh girth cm: passes.
        ["vord-h50-blacksburg-fes-cycling-97110"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Blacksburg
            97110 — 25 min
            FES cycling (RT300), quads/hams/glutes stimulated: 5.2 km, resistance 1.5 Nm, cadence 45 rpm
            T4 AIS A: LE muscle atrophy, ↓ LE circulation; R thigh girth 41.5 cm (40.2 cm at start of the FES block)
            """,
            ["G82.21"], [PT("97110", 25)], []),

        // Pelvic SOAP: "97112 · 20 min · one-to-one" (PFM timing to cough/sneeze, foam ball catch with PFM hold, sEMG fast-twitch) and "97110 · 15 min" (wall squats, bridges, abduction with doses) match; cough-stress test k of 3: passes.
        ["vord-h50-hiltonhead-stress-ui-nmr-te"] = new(
            """
            Lowcountry Pelvic Health & Balance — Hilton Head
            S: One leak this wk w/ a sneeze (was daily). Walking the beach path again.
            O/Tx —
              97112 · 20 min · one-to-one: PFM contraction timed to a forced cough and a simulated sneeze; standing PFM hold while catching a ball on foam; sEMG visual biofeedback for fast-twitch recruitment
              97110 · 15 min: wall squats w/ PFM exhale 3 x 10; bridges w/ ball squeeze 2 x 12; sidelying hip abd 2 x 15 each
            A: Delayed fast-twitch PFM recruitment on cough (stress UI); hip abductor weakness 4-/5. Cough-stress test 0/3 leaks (3/3 at eval).
            P: progress to lifting grocery bags w/ a PFM brace
            """,
            ["N39.3", "R26.81"], [PT("97112", 20), PT("97110", 15)], []),

        // Problem list ①/②: "① 97112 — 23 min — seen 1:1" (urge-control drill walking and turning, pelvic pushes, tight turns) and "② 97116 — 15 min" (rollator, distance, SBA) match; PFM timing and postural control; TUG and tandem: passes.
        ["vord-h50-savannah-urge-falls-nmr-gait"] = new(
            """
            Lowcountry Pelvic Health & Balance — Savannah
            Problem list
             ① Urge incontinence w/ rushing → fall risk
             ② Gait: slow, shuffling, unsteady on turns
            Interventions
             ① 97112 — 23 min — seen 1:1 — urge-control drill (stop, quick PFM squeezes, breathe, then walk) practiced while walking and turning; reactive stepping to light pelvic pushes; turns in tight spaces like the bathroom
                ↓ PFM timing under urgency + ↓ reactive postural control
             ② 97116 — 15 min — hallway w/ rollator, 4 x 100 ft, SBA; practiced 180° turns and stopping at a "door" line
            Measures: TUG 13.6 s (16.4 s at eval); 4-stage balance: tandem 10 s
            """,
            ["N39.41", "Z91.81", "R26.81"], [PT("97112", 23), PT("97116", 15)], []),

        // 97530 night-route practice with an orthostatic BP check, RW sit-to-stand, a 35-ft route and grab-bar toilet transfers with counts, CGA → SBA; nocturia falls goal: passes.
        ["vord-h50-pooler-nocturia-night-route-97530"] = new(
            """
            Lowcountry Pelvic Health & Balance — Pooler
            97530 · 15 min
            Night-route practice: supine → sit, pause before standing (orthostatic check: BP 132/74 → 118/70 standing); sit → stand w/ RW x 5; bedroom → bathroom route 35 ft x 4; toilet transfer w/ grab bar x 4
            CGA on the first trial → SBA
            Goal: get up at night (nocturia x3) w/o falling
            """,
            ["R35.1", "Z91.81"], [PT("97530", 15)], []),

        // Vitals table (rest/peak/post HR, SpO2, BP) then "97110 (20 min)" with loads and doses for weakness with MRC sum and "97116 (15 min)" with SPC distance, Mod I and gait speed: both match: passes.
        ["vord-h50-ankeny-vitals-table-te-gait"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Ankeny
            Vitals        rest     peak     post
            HR            84       118      92
            SpO2 (RA)     97%      93%      96%
            BP            118/72   142/78   124/74
            97110 (20 min) — seated leg press 60 lb 3 x 10; step-ups 8-in 2 x 10; standing hip abd 2 x 12; overhead press w/ 3-lb wrist weights 2 x 10 — B LE/UE weakness (MRC sum 48/60) after 24 days in the ICU for COVID ARDS
            97116 (15 min) — community-distance walking on the hallway loop w/ SPC, 2 x 400 ft, Mod I; cues for longer steps and arm swing; gait speed 0.92 m/s
            """,
            ["G72.81", "M62.81", "Z86.16"], [PT("97110", 20), PT("97116", 15)], []),

        // OT 97530 shower simulation (tub-transfer bench, long sponge, standing shave), grip kg, Min A → CGA; shower goal: passes.
        ["vord-h50-ames-ot-shower-sim-97530"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Ames · OT
            97530 — 22 min
            Shower simulation: tub-transfer bench x 3, LB bathing w/ a long-handled sponge, standing at the sink to shave w/ forearms supported
            Grip R 16 kg / L 14 kg (ICU-acquired weakness)
            Min A for the tub bench → CGA on the last trial
            Goal: shower w/o his wife lifting his legs
            """,
            ["G72.81", "R53.81"], [OT("97530", 22)], []),

        // PTA 97116 outdoor walk to the bus shelter (curb cuts, incline) "2 x 650 ft w/ 4WW, SBA", SpO2; slow narrow-stepped gait and endurance after sepsis and trach; bus-to-church goal: passes.
        ["vord-h50-urbandale-pta-bus-shelter-97116"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Urbandale · PTA
            Gait 97116 — 20 min
            Outdoor walk to the bus shelter and back (one block, curb cuts, slight incline), 2 x 650 ft w/ 4WW, SBA; seated rest at the shelter bench
            Cues for upright trunk, longer steps; SpO2 92% at the shelter
            Deconditioning after 6 wks in the hospital (sepsis, trach, now decannulated): slow, narrow-stepped gait, ↓ walking endurance; goal: ride the bus to church
            """,
            ["R53.81", "R26.89"], [PTA("97116", 20)], []),

        // Three codes, "Delivery: individual, PT only, all timed minutes": 97112 20, 97110 15, 97530 15 all match; perturbed backward walking/foam/tray obstacles, loads with doses, floor and box tasks with SBA and food-bank goal; Berg and chair stands: passes.
        ["vord-h50-altoona-three-codes-individual"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Altoona · progress-week visit
            Delivery: individual, PT only, all timed minutes
            97112 20 min — backward walking w/ perturbations; foam stance w/ head turns; stepping over obstacles while carrying a tray
               ↓ reactive postural control and ankle strategy
            97110 15 min — leg press 70 lb 3 x 10; standing hip ext cable 10 lb 2 x 12; heel raises 3 x 15 — hip extensor and ankle PF weakness
            97530 15 min — floor recovery via half-kneel to a chair x 3; lifting a 15-lb box floor → counter x 6; SBA — goal: back to volunteering at the food bank
            Re-test: Berg 50/56 (41 at eval); 30-s chair stand 11 (6 at eval)
            """,
            ["G72.81", "R26.81"], [PT("97112", 20), PT("97110", 15), PT("97530", 15)], []),

        // OT 97110 for aromatase-inhibitor arthralgia of both hands (tendon glides, putty, rubber band, wrist stretch with doses); morning stiffness and jar-opening limit; grip kg: passes.
        ["vord-h50-jeffersontown-ot-ai-arthralgia-97110"] = new(
            """
            OVCR · Cancer Rehab · Jeffersontown · OT
            97110 · 15 min
            Aromatase-inhibitor arthralgia B hands: tendon glides 10 each; yellow putty grip 2 x 15; finger abduction w/ a rubber band 2 x 15; wrist flex/ext stretch 3 x 30 s
            Morning stiffness B hands, can't open jars; grip R 18 kg / L 16 kg
            """,
            ["M25.641", "M25.642", "Z79.811"], [OT("97110", 15)], []),

        // 97530 under bone-metastasis precautions: log-roll, recliner sit-to-stand, reacher, cross-body tote carry with counts and distance, SBA; home-safety and bed-mobility goal: passes.
        ["vord-h50-bardstown-bone-mets-precautions-97530"] = new(
            """
            OVCR · Cancer Rehab Daily Note · Bardstown
            Precautions: bone mets T8 and L pelvis — no lifting over 10 lb, no trunk flexion under load
            97530 · 20 min
            Log-roll to sit x 4; sit-to-stand from her recliner height w/ armrests x 6; reacher for items below knee height x 8; carrying a 5-lb bag in a cross-body tote 40 ft x 3
            SBA throughout
            Goal: stay home safely w/ her husband; manage bed mobility w/o twisting
            """,
            ["C79.51", "Z85.3"], [PT("97530", 20)], []),

        // Bilateral TT "Pt w/ PT only the whole visit (1:1)": 97112 20 (rocker in the bars, foam tandem with ball toss, target stepping with pelvic perturbations; proprioceptive loss; foam seconds and k of 10) and 97116 15 (crutches, distance, CGA) match: passes.
        ["vord-h50-sevierville-bilateral-tt-nmr-gait"] = new(
            """
            SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Sevierville
            Socks: R 3-ply / L 5-ply (L limb shrinking) · skin intact
            Pt w/ PT only the whole visit (1:1).
            ⟶ 97112 · 20 min: B TT — weight shifts on a rocker board in the bars; tandem stance on foam w/ ball toss; stepping to targets w/ perturbations at the pelvis
               ↓ proprioceptive feedback (no ankles to feel the ground) — relies on vision, slow postural reactions
               Foam stance EO 18 s / EC 4 s; 6/10 targets w/o UE support
            ⟶ 97116 · 15 min: RW → B forearm crutches, 4-point pattern, 3 x 60 ft, CGA; cues for even step length
            """,
            ["Z89.511", "Z89.512"], [PT("97112", 20), PT("97116", 15)], []),

        // Complete MLD record (girth row against day 1, MLD pathways, bandaging, L LE lymphedema after node dissection) sent with no diagnosis.
        ["vord-h50-shelbyville-mld-no-diagnosis"] = new(
            """
            OVCR · Lymphedema Treatment Record · Shelbyville · PT, CLT
            II. Girth L leg (cm): ankle 25.1 | calf 38.4 | knee 41.0 (day 1: 26.8 | 40.9 | 42.5)
            III. 97140 — 30 min — MLD: terminus, L axilla, L axillo-inguinal anastomosis, abdomen, L leg proximal → distal; multilayer short-stretch bandaging toes to knee
            IV. L LE lymphedema after L inguinal node dissection (melanoma)
            """,
            [], [PT("97140", 30)], [Dx]),

        // "Exercises and functional activities per plan, 35 min total. Did well. Continue plan.": nothing named for either code, and a total only.
        ["vord-h50-maryville-generic-two-codes-total"] = new(
            "SMOKY MOUNTAIN LIMB LOSS & MOBILITY — Maryville. Exercises and functional activities per plan, 35 min total. Did well. Continue plan.",
            ["Z89.512"], [PT("97110", 15), PT("97530", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Complete two-code SCI note (NMR 23: kneel stabilization, Airex pelvic perturbations, target stepping; Gait 15: RW + AFO distance/CGA; recruitment and postural control; Berg and 10MWT) that never says one-on-one.
        ["vord-h50-roanoke-two-codes-one-on-one-unstated"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Roanoke
            NMR 97112 — 23 min: quadruped → tall kneel w/ rhythmic stabilization; standing on the Airex w/ pelvic perturbations; step-to-target w/ the L LE
            Gait 97116 — 15 min: RW + L AFO, hallway 3 x 120 ft, CGA; L toe drag on turns
            Incomplete paraplegia (AIS D): ↓ L LE motor recruitment, ↓ standing postural control
            Berg 36/56; 10MWT 0.48 m/s
            """,
            ["G82.22"], [PT("97112", 23), PT("97116", 15)], [At(OneOnOne, "97112")]),

        // "97110 — 30 min" against an 18-min line: mismatch; "97530 — 15 min" matches; both sections complete (machine loads for extensor weakness with MRC sum; car and box tasks with SBA and a school goal).
        ["vord-h50-desmoines-te-30-against-18"] = new(
            """
            Heartland Post-ICU Recovery & Reconditioning — Des Moines
            97110 — 30 min: leg press 50 lb 3 x 10; hip abduction machine 30 lb 2 x 12; step-ups 6-in 2 x 10 — B hip/knee extensor weakness after the ICU stay (MRC sum 44/60)
            97530 — 15 min: car transfer to the simulator seat x 4; lifting a 10-lb box floor → counter x 6; SBA — goal: drive to his grandson's school
            """,
            ["G72.81", "M62.81"], [PT("97110", 18), PT("97530", 15)], [At(Mismatch, "97110")]),

        // Complete pelvic 97112 (1:1, sEMG quick flicks with cough and slow holds, PFM timing with a lift; endurance and recruitment deficits; sEMG µV and seconds) with the ICD-9 code 788.33 in the diagnosis field: not ICD-10-CM.
        ["vord-h50-beaufort-icd9-dx"] = new(
            """
            Lowcountry Pelvic Health & Balance — Beaufort
            97112 · 22 min · 1:1
            sEMG biofeedback: quick flicks paired w/ a cough; slow holds in sitting → standing; PFM contraction timed to lifting a 5-lb bag
            Poor PFM endurance + delayed recruitment (mixed UI)
            sEMG 10-s hold avg 12 µV (7 µV at eval); endurance 9 s
            """,
            ["788.33"], [PT("97112", 22)], [Dx]),

        // "Timed minutes: 40 (NMR + ther ex), Staff:ppt 1:1" is the only time for 97112 and 97110: no minutes for each; PNF/kneel/EC perturbations and hip exercises with doses; proprioception, postural control and hip weakness; tandem and Berg.
        ["vord-h50-christiansburg-timed-total-only"] = new(
            """
            BLUE RIDGE SCI & MS DAY PROGRAM — Christiansburg
            Timed minutes: 40 (NMR + ther ex). Staff:ppt 1:1
            NMR: PNF D1/D2 LE patterns in sidelying; tall-kneel weight shifts w/ rhythmic stabilization; standing at the bar w/ eyes closed and perturbations
            Ther ex: standing hip abd 2 x 10 B; bridges 2 x 12; mini-squats 2 x 10
            MS: ↓ L LE proprioception and postural control; L hip weakness 4-/5
            Tandem stance 8 s; Berg 44/56
            """,
            ["G35"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // PT/OT co-visit: "PT — 97110 — 15 min" matches; "OT — 97530 — 35 min" against a 20-min OT line: mismatch on the OT's line; both contents complete after a stem-cell transplant.
        ["vord-h50-newalbany-co-visit-ot-time-differs"] = new(
            """
            OVCR · Cancer Rehab · New Albany · PT/OT co-visit
            PT — 97110 — 15 min: sit-to-stand 3 x 8, step-ups 2 x 10, standing hip abd 2 x 12 — LE weakness after stem-cell transplant (deconditioning)
            OT — 97530 — 35 min: making the bed w/ a fitted sheet, laundry basket carry 20 ft x 3, standing to load the dishwasher; SBA — goal: manage light housework
            """,
            ["Z94.84", "R53.81"], [PT("97110", 15), OT("97530", 20)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
