using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The ninety-second held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of outpatient therapy charted on legacy and fixed-width systems — notes typed into old
/// green-screen terminals and hospital mainframes or keyed into DOS-era programs and printed: all capitals, fixed-width
/// columns and dot leaders, narrative fields cut at 60 or 80 characters in the middle of a word and carried on a
/// "CONT'D" or "&gt;&gt;" line (or simply lost at the field's end), forced abbreviations, CPT descriptions cut short
/// ("NEUROMUSC REED", "THER EXERC", "MANUAL THER TE", "THER ACTIV"), line and sequence numbers, prompts with their
/// defaults, one-letter code fields over their legends, dates as YYMMDD and times as HHMM — about two thirds ordinary
/// and complete (67 of 104), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit,
/// a PT's and a PTA's code on one visit and a PT's and an OT's code on one morning), by PTs, PTAs and OTs, from five
/// employers:
/// <list type="number">
/// <item>a county hospital's outpatient rehabilitation on its IBM 3270 mainframe ("Shenango Valley General Hospital —
/// OP Rehab", SVGH: the Sharon main campus, Hermitage, Greenville and Grove City, Pennsylvania) — a "TX NOTE ENTRY"
/// screen with its screen id, date and time, MRN and a LOC field cut at its width, two-digit line numbers,
/// "CHG 97112 NEUROMUSC REED MIN 023" rows with zero-padded minutes, a 60-character narrative field cut mid-word and
/// carried on "CONT'D" lines, "INDIV TX (Y/N)" and "GRP SIZE" fields, an "OUTCOME TOOL / SCORE / DATE" row and the
/// PF-key line: a tube-mill retiree with two falls on the back porch steps, a railcar-shop retiree who freezes in the
/// kitchen doorway, an outlet-mall stock clerk on the loading-dock ramp, a jon-boat fisherman on Shenango Lake after IV
/// antibiotics, a forward step at bocce at the club, pierogi at the church-hall counter, a pinsetter mechanic at the
/// lanes, a machinist who fell on the ice at the park, the Otago programme, Frenkel exercises and Tai Ji Quan: Moving
/// for Better Balance;</item>
/// <item>a critical-access hospital in southwest Iowa printing a DOS-era daily service log ("Nishnabotna Valley
/// Community Hospital — Rehab Services", NVCH: Red Oak, Atlantic, Clarinda, Shenandoah and Villisca) — PRINTED date
/// and time, MRN and PAGE, SVC / DESCRIPTION / START / STOP / MIN columns with HHMM clock times and zero-padded minutes
/// (or a MIN column alone), an 80-column narrative continued on "&gt;&gt;" lines, a DX DESC field cut at its width, an
/// INTERVENTION / DONE grid marked X, blank cells beside a total: a hog-confinement worker on the slats, a Tuesday and
/// Thursday balance class, a farm wife off the back step with the egg basket, a detasseling crew boss, a sale-barn man,
/// a seed dealer's test plots, a co-op scale-house operator, a sow-barn worker reaching for the water lines, a grain-bin
/// ladder and a grain cart, a pew and a tractor seat, a combine cab, the Cawthorne-Cooksey exercises, the WalkAide and
/// the AlterG;</item>
/// <item>an occupational-health clinic on an IBM AS/400 ("Bayou Casotte Occupational Health &amp; Rehab": Pascagoula,
/// Moss Point, Gautier and Ocean Springs, Mississippi) charting workers'-compensation and Longshore Act visits on a 5250
/// "Therapy Visit - Detail" screen — dot-leader prompts, claim numbers, three-digit Minutes fields, "Delivery", "Goal
/// status" and "Work status" code fields over their legends, a service subfile with a By column, Units beside Minutes,
/// a Procedures row marked X, 60-character comment lines broken mid-word with no marker, "EE" for the employee,
/// "Bottom" and the F-key line: shipfitters off the staging, pipe welders and pipefitters, a sandblaster in a
/// double-bottom tank, a crane operator under a swinging chain fall, a tug deckhand heaving a line, menhaden-boat and
/// shrimp-boat deckhands, a refinery operator on grated stairs, a casino blackjack dealer, a longshoreman with a
/// lashing bar, a rigger, a shipyard electrician off an A-frame ladder, a knee-knocker and the ladder into the hold, a
/// work-conditioning group, BTE Primus work simulation and the McKenzie extension progression;</item>
/// <item>a city hospital's rehabilitation medicine clinics on a MUMPS roll-and-scroll system ("Harbor Point Municipal
/// Hospital — Rehab Medicine OPD": Dundalk, Highlandtown, Curtis Bay and Essex, Maryland) — "Select PATIENT NAME:" and
/// "VISIT DATE: TODAY// 260304", a CPT prompt with its cut description, "MINUTES:", "PROVIDER: PT//" and
/// "ONE-ON-ONE (Y/N):" prompts (answered, or left empty), word-processing lines numbered "1&gt;", "2&gt;", "EDIT
/// Option:" and an electronic signature at YYMMDD@HHMM: a cold-mill retiree from the Point off Holabird Avenue, a
/// Greek-speaking widow and her daughter, marble steps and Formstone, a duckpin bowler, an MTA bus driver checking his
/// mirrors, a crab picker with the knife and the mallet, a longshoreman lashing containers, a bus mechanic at the
/// division garage, a night-shift mail sorter, a church pew, the wash in the basement, the alley behind the rowhouse,
/// Graston, muscle energy technique and LiteGait;</item>
/// <item>a small practice in the coalfields of southwest Virginia whose dictation a transcriptionist keys into a DOS
/// program and prints on a dot-matrix printer ("Clinch River Rehab Associates": Norton, Wise, Big Stone Gap, Coeburn
/// and St. Paul) — "*** CLINCH RIVER REHAB ASSOC *** DAILY NOTE DOS 260304 PG 1", TRANSCR date and time, four-digit
/// sequence numbers (0010, 0020, …), 80-column lines ending "&gt;&gt;" where they run on, code rows with dot leaders
/// ("97112 NEUROMUSC REED ........... 22 MIN", "24M", HHMM clock ranges), a REF DX field cut at its width, a
/// TECHNIQUE / GRADE / REPS/TIME table and "*** END OF NOTE ***": a retired roof bolter brought down from the hollow,
/// coal-truck drivers, a ginseng digger on the north slopes, a high-school football coach, a trombonist in the marching
/// band, a dollar-store stocker, a fiddler at the Friday jamboree, garden rows and a swinging footbridge over the
/// creek, water buckets up the bank to the chicken house, firewood and the wood stove, a four-wheeler, a steep dirt
/// drive to the mailbox, a Saturday spine class, Schroth and a Wii Fit balance board.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h92-…): one-on-one in these writers' own words ("ONE-ON-ONE W/ THIS THERAPIST - NO OTHER PT IN
/// THE GYM FOR THE ENTIRE NMR" carried across a CONT'D line, "ONLY PATIENT ON THE THERAPIST'S SCHEDULE THIS HOUR -
/// THERAPIST HANDS-ON W/ HIM THROUGH ALL OF THE NMR, NOBODY ELSE TREATED", "THERAPIST WORKED WITH THIS EE ALONE -
/// NOBODY ELSE ON THE CLINIC FLOOR FOR ANY OF THE 97112", "PT HAD THIS THERAPIST'S UNDIVIDED ATTENTION FOR ALL OF THE
/// NMR", "PT WAS THE ONLY PATIENT THIS THERAPIST TREATED DURING THE NMR - ONE ON ONE THE WHOLE TIME" with his wife
/// sitting in, "TX'D ONE TO ONE BY THIS THERAPIST, NO OTHER PT" with a rehab aide spotting at the gait belt, "PTA IN
/// DIRECT ONE ON ONE CONTACT W/ THE PT FOR ALL OF THE 97112"), notes that negate it (the therapist also treating the
/// patient in bay 3, a Tuesday and Thursday balance class of four, two employees treated at once at their own
/// stations, a PTA also watching two patients on the bike and the NuStep) or never state it (a daughter interpreting
/// in the room), and the codes without a one-on-one check (only 97112 is the one-on-one code in the shipped medicare
/// profile): a 97530 in a work-conditioning group of four and a 97110 in a Saturday spine class of five;</item>
/// <item>class 2 (v2-h92-…): code fields, prompts, grids and blank columns: "Delivery . . . . : I" and ": C" over their
/// legend, "ONE-ON-ONE (Y/N): Y  YES" and the same prompt left empty, "INDIV TX (Y/N): Y   GRP SIZE: _" and
/// "INDIV TX (Y/N): N   GRP SIZE: 3", START / STOP / MIN cells printed blank beside "TOTAL TIMED MIN: 037", an
/// INTERVENTION / DONE grid marked X, a Procedures row that marks only a hot pack and "Ther exercise", a blank
/// "OUTCOME TOOL: ____ SCORE: ____" row, a blank "PROBLEM ADDRESSED: ____", a MINUTES: prompt under each CPT,
/// "Goal status" and "Work status" code fields, and a TECHNIQUE / GRADE / REPS/TIME table;</item>
/// <item>class 3 (v3-h92-…): named protocols, programmes and devices as techniques (the Otago programme's strength
/// level C, Frenkel exercises, the Cawthorne-Cooksey standing stage, the WalkAide, BTE Primus work simulation, Graston
/// and muscle energy technique, LiteGait over a treadmill, Schroth, Tai Ji Quan: Moving for Better Balance, the AlterG),
/// a McKenzie extension progression with no dose and a Wii Fit balance board with no deficit;</item>
/// <item>class 4 (v4-h92-…): deficits stated as findings in these writers' terms (three marble steps climbed sitting,
/// a knee that buckles on the third rung of the ladder into the hold, dizziness looking up the grain-bin ladder, clods
/// between the garden rows and a swinging footbridge, a forward step at bocce, cards a dealer can't pitch, backfin a
/// crab picker can't work out, pierogi at the church-hall counter, a fiddle held up through a whole tune) and notes
/// that state none (a discharge with "NO DEFICITS IDENTIFIED; ALL GOALS MET", a full-duty release with "NO IMPAIRMENT
/// FOUND");</item>
/// <item>class 5 (v5-h92-…): measures as these systems write them ("MINI-BESTEST 19/28", "5XSTS 14.1 SEC", "MCTSIB FOAM
/// EC 12 SEC", "10MWT 0.82 M/SEC", "GRIP (JAMAR POS 2) R 52# / L 94#", "FLEX 96 DEG -&gt; 104 DEG", "MMT L HIP ABD 3+/5",
/// "FOUR SQUARE STEP TEST 13.2 SEC", "30-SEC CHAIR STAND 8 REPS", safe lifts in pounds, foam seconds and catches) and
/// notes with none ("EE STATES HE FEELS STEADIER ON THE DECK PLATES", "WALKING BETTER, HIS DAUGHTER SAYS", "NECK
/// MOVING BETTER PER PT", "SAYS SHE FEELS STRONGER");</item>
/// <item>class 6 (v6-h92-…): minutes in these systems' forms (START / STOP / MIN columns, zero-padded "MIN 018" rows
/// for three codes, a subfile with a By column for a PT's and a PTA's code, MINUTES: prompts for a PT's and an OT's
/// code, HHMM clock ranges on the code rows, "MIN 006 + 006 = 012", "24M", "Units 2  Minutes 023") and true mismatches
/// (MIN 035 against 22, an OT's MINUTES: 30 against 18, a gait clock range of 27 minutes against 14) and truly missing
/// separate time (a timed-service total under two minute-less rows, a second MIN field left blank, one clock range for
/// two codes);</item>
/// <item>class 7 (v7-h92-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (knee strengthening for the cellar stairs), 97530 (a rigging simulation),
/// 97140 (mid-thoracic and rib mobilisation) and 97116 (cane gait on gravel and grass), a wholly generic one-line 97112
/// in capitals, a generic 97110 + 97140 log with minutes for each and a generic 97530 screen;</item>
/// <item>ordinary (vord-h92-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (715.16) on the log and the
/// claim, a generic two-code entry with only a total, a PTA's gait minutes that differ, a 97110's minutes that
/// differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry numbers that are not the code's — screen ids, MRNs, claim numbers, line
/// numbers (01, 02 …; 1&gt;, 2&gt; …) and sequence numbers (0010, 0020 …), page numbers, YYMMDD dates and HHMM times of
/// printing, transcription and signature, units, ages, years underground, weeks and months since surgery, spinal
/// levels, heights of steps, boxes, ladders and knee-knockers, loads in pounds and in-lb, angles and an ICD-9 code — and
/// each sits in its own column or field or is written so that a reviewer cannot take it for a code's minutes; a code's
/// minutes are in its own column, field or prompt, or are an HHMM clock range on the code's own row; no note gives
/// minutes to a visit, a modality, a test, a rest or an exercise. The notes failed for want of a measure carry no
/// number but their code's and its minutes, except two whose only other numbers are the screen's or the printout's
/// own furniture (line or sequence numbers, a screen id, an MRN, a page number, a date and a time).
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
/// documentation profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out a one-letter code field with no legend on the screen, a one-on-one, minutes or measure
/// field whose value was cut off at the field's width, a number or a code split across a continuation, a units column
/// as a code's only minutes, a visit's IN and OUT times, a code's description alone as its technique, a diagnosis
/// description as a 97112's only deficit, an ICD-9 code beside a valid ICD-10-CM code, whether a work-conditioning
/// group's 97530 or a spine class's 97110 belongs on 97150 (a coding question, not the note's), and whether the care
/// falls inside a workers'-compensation or Longshore Act authorisation (not the note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 89 of 104 cases agree (102 needed), and 8 of the 67 notes the reviewer passes got a finding, on the analyzer of b0456dd (the start of the 2026-12-06 fourteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 100 of 104, 3 false positives — legacy code names cut short ("NEUROMUSC REED", "THER EXERC", "MANUAL THER TE", "THER ACTIV") with "MINUTES: 22" prompts and "MIN 018" columns, the employee ("EE") as the patient in one-on-one statements. Left: a one-letter code field over its legend ("Delivery . . . . :  I" / "I=Individual (1 EE / 1 therapist)"), "NO OTHER EE TREAT" / "ED BY THE PT" cut at the field's edge, "MIN 006 + 006 = 012 (START AND EN" / "CONT'D D OF VISIT)" — a sum cut across a continuation line, "FUNCTIONAL TRA" / "INING" read as TrA; both its facts are skipped with that reason.</para>
/// <para>Later (2026-12-06, fifteenth session): 104 of 104, no false positive — a comment field cut at its width is read with its cut words joined where the join is a vocabulary word ("TREAT" / "ED", "FUNCTIONAL TRA" / "INING"); a one-letter mode field over its legend ("I=Individual   G=Group") is the mode its letter stands for; a minutes field given as parts and their sum ("MIN 006 + 006 = 012") is the sum. Both facts unskipped.</para>
/// </summary>
public class HeldOutNotesIssue18NinetySecondTests(ITestOutputHelper output)
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

        // SVGH Hermitage 3270 screen, tube-mill retiree with two falls on the porch steps: "ONE-ON-ONE W/ THIS THERAPIST - NO OTHER PT IN THE GYM FOR THE ENTIRE NMR" cut at the field's end and carried on a CONT'D line; foam eyes closed with head turns, tandem at the rail, stepping strategy to pushes; somatosensory loss and a late stepping strategy; Berg and tandem seconds; MIN 023 matches: passes.
        ["v1-h92-svgh-hermitage-no-other-pt-in-the-gym"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 0942
            PT: KOVACIC, JOSEPH M           MRN 00418832   LOC: HERMITAGE OUTPATIEN
            01 CHG 97112 NEUROMUSC REED   MIN 023
            02 RETIRED FROM THE TUBE MILL. TWO FALLS ON THE BACK PORCH STEP
            03 CONT'D S SINCE NOV, BOTH AT DUSK.
            04 ONE-ON-ONE W/ THIS THERAPIST - NO OTHER PT IN THE GYM FOR TH
            05 CONT'D E ENTIRE NMR.
            06 TX: FOAM STANCE EYES CLOSED W/ HEAD TURNS; TANDEM WALK ALONG
            07 CONT'D THE RAIL; STEPPING STRATEGY DRILL TO UNANNOUNCED PUSH
            08 CONT'D ES AT THE TRUNK
            09 IMPAIRMENT: DECR SOMATOSENSORY INPUT B FEET (DM NEUROPATHY),
            10 CONT'D DELAYED STEPPING STRATEGY
            11 OBJ: BERG 41/56 (EVAL 36/56); TANDEM STANCE EO 8 SEC
            12 SIGNED: M SIRIANNI PT  260304 1018
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // SVGH Sharon: "WHILE THIS PT WORKED IN THE PARALLEL BARS, THIS THERAPIST ALSO TREATED THE PT IN BAY 3" - another patient inside the billed block; weight shifts with tapping, hurdle step-overs, stride-stance perturbations; L hemiparesis with glut med recruitment and postural control; Berg and 10MWT present: one-on-one missing.
        ["v1-h92-svgh-sharon-also-treating-bay-3"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1115
            PT: PETROSKY, ANNA R            MRN 00377120   LOC: SHARON MAIN CAMPUS
            01 CHG 97112 NEUROMUSC REED   MIN 020
            02 WHILE THIS PT WORKED IN THE PARALLEL BARS, THIS THERAPIST AL
            03 CONT'D SO TREATED THE PT IN BAY 3 (ICE AND TKA ROM).
            04 TX: L WT SHIFTS IN THE BARS W/ TAPPING OVER L GLUT MED; STEP
            05 CONT'D -OVERS OF A 4 IN HURDLE W/ L LEADING; PERTURBATIONS I
            06 CONT'D N STRIDE STANCE
            07 IMPAIRMENT: L HEMIPARESIS POST CVA - POOR L GLUT MED RECRUIT
            08 CONT'D MENT, L KNEE HYPEREXT IN STANCE, POSTURAL CONTROL IMP
            09 CONT'D AIRED
            10 OBJ: BERG 38/56; 10MWT 0.58 M/SEC W/ SPC
            11 SIGNED: M SIRIANNI PT  260304 1151
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["I69.354", "R26.89"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // NVCH Red Oak service log, hog-barn worker who rolled the ankle on the slats: "ONLY PATIENT ON THE THERAPIST'S SCHEDULE THIS HOUR - THERAPIST HANDS-ON W/ HIM THROUGH ALL OF THE NMR, NOBODY ELSE TREATED"; BAPS, rocker board eyes closed, foam catches; L ankle proprioception; SLS and SEBT; 1402-1424 = 022 matches: passes.
        ["v1-h92-nvch-red-oak-only-patient-this-hour"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1630                                      PAGE   1
            PATIENT: HEGGEN, DALE A             MRN 0048213   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: RED OAK
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97112 NEUROMUSC REED  1402   1424  022
            --------------------------------------------------------------------------------
            NARRATIVE:
            HOG CONFINEMENT WORKER, ROLLED THE L ANKLE ON THE SLATS IN THE FINISHING BARN. B
            >> ACK TO WORK W/ RESTRICTIONS.
            ONLY PATIENT ON THE THERAPIST'S SCHEDULE THIS HOUR - THERAPIST HANDS-ON W/ HIM T
            >> HROUGH ALL OF THE NMR, NOBODY ELSE TREATED.
            NMR: BAPS LEVEL 3 STANDING ON THE L; ROCKER BOARD A-P AND M-L W/ EYES CLOSED; SL
            >> STANCE ON FOAM CATCHING A BALL TOSSED OFF-CENTER
            PROBLEM: L ANKLE PROPRIOCEPTION DECREASED, SLOW PERONEAL RESPONSE - THE ANKLE RO
            >> LLS ON UNEVEN SLATS
            MEAS: SLS EYES CLOSED L 6 SEC / R 21 SEC; SEBT ANTERIOR L 64 CM / R 71 CM
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // NVCH Atlantic: "SEEN IN THE TUES/THURS BALANCE CLASS W/ 3 OTHER PATIENTS, ONE THERAPIST RUNNING THE STATIONS" - a group; beam tandem with head turns, foam eyes closed, lean-and-release; postural control with a slow reactive step; Mini-BESTest and foam seconds present: one-on-one missing.
        ["v1-h92-nvch-atlantic-balance-class-of-four"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1645                                      PAGE   1
            PATIENT: RASMUSSEN, LOIS E          MRN 0051760   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: ATLANTIC
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97112 NEUROMUSC REED  0930   0954  024
            --------------------------------------------------------------------------------
            NARRATIVE:
            SEEN IN THE TUES/THURS BALANCE CLASS W/ 3 OTHER PATIENTS, ONE THERAPIST RUNNING
            >> THE STATIONS.
            NMR: TANDEM WALK ON THE BEAM W/ HEAD TURNS; FOAM STANCE EYES CLOSED; REACTIVE ST
            >> EPPING TO A LEAN-AND-RELEASE FROM THE FRONT AND SIDES
            PROBLEM: POSTURAL CONTROL - SLOW, SHORT REACTIVE STEP; RELIES ON VISION ON SOFT
            >> SURFACES
            MEAS: MINI-BESTEST 18/28; FOAM EC 11 SEC
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Bayou Casotte Pascagoula AS/400 screen, shipfitter whose knee went out stepping off the staging: "THERAPIST WORKED WITH THIS EE ALONE - NOBODY ELSE ON THE CLINIC FLOOR FOR ANY OF THE 97112"; Airex squats with perturbations, hop and stick, mirrored step-downs; L knee neuromuscular control; Y-balance and valgus count; Minutes 022 matches: passes.
        ["v1-h92-bayou-pascagoula-nobody-else-on-the-floor"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1412
            Employee . . . . :  BROUSSARD, KEITH P         Claim . . :  LH2600417
            Employer . . . . :  SHIPYARD - HULL OUTFITTING
            Site . . . . . . :  PASCAGOULA
            Service  . . . . :  97112   NEUROMUSC REED    Minutes . :  022
            Comments:
              THERAPIST WORKED WITH THIS EE ALONE - NOBODY ELSE ON THE CLI
              NIC FLOOR FOR ANY OF THE 97112.
              SHIPFITTER, STEPPED OFF THE STAGING ONTO A HOSE AND THE L KN
              EE WENT OUT. LIGHT DUTY IN THE TOOL ROOM.
              NMR: SL SQUAT ON THE AIREX W/ PERTURBATIONS AT THE KNEE; HOP
              AND STICK ONTO FOAM; LATERAL STEP-DOWNS OFF A 6 IN STEP W/ M
              IRROR FEEDBACK
              DEFICIT: L KNEE NEUROMUSCULAR CONTROL AND PROPRIOCEPTION - K
              NEE DRIFTS INTO VALGUS ON SL LOADING
              OBJ: Y-BALANCE ANT L 59 CM / R 67 CM; VALGUS ON 4 OF 10 STEP
              -DOWNS (9 OF 10 AT EVAL)
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S83.512D"], [PT("97112", 22)], []),

        // Bayou Casotte Gautier: "2 EES TREATED AT THE SAME TIME BY THIS THERAPIST, EACH AT HIS OWN BALANCE STATION, THERAPIST MOVING BETWEEN THEM" - concurrent; BAPS, foam head turns, star excursion; R ankle proprioception; SLS and SEBT present: one-on-one missing.
        ["v1-h92-bayou-gautier-two-ees-at-once"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       0905
            Employee . . . . :  KITTRELL, ROY D            Claim . . :  LH2600388
            Employer . . . . :  SHIPYARD - PIPE SHOP
            Site . . . . . . :  GAUTIER
            Service  . . . . :  97112   NEUROMUSC REED    Minutes . :  020
            Comments:
              2 EES TREATED AT THE SAME TIME BY THIS THERAPIST, EACH AT HI
              S OWN BALANCE STATION, THERAPIST MOVING BETWEEN THEM.
              PIPE WELDER, TURNED THE R ANKLE ON A DECK GRATING ON THE NEW
              HULL.
              NMR: BAPS BOARD CW/CCW ON THE R; SL STANCE ON FOAM W/ HEAD T
              URNS; STAR EXCURSION REACHES ON THE R
              DEFICIT: R ANKLE PROPRIOCEPTION IMPAIRED AFTER THE SPRAIN
              OBJ: SLS ON FOAM R 9 SEC / L 26 SEC; SEBT POSTEROMEDIAL R
              78 CM / L 90 CM
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S93.401D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Bayou Casotte Moss Point work-conditioning group of four employees and one therapist: 97530 has no one-on-one check; blast-hose sled drag, manhole crawl, bucket carry with loads and counts; lumbar strain with trunk extensor weakness in tank postures; 026 matches: passes.
        ["v1-h92-bayou-moss-point-work-conditioning-group-97530"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1530
            Employee . . . . :  SEYMOUR, ANDRE L           Claim . . :  LH2600291
            Employer . . . . :  SHIPYARD - BLAST & PAINT
            Site . . . . . . :  MOSS POINT
            Service  . . . . :  97530   THER ACTIV        Minutes . :  026
            Comments:
              WORK CONDITIONING GROUP - 4 EES, ONE THERAPIST.
              SANDBLASTER/PAINTER, LUMBAR STRAIN DRAGGING BLAST HOSE IN A
              DOUBLE-BOTTOM TANK.
              ACTIVITIES: BLAST-HOSE DRAG SIM, 40 LB SLED 6 X 50 FT; CRAWL
              THROUGH A 24 IN MANHOLE MOCK-UP X 6; BUCKET CARRY 35 LB
              4 X 100 FT
              DEFICIT: LUMBAR STRAIN W/ TRUNK EXTENSOR WEAKNESS AND GUARDI
              NG IN CONFINED-SPACE POSTURES; GOAL - BACK IN THE TANKS
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S39.012D"], [PT("97530", 26)], []),

        // Harbor Point Dundalk FileMan note, a cold-mill retiree off Holabird Ave: "PT HAD THIS THERAPIST'S UNDIVIDED ATTENTION FOR ALL OF THE NMR - NO OTHER PATIENT WAS TREATED BY ME DURING IT"; PNF D1 with rhythmic initiation, step-ups with quad tapping, mirror weight shift; R hemiparesis with recruitment and timing; 5xSTS and Berg; MINUTES: 23 matches: passes.
        ["v1-h92-hpmh-dundalk-undivided-attention"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: SZYMANSKI,EDWARD J
            VISIT DATE: TODAY// 260304
            CLINIC: DUNDALK REHAB OPD//
            CPT: 97112  NEUROMUSC REED
              MINUTES: 23
              PROVIDER: PT//
            NARRATIVE:
              1>72 Y/O, RETIRED FROM THE POINT (COLD MILL). LIVES IN A ROWHOUSE
              2>OFF HOLABIRD AVE W/ HIS WIFE.
              3>PT HAD THIS THERAPIST'S UNDIVIDED ATTENTION FOR ALL OF THE NMR -
              4>NO OTHER PATIENT WAS TREATED BY ME DURING IT.
              5>NMR: PNF D1 FLEXION/EXTENSION R LE W/ MANUAL RESISTANCE, RHYTHMIC
              6>INITIATION; R STEP-UPS TO A 4 IN STEP W/ TAPPING OVER THE QUAD; WT
              7>SHIFT ONTO THE R LE W/ THE MIRROR
              8>IMPAIRMENT: R HEMIPARESIS - DECR R LE MOTOR RECRUITMENT AND
              9>TIMING, R KNEE BUCKLES IN EARLY STANCE
             10>OBJ: 5XSTS 19.6 SEC (24.1 AT EVAL); BERG 43/56
            EDIT Option:
            SIGNED: 260304@1422 /ES/ R. KOSTAKIS, PT
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // Harbor Point Highlandtown, Greek-speaking widow whose daughter interpreted and stayed in the room; nothing states one-on-one; foam with head nods, semi-tandem at the counter, pulls at the gait belt; somatosensory loss and a delayed stepping strategy; mCTSIB and recoveries present: one-on-one missing.
        ["v1-h92-hpmh-highlandtown-daughter-interprets-never-stated"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: KOSTOPOULOS,ELENI
            VISIT DATE: TODAY// 260304
            CLINIC: HIGHLANDTOWN REHAB OPD//
            CPT: 97112  NEUROMUSC REED
              MINUTES: 21
              PROVIDER: PT//
            NARRATIVE:
              1>86 Y/O, GREEK SPEAKING; DAUGHTER INTERPRETED AND STAYED IN THE
              2>ROOM.
              3>NMR: STANDING ON FOAM EYES OPEN/CLOSED W/ HEAD NODS; SEMI-TANDEM
              4>AT THE COUNTER; STEPPING STRATEGY W/ UNEXPECTED PULLS AT THE GAIT
              5>BELT
              6>IMPAIRMENT: SOMATOSENSORY LOSS B FEET W/ DELAYED STEPPING
              7>STRATEGY; 3 FALLS ON THE FORMSTONE FRONT STEPS THIS WINTER
              8>OBJ: MCTSIB FOAM EC 9 SEC; 6 OF 10 PULLS RECOVERED W/ ONE STEP
            EDIT Option:
            SIGNED: 260304@1107 /ES/ R. KOSTAKIS, PT
            """,
            ["G62.9", "R26.81"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Harbor Point Essex PTA: "THE PTA WAS ALSO WATCHING 2 OTHER PTS ON THE BIKE AND THE NUSTEP ACROSS THE GYM DURING THIS NMR" - attention divided; foam-beam stance with ball toss, metronome side-steps over cones, tandem perturbations; L hip postural control and glut med recruitment; SLS and FGA present: one-on-one missing.
        ["v1-h92-hpmh-essex-pta-minding-the-bikes"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: LOCKLEAR,WANDA F
            VISIT DATE: TODAY// 260304
            CLINIC: ESSEX REHAB OPD//
            CPT: 97112  NEUROMUSC REED
              MINUTES: 19
              PROVIDER: PTA
            NARRATIVE:
              1>PTA VISIT. THE PTA WAS ALSO WATCHING 2 OTHER PTS ON THE BIKE AND
              2>THE NUSTEP ACROSS THE GYM DURING THIS NMR.
              3>NMR: L SL STANCE ON THE FOAM BEAM W/ BALL TOSS; LATERAL STEPPING
              4>OVER CONES TO A METRONOME; PERTURBATIONS AT THE PELVIS IN TANDEM
              5>IMPAIRMENT: L HIP POSTURAL CONTROL AND GLUT MED RECRUITMENT POOR
              6>AFTER THE FRACTURE - TRENDELENBURG ON L STANCE
              7>OBJ: SLS L 5 SEC / R 16 SEC; FGA 20/30
            EDIT Option:
            SIGNED: 260304@1530 /ES/ L. WHITAKER, PTA
            """,
            ["S72.002D", "R26.81"], [PTA("97112", 19)], [At(OneOnOne, "97112")]),

        // Clinch River Norton transcription, retired roof bolter whose wife drove him from the hollow and sat in: "PT WAS THE ONLY PATIENT THIS THERAPIST TREATED DURING THE NMR - ONE ON ONE THE WHOLE TIME" (a family member does not undo it); heel-to-target tapping, cadenced tandem, foam reaches; R limb ataxia and truncal sway; Berg and tandem; 22 MIN matches: passes.
        ["v1-h92-crra-norton-wife-sat-in-one-on-one"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: MULLINS, ESTIL R         NORTON OFFICE    TRANSCR 260304 1105
            REF DX: ATAXIA FOLLOWING CEREBRAL INFARCTION, RI
            0010 97112 NEUROMUSC REED ........... 22 MIN
            0020 RETIRED ROOF BOLTER, 31 YRS UNDERGROUND. WIFE DROVE HIM DOWN FROM THE HOL>>
            0030 LOW AND SAT IN.
            0040 PT WAS THE ONLY PATIENT THIS THERAPIST TREATED DURING THE NMR - ONE ON ON>>
            0050 E THE WHOLE TIME.
            0060 NMR: HEEL-TO-TARGET TAPPING ON NUMBERED FLOOR SPOTS; TANDEM WALK TO A CAD>>
            0070 ENCE COUNT; STANDING ON FOAM W/ SLOW ARM REACHES OUTSIDE THE BASE OF SUPP>>
            0080 ORT
            0090 PROBLEM: R LIMB ATAXIA AND TRUNCAL SWAY AFTER THE CEREBELLAR STROKE; OVER>>
            0100 SHOOTS THE STEP
            0110 OBJ: BERG 39/56; TANDEM STANCE EO 4 SEC (UNABLE AT EVAL)
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["I69.393", "R26.0"], [PT("97112", 22)], []),

        // Clinch River Coeburn Saturday spine class of five patients and one therapist: 97110 has no one-on-one check; press-ups, bird dog, bridges, side plank with doses; low back pain with core and hip extensor weakness and a coal-truck cab goal; 18 MIN matches: passes.
        ["v1-h92-crra-coeburn-saturday-spine-class-97110"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: STALLARD, RICKY D        COEBURN OFFICE   TRANSCR 260304 1240
            0010 97110 THER EXERC ............... 18 MIN
            0020 SEEN IN THE SAT MORNING SPINE CLASS, 5 PATIENTS, ONE THERAPIST.
            0030 COAL TRUCK DRIVER, LOW BACK PAIN AFTER LONG DAYS IN THE SEAT ON THE HAUL>>
            0040 ROAD.
            0050 EX: PRONE PRESS-UPS 2 X 10; BIRD DOG 3 X 8 EA; BRIDGES 3 X 12; SIDE PLANK>>
            0060 FROM THE KNEES 3 X 20 SEC
            0070 FOR: LOW BACK PAIN W/ CORE AND HIP EXTENSOR WEAKNESS; GOAL - CLIMB IN AND>>
            0080 OUT OF THE CAB W/O PAIN
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["M54.50"], [PT("97110", 18)], []),

        // SVGH Greenville, railcar-shop retiree with Parkinson's: "TX'D ONE TO ONE BY THIS THERAPIST, NO OTHER PT; REHAB AIDE SPOTTED FROM BEHIND AT THE GAIT BELT" (staff in the room does not undo it); tape-line stepping to a metronome, doorway turns with a weight shift, reactive backward steps; freezing and poor posterior responses; Mini-BESTest and freeze count; MIN 021: passes.
        ["v1-h92-svgh-greenville-aide-spotting-one-to-one"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1340
            PT: YANC, GEORGE T              MRN 00402277   LOC: GREENVILLE OUTPATIE
            01 CHG 97112 NEUROMUSC REED   MIN 021
            02 RETIRED FROM THE RAILCAR SHOP. WIFE REPORTS HE FREEZES IN TH
            03 CONT'D E KITCHEN DOORWAY.
            04 TX'D ONE TO ONE BY THIS THERAPIST, NO OTHER PT; REHAB AIDE S
            05 CONT'D POTTED FROM BEHIND AT THE GAIT BELT.
            06 TX: STEPPING OVER TAPE LINES ON THE FLOOR TO A METRONOME; TU
            07 CONT'D RNING THROUGH A TAPED DOORWAY W/ A WT SHIFT BEFORE TH
            08 CONT'D E FIRST STEP; REACTIVE BACKWARD STEPS TO PULLS AT THE
            09 CONT'D HIPS
            10 IMPAIRMENT: PARKINSON'S - FREEZING AT DOORWAYS, POOR POSTERI
            11 CONT'D OR POSTURAL RESPONSES, SHORT SHUFFLING STEP
            12 OBJ: MINI-BESTEST 17/28; 2 FREEZES IN 5 DOORWAY PASSES
            13 SIGNED: M SIRIANNI PT  260304 1415
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["G20.A1"], [PT("97112", 21)], []),

        // Clinch River Big Stone Gap PTA, high-school football coach after an ACL reconstruction: "PTA IN DIRECT ONE ON ONE CONTACT W/ THE PT FOR ALL OF THE 97112 - NO OTHER PATIENT ON THE PTA'S SCHEDULE THEN"; box drop landings, reactive bounds onto foam, DynaDisc squats with perturbations; R knee neuromuscular control; triple hop and squat count; 21 MIN: passes.
        ["v1-h92-crra-big-stone-gap-pta-direct-contact"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: BOLLING, TRAVIS W        BIG STONE GAP    TRANSCR 260304 1610
            0010 97112 NEUROMUSC REED ........... 21 MIN   BY: PTA
            0020 HS FOOTBALL COACH, R ACL RECON 5 MOS AGO.
            0030 PTA IN DIRECT ONE ON ONE CONTACT W/ THE PT FOR ALL OF THE 97112 - NO OTHE>>
            0040 R PATIENT ON THE PTA'S SCHEDULE THEN.
            0050 NMR: DROP LANDINGS FROM A 12 IN BOX TO A STICK; LATERAL BOUNDS ONTO FOAM>>
            0060 W/ A REACTIVE BALL CATCH; SL SQUAT ON THE DYNADISC W/ PERTURBATIONS
            0070 PROBLEM: R KNEE NEUROMUSCULAR CONTROL - LATE QUAD FIRING, VALGUS ON LANDI>>
            0080 NG
            0090 OBJ: TRIPLE HOP R 88% OF L; SL SQUAT W/O VALGUS 7 OF 10
            *** END OF NOTE ***   DICTATED BY C. KILGORE, PTA
            """,
            ["S83.511D"], [PTA("97112", 21)], []),

        // ---------------------------------------------------------------- class 2: code fields, prompts, grids and blank columns

        // Bayou Casotte Ocean Springs "Delivery . . . . : I" over the legend "I=Individual (1 EE / 1 therapist) G=Group C=Concurrent" on a crane operator struck on the hard hat: X1 pitch viewing up to a ceiling target on foam, head-turn hall walking, looking-up habituation; post-concussive vestibulo-ocular dysfunction; DGI and DVA; 023 matches: passes.
        ["v2-h92-bayou-delivery-code-i-with-legend"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1010
            Employee . . . . :  TRAN, MINH Q               Claim . . :  WC2600962
            Employer . . . . :  PORT TERMINAL - CRANES
            Site . . . . . . :  OCEAN SPRINGS
            Service  . . . . :  97112   NEUROMUSC REED    Minutes . :  023
            Delivery . . . . :  I
                                I=Individual (1 EE / 1 therapist)   G=Group   C=Concurrent
            Comments:
              CRANE OPERATOR, STRUCK ON THE HARD HAT BY A SWINGING CHAIN F
              ALL. DIZZY LOOKING UP AT THE HOOK.
              NMR: GAZE STABILIZATION X1 VIEWING, HEAD PITCH LOOKING UP AN
              D DOWN TO A TARGET ON THE CEILING, SEATED TO STANDING ON FOA
              M; WALKING W/ HEAD TURNS DOWN THE HALL; HABITUATION - LOOKIN
              G UP WHILE TURNING
              DEFICIT: POST-CONCUSSIVE VESTIBULO-OCULAR DYSFUNCTION, WORSE
              W/ HEAD EXTENSION
              OBJ: DGI 20/24; DVA 3 LINES LOST
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // Bayou Casotte Gautier "Delivery . . . . : C" over the same legend (C=Concurrent) on a welder after a meniscus repair: not one-on-one; tilt-board squats, foam perturbations, mirrored step-downs; R knee proprioception and quad timing; squat count and Y-balance present: one-on-one missing.
        ["v2-h92-bayou-delivery-code-c"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1345
            Employee . . . . :  NECAISE, JARED M           Claim . . :  LH2600455
            Employer . . . . :  SHIPYARD - WELDING
            Site . . . . . . :  GAUTIER
            Service  . . . . :  97112   NEUROMUSC REED    Minutes . :  020
            Delivery . . . . :  C
                                I=Individual (1 EE / 1 therapist)   G=Group   C=Concurrent
            Comments:
              WELDER, R MEDIAL MENISCUS REPAIR AFTER KNEELING IN A BILGE.
              NMR: TILT-BOARD SQUATS; SL STANCE ON FOAM W/ PERTURBATIONS;
              FORWARD STEP-DOWNS W/ THE MIRROR
              DEFICIT: R KNEE PROPRIOCEPTION AND QUAD TIMING POOR
              OBJ: SL SQUAT W/O VALGUS 5 OF 10; Y-BALANCE ANT R 60 CM / L
              66 CM
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S83.241D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Harbor Point Curtis Bay "ONE-ON-ONE (Y/N): Y  YES" under the CPT prompt, an MTA bus driver off the road since the neuritis: X1 yaw/pitch on foam, hall head turns with mirror checks, saccades; L vestibular hypofunction; DVA and FGA; MINUTES: 22 matches: passes.
        ["v2-h92-hpmh-one-on-one-prompt-yes"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: WHITFIELD,CALVIN R
            VISIT DATE: TODAY// 260304
            CLINIC: CURTIS BAY REHAB OPD//
            CPT: 97112  NEUROMUSC REED
              MINUTES: 22
              PROVIDER: PT//
              ONE-ON-ONE (Y/N): Y  YES
            NARRATIVE:
              1>MTA BUS DRIVER, OFF THE ROAD SINCE THE NEURITIS; CHECKING THE
              2>MIRRORS BRINGS ON THE DIZZINESS.
              3>NMR: X1 GAZE STABILIZATION YAW AND PITCH TO A LETTER CARD,
              4>STANDING ON FOAM; HEAD TURNS WALKING THE HALL, L AND R MIRROR
              5>CHECKS; SACCADES BETWEEN TWO TARGETS
              6>IMPAIRMENT: L VESTIBULAR HYPOFUNCTION - GAZE SLIPS W/ QUICK HEAD
              7>TURNS TO THE L
              8>OBJ: DVA 4 LINES LOST (6 AT EVAL); FGA 21/30
            EDIT Option:
            SIGNED: 260304@0951 /ES/ R. KOSTAKIS, PT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // Harbor Point Dundalk "ONE-ON-ONE (Y/N):" left empty at the prompt and nothing in the narrative says it; duckpin bowler after a THA: foam stance with a ball pass, slide-approach finish on the L, lunge perturbations; L hip postural control and proprioception; SLS and held finishes present: one-on-one missing.
        ["v2-h92-hpmh-one-on-one-prompt-left-empty"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: GORSKI,FRANCIS X
            VISIT DATE: TODAY// 260304
            CLINIC: DUNDALK REHAB OPD//
            CPT: 97112  NEUROMUSC REED
              MINUTES: 20
              PROVIDER: PT//
              ONE-ON-ONE (Y/N):
            NARRATIVE:
              1>DUCKPIN BOWLER, L THA 9 WKS. WANTS TO GET BACK TO HIS THURSDAY
              2>NIGHT LEAGUE.
              3>NMR: L SL STANCE ON FOAM W/ A BALL PASS; STEP-AND-SLIDE APPROACH
              4>TO A FOUL LINE TAPED ON THE FLOOR, FINISHING ON THE L;
              5>PERTURBATIONS AT THE PELVIS IN A LUNGE
              6>IMPAIRMENT: L HIP POSTURAL CONTROL AND PROPRIOCEPTION - TRUNK
              7>SWAYS OVER THE L ON THE SLIDE FINISH
              8>OBJ: SLS ON FOAM L 7 SEC / R 19 SEC; FINISH HELD 3 SEC ON 6 OF 10
              9>SLIDES
            EDIT Option:
            SIGNED: 260304@1640 /ES/ R. KOSTAKIS, PT
            """,
            ["Z96.642", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // NVCH Villisca service log with the START / STOP / MIN cells of both rows printed blank and only "TOTAL TIMED MIN: 037": no minutes for each of two timed codes - separate time missing; both parts complete (one-on-one; BAPS, foam eyes closed, 2x4 tandem; heel raises, eversion, step-ups with doses; R ankle proprioception and peroneal/calf weakness; SLS).
        ["v2-h92-nvch-start-stop-min-blank-total-only"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1702                                      PAGE   1
            PATIENT: ENGSTROM, MARLENE J        MRN 0060148   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: VILLISCA
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97112 NEUROMUSC REED  ____   ____  ___
             97110 THER EXERC      ____   ____  ___
            --------------------------------------------------------------------------------
                                       TOTAL TIMED MIN: 037
            NARRATIVE:
            FARM WIFE, FELL OFF THE BACK STEP CARRYING THE EGG BASKET; R ANKLE SPRAIN.
            THERAPIST ONE-ON-ONE W/ HER FOR THE NMR, NO OTHER PATIENT.
            NMR: BAPS LEVEL 2 STANDING; FOAM STANCE W/ EYES CLOSED; TANDEM WALK ON A 2X4 LAI
            >> D ON THE FLOOR
            THER EX: SL HEEL RAISES 3 X 12; BAND EVERSION 3 X 15; LATERAL STEP-UPS 6 IN
            >> 3 X 10
            PROBLEM: R ANKLE PROPRIOCEPTION DECREASED AND PERONEAL/CALF WEAKNESS AFTER THE S
            >> PRAIN
            MEAS: SLS EC R 5 SEC / L 18 SEC
            """,
            ["S93.401D"], [PT("97112", 22), PT("97110", 15)], [SepTime]),

        // NVCH Shenandoah fixed-width INTERVENTION / DONE grid (BAPS, foam, rocker board and perturbation training marked X, tandem walk not) for a detasseling crew boss; "THERAPIST TREATED HIM 1 ON 1 - NO OTHER PATIENT DURING THE NMR"; chronic L ankle instability with poor proprioception; SLS seconds (and CAIT); 1115-1136 = 021 matches: passes.
        ["v2-h92-nvch-intervention-grid-x-marks"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1610                                      PAGE   1
            PATIENT: BRANDT, CODY J             MRN 0057731   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: SHENANDOAH
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97112 NEUROMUSC REED  1115   1136  021
            --------------------------------------------------------------------------------
             INTERVENTION                    DONE
             BAPS BOARD                        X
             FOAM STANCE EO/EC                 X
             ROCKER BOARD                      X
             TANDEM WALK                       _
             PERTURBATION TRNG                 X
            NARRATIVE:
            DETASSELING CREW BOSS, ROLLED THE L ANKLE IN A FURROW LAST JULY AND IT STILL GIV
            >> ES WAY.
            THERAPIST TREATED HIM 1 ON 1 - NO OTHER PATIENT DURING THE NMR.
            PROBLEM: CHRONIC L ANKLE INSTABILITY W/ POOR PROPRIOCEPTION
            MEAS: SLS EC L 7 SEC / R 25 SEC; CAIT 16/30
            """,
            ["M25.372"], [PT("97112", 21)], []),

        // Bayou Casotte screen with "Procedures . . . : X Hot pack X Ther exercise _ Manual _ Gait _ NMR" and "EE TOLERATED TX WELL. CONT PER PLAN." on a 97110: no exercise, region or dose named and no number but the code's and its minutes - technique, generic, deficit and measure.
        ["v2-h92-bayou-procedure-marks-hot-pack-and-ther-ex"] = new(
            """
                              BAYOU CASOTTE OCC HEALTH & REHAB
                                 Therapy Visit - Detail
            Employee . . . . :  PIERCE, DONALD W
            Employer . . . . :  SHIPYARD - RIGGING
            Site . . . . . . :  MOSS POINT
            Service  . . . . :  97110   THER EXERC        Minutes . :  015
            Procedures . . . :  X Hot pack  X Ther exercise  _ Manual  _ Gait  _ NMR
            Comments:
              EE TOLERATED TX WELL. CONT PER PLAN. F/U NEXT WK.
                                                                         Bottom
            """,
            ["S46.011D"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // SVGH Sharon screen with "OUTCOME TOOL: ____ SCORE: ____ DATE: ____" left blank on a 97112 that is otherwise complete (individual treatment stated; half-kneel rhythmic stabilization, PNF chop and lift, foam sit-to-stand eyes closed; trunk postural and lumbopelvic motor control after an L1 compression fracture): the only numbers are the screen's line numbers, MRN, date and time, the code and MIN 022 - measure missing.
        ["v2-h92-svgh-outcome-fields-left-blank"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1310
            PT: DEMARCO, ROSE A             MRN 00366904   LOC: SHARON MAIN CAMPUS
            01 CHG 97112 NEUROMUSC REED   MIN 022
            02 INDIV TX: THIS THERAPIST AND THIS PT ONLY, START TO FINISH O
            03 CONT'D F THE NMR.
            04 TX: RHYTHMIC STABILIZATION IN HALF-KNEEL; PNF CHOP AND LIFT
            05 CONT'D W/ MANUAL RESISTANCE; SIT-TO-STAND ON FOAM W/ EYES CL
            06 CONT'D OSED
            07 IMPAIRMENT: TRUNK POSTURAL CONTROL AND LUMBOPELVIC MOTOR CON
            08 CONT'D TROL IMPAIRED AFTER THE COMPRESSION FX
            09 OUTCOME TOOL: __________   SCORE: ____   DATE: ______
            10 A: TOLERATED. RETEST NEXT VISIT.
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["S32.010D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Clinch River Wise "PROBLEM ADDRESSED: ______" blank and no deficit, impairment or system anywhere; "ONE ON ONE: THIS PT W/ THIS THERAPIST ONLY"; BAPS, hop to stick onto foam, rocker board eyes closed; SLS seconds and stick count: deficit missing.
        ["v2-h92-crra-problem-addressed-field-blank"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: COUNTS, BRENDA K         WISE OFFICE      TRANSCR 260304 0930
            0010 97112 NEUROMUSC REED ........... 20 MIN
            0020 ONE ON ONE: THIS PT W/ THIS THERAPIST ONLY, NO OTHER PATIENT.
            0030 NMR: BAPS LEVEL 4; HOP TO STICK ONTO FOAM FWD AND LAT; ROCKER BOARD W/ EY>>
            0040 ES CLOSED
            0050 PROBLEM ADDRESSED: ______________________
            0060 OBJ: SLS EC R 11 SEC / L 24 SEC; HOP-STICK 6 OF 10
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["S93.401D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Harbor Point Essex with a MINUTES: prompt under each CPT (97112: 22 with ONE-ON-ONE (Y/N): Y, 97116: 14), both match; counter perturbations, pulls, foam head turns; RW to cane, curb and three-step mock-up with distance and CGA; R hip postural control and antalgic gait after a hip fracture; Berg and TUG: passes.
        ["v2-h92-hpmh-minutes-prompt-after-each-cpt"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: NOWAK,HELEN T
            VISIT DATE: TODAY// 260304
            CLINIC: ESSEX REHAB OPD//
            CPT: 97112  NEUROMUSC REED
              MINUTES: 22
              PROVIDER: PT//
              ONE-ON-ONE (Y/N): Y  YES
            CPT: 97116  GAIT TRAINING
              MINUTES: 14
              PROVIDER: PT//
            NARRATIVE:
              1>NMR: R SL STANCE AT THE COUNTER W/ PERTURBATIONS AT THE PELVIS;
              2>STEPPING STRATEGY TO POSTERIOR PULLS; FOAM STANCE W/ HEAD TURNS
              3>GAIT: RW TO SPC, 3 X 150 FT IN THE HALL; THE CURB AND THE 3 FRONT
              4>STEPS MOCK-UP W/ RAIL, CGA; CUED FOR EQUAL STEP LENGTH AND HEEL
              5>STRIKE ON THE R
              6>IMPAIRMENT: R HIP POSTURAL CONTROL AND DELAYED STEPPING STRATEGY
              7>AFTER THE HIP FX; ANTALGIC GAIT W/ SHORT R STANCE
              8>OBJ: BERG 45/56; TUG 13.9 SEC W/ SPC
            EDIT Option:
            SIGNED: 260304@1205 /ES/ R. KOSTAKIS, PT
            """,
            ["S72.141D"], [PT("97112", 22), PT("97116", 14)], []),

        // Bayou Casotte Moss Point "Goal status: P (M=Met P=Progressing N=Not met)" and "Work status: L" code fields above a complete 97140 for a tug deckhand: GH glides by grade and bouts, scapular mobs, posterior-cuff STM; R capsular hypomobility; flexion and IR degrees before and after; 012 matches: passes.
        ["v2-h92-bayou-goal-and-work-status-codes-97140"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       0815
            Employee . . . . :  DUPUIS, LEON A             Claim . . :  LH2600502
            Employer . . . . :  HARBOR TOWING - TUG CREW
            Site . . . . . . :  MOSS POINT
            Service  . . . . :  97140   MANUAL THERAPY    Minutes . :  012
            Goal status  . . :  P   (M=Met  P=Progressing  N=Not met)
            Work status  . . :  L   (F=Full duty  L=Light duty  O=Off work)
            Comments:
              TUG DECKHAND, STRAINED THE R SHOULDER HEAVING A LINE ONTO A
              BITT. CAN'T REACH OVERHEAD TO THROW A LINE.
              MANUAL: GH POSTERIOR AND INFERIOR GLIDES GRADE III,
              3 X 30 SEC; SCAPULAR UPWARD ROTATION MOBS; STM TO THE POSTER
              IOR CUFF
              DEFICIT: R GH CAPSULAR HYPOMOBILITY W/ POSTERIOR CUFF TIGHTN
              ESS
              OBJ: FLEX 128 -> 141 DEG, IR 30 -> 42 DEG AFTER THE MOBS
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S46.011D", "M25.611"], [PT("97140", 12)], []),

        // SVGH Grove City "INDIV TX (Y/N): N GRP SIZE: 3" on an outlet stock clerk's 97112: not one-on-one; BAPS, half foam roll, lateral hops onto foam; L ankle proprioception and peroneal reaction; SLS and SEBT present: one-on-one missing.
        ["v2-h92-svgh-indiv-tx-n-group-size-3"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1005
            PT: HOSTETLER, KAYLA M          MRN 00431568   LOC: GROVE CITY OUTPATIE
            01 CHG 97112 NEUROMUSC REED   MIN 020
            02 INDIV TX (Y/N): N   GRP SIZE: 3
            03 OUTLET MALL STOCK CLERK, L ANKLE SPRAIN ON THE LOADING DOCK
            04 CONT'D RAMP.
            05 TX: BAPS CW/CCW STANDING ON THE L; SL STANCE ON THE HALF FOA
            06 CONT'D M ROLL; LATERAL HOPS OVER A LINE ONTO FOAM
            07 IMPAIRMENT: L ANKLE PROPRIOCEPTION AND PERONEAL REACTION TIM
            08 CONT'D E DECREASED
            09 OBJ: SLS EC L 8 SEC / R 23 SEC; SEBT ANT L 62 CM / R 70 CM
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["S93.402D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // SVGH Hermitage "INDIV TX (Y/N): Y GRP SIZE: _" for a Shenango Lake jon-boat fisherman after ototoxic IV antibiotics: foam eyes closed with head turns, head turns on the grass, X1 while marching; bilateral vestibular hypofunction with visual reliance; FGA and mCTSIB; MIN 022 matches: passes.
        ["v2-h92-svgh-indiv-tx-y-group-size-blank"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1450
            PT: SHAFFER, WILLIAM E          MRN 00409915   LOC: HERMITAGE OUTPATIEN
            01 CHG 97112 NEUROMUSC REED   MIN 022
            02 INDIV TX (Y/N): Y   GRP SIZE: _
            03 FISHES FROM A JON BOAT ON SHENANGO LAKE; CAN'T STAND UP IN T
            04 CONT'D HE BOAT SINCE THE IV ANTIBIOTICS.
            05 TX: STANDING ON FOAM EYES CLOSED W/ HEAD TURNS; WALKING ON T
            06 CONT'D HE GRASS OUTSIDE W/ HEAD TURNS; X1 VIEWING WHILE MARC
            07 CONT'D HING IN PLACE
            08 IMPAIRMENT: BILATERAL VESTIBULAR HYPOFUNCTION (OTOTOXIC) - R
            09 CONT'D ELIES ON VISION, WIDE-BASED ON SOFT GROUND
            10 OBJ: FGA 17/30; MCTSIB FOAM EC 6 SEC
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["H81.93"], [PT("97112", 22)], []),

        // Clinch River St. Paul fixed-width TECHNIQUE / GRADE / REPS-TIME table on a ginseng digger's 97140 (central and unilateral PAs grade III in bouts, SIJ mob, STM with dashes in the empty cells); L4-S1 hypomobility with paraspinal guarding; fingertip-to-floor cm before and after; 12 MIN matches: passes.
        ["v2-h92-crra-grade-column-table-97140"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: GIBSON, HOMER L          ST PAUL OFFICE   TRANSCR 260304 1345
            0010 97140 MANUAL THERAPY ........... 12 MIN
            0020 DIGS GINSENG ON THE STEEP NORTH SLOPES IN THE FALL; LOW BACK CATCHES BEND>>
            0030 ING ON THE HILLSIDE.
            0040 TECHNIQUE                       GRADE   REPS/TIME
            0050 L5-S1 CENTRAL PA                III     3 X 30 SEC
            0060 L4-5 R UNILAT PA                III     3 X 30 SEC
            0070 R SIJ POSTERIOR ROTATION MOB    II      2 X 10
            0080 STM R QL / LUMBAR PARASPINALS   --      --
            0090 PROBLEM: L4-S1 SEGMENTAL HYPOMOBILITY W/ R PARASPINAL GUARDING
            0100 OBJ: FLEXION FINGERTIP TO FLOOR 28 CM -> 19 CM AFTER
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["M54.50", "M62.830"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // SVGH Sharon "OTAGO EXERCISE PROGRAMME, STRENGTH LEVEL C" with cuff weights: knee extension and flexion, side hip abduction, calf and toe raises with loads and sets; bilateral hip and knee weakness with falls and a stairs-to-the-bedroom goal; MMT; MIN 017 matches: passes.
        ["v3-h92-svgh-otago-strength-level-c-97110"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 0830
            PT: CIRILLO, MARGARET J         MRN 00352281   LOC: SHARON MAIN CAMPUS
            01 CHG 97110 THER EXERC       MIN 017
            02 OTAGO EXERCISE PROGRAMME, STRENGTH LEVEL C, W/ ANKLE CUFF WT
            03 CONT'D S:
            04 KNEE EXTENSION 4 LB 2 X 10; KNEE FLEXION STANDING 4 LB
            05 CONT'D 2 X 10; SIDE HIP ABD 3 LB 2 X 10; CALF RAISES NO SUPP
            06 CONT'D ORT 2 X 10; TOE RAISES 2 X 10
            07 FOR: B HIP AND KNEE WEAKNESS W/ FALLS - GOAL UP THE 14 STEPS
            08 CONT'D TO THE BEDROOM W/O STOPPING
            09 OBJ: MMT HIP ABD 3+/5 B, KNEE EXT 4-/5 B
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["M62.81", "R29.6"], [PT("97110", 17)], []),

        // SVGH Greenville Frenkel exercises (supine heel-to-shin targets, seated chalk-mark placement, standing steps to floor marks to a count) one-on-one; sensory ataxia with lost joint position sense after B12 deficiency; target accuracy and Romberg seconds; MIN 022 matches: passes.
        ["v3-h92-svgh-frenkel-exercises-97112"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 0915
            PT: MCCONNELL, THOMAS E         MRN 00415590   LOC: GREENVILLE OUTPATIE
            01 CHG 97112 NEUROMUSC REED   MIN 022
            02 ONE-ON-ONE, THIS THERAPIST W/ THIS PT ONLY FOR THE NMR.
            03 FRENKEL EXS: SUPINE HEEL SLIDES TO A TARGET ON THE SHIN; SEA
            04 CONT'D TED FOOT PLACEMENT TO CHALK MARKS; STANDING STEPS TO
            05 CONT'D FLOOR MARKS TO A COUNT, EYES ON THE FEET THEN AWAY
            06 IMPAIRMENT: SENSORY ATAXIA B LE - LOST JOINT POSITION SENSE
            07 CONT'D AT THE TOES AND ANKLES, STAMPING GAIT
            08 OBJ: FOOT TO TARGET 6 OF 10 ON THE FIRST TRY; ROMBERG EC
            09 CONT'D 5 SEC
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["E53.8", "R27.0"], [PT("97112", 22)], []),

        // NVCH Clarinda Cawthorne-Cooksey progression, standing stage (head and eye movements on foam, ball hand to hand above the eyes and below the knees, turning in place eyes open then closed), the therapist with him alone; R vestibular hypofunction after neuritis; DGI and a timed 360 turn; 0800-0823 = 023 matches: passes.
        ["v3-h92-nvch-cawthorne-cooksey-standing-stage"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1512                                      PAGE   1
            PATIENT: SORENSEN, ARLO K           MRN 0049925   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: CLARINDA
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97112 NEUROMUSC REED  0800   0823  023
            --------------------------------------------------------------------------------
            NARRATIVE:
            RUNS THE SALE BARN ON SATURDAYS; DIZZY BENDING INTO THE PICKUP BED SINCE THE NEU
            >> RITIS.
            THERAPIST W/ HIM ALONE FOR THE WHOLE NMR, NO OTHER PATIENT.
            CAWTHORNE-COOKSEY PROGRESSION, STANDING STAGE: HEAD AND EYE MOVEMENTS STANDING O
            >> N FOAM; BALL TOSSED HAND TO HAND ABOVE EYE LEVEL AND BELOW THE KNEES; TURNING
            >> AROUND IN PLACE EYES OPEN THEN CLOSED
            PROBLEM: R VESTIBULAR HYPOFUNCTION AFTER THE NEURITIS - DIZZY AND VEERS BENDING
            >> AND TURNING
            MEAS: DGI 19/24; 360 DEG TURN 4.8 SEC
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // NVCH Atlantic gait training with the WalkAide on the L peroneal nerve: level floor, gravel lot and curb with distance, SBA and CGA; L foot drop with toe catch and hip hiking after a stroke; gait speed with and without; 1000-1018 = 018 matches: passes.
        ["v3-h92-nvch-walkaide-gait-97116"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1555                                      PAGE   1
            PATIENT: JESSEN, RUTH A             MRN 0052214   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: ATLANTIC
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97116 GAIT TRAINING   1000   1018  018
            --------------------------------------------------------------------------------
            NARRATIVE:
            GAIT TRNG W/ THE WALKAIDE ON THE L PERONEAL NERVE (STIM ON SWING, TILT SENSOR):
            LEVEL FLOOR 4 X 150 FT, NO AFO, SBA; GRAVEL LOT 2 X 100 FT, CGA; CURB UP AND DOW
            >> N X 6
            PROBLEM: L FOOT DROP W/ TOE CATCH AND HIP HIKING AFTER THE STROKE
            MEAS: GAIT SPEED 0.71 M/SEC W/ THE WALKAIDE (0.55 W/O)
            """,
            ["I69.354", "M21.372"], [PT("97116", 18)], []),

        // Bayou Casotte Pascagoula BTE Primus work simulation (valve-wheel and overhead bolt-turn attachments at in-lb resistances, sets of turns), pipe carry and flange-bolt reaches with loads and counts; R cuff weakness and endurance loss above shoulder height; 024 matches: passes.
        ["v3-h92-bayou-bte-primus-work-sim-97530"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1115
            Employee . . . . :  LEWIS, CEDRIC T            Claim . . :  LH2600349
            Employer . . . . :  SHIPYARD - PIPE SHOP
            Site . . . . . . :  PASCAGOULA
            Service  . . . . :  97530   THER ACTIV        Minutes . :  024
            Comments:
              PIPEFITTER, R CUFF STRAIN OPENING A STUCK GATE VALVE OVERHEA
              D.
              BTE PRIMUS WORK SIM: VALVE-WHEEL ATTACHMENT AT SHOULDER HEIG
              HT, 40 IN-LB, 3 SETS OF 20 TURNS; OVERHEAD BOLT-TURN ATTACHM
              ENT, 25 IN-LB, 3 X 15
              PIPE CARRY 30 LB ON THE R SHOULDER 4 X 60 FT; REACHING A FLA
              NGE BOLT ABOVE HEAD W/ A WRENCH X 12
              DEFICIT: R ROTATOR CUFF WEAKNESS AND ENDURANCE LOSS ABOVE SH
              OULDER HEIGHT
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S46.011D"], [PT("97530", 24)], []),

        // Bayou Casotte Gautier "EE IS ON THE MCKENZIE EXTENSION PROGRESSION": extension in lying and standing, slouch-overcorrect, prone on elbows, for a lumbar derangement - no sets, repetitions, hold or number but the code's and its minutes: measure missing.
        ["v3-h92-bayou-mckenzie-progression-no-dose"] = new(
            """
                              BAYOU CASOTTE OCC HEALTH & REHAB
                                 Therapy Visit - Detail
            Employee . . . . :  BOUDREAUX, PAUL E
            Employer . . . . :  MENHADEN PLANT - DOCK
            Site . . . . . . :  GAUTIER
            Service  . . . . :  97110   THER EXERC        Minutes . :  016
            Comments:
              EE IS ON THE MCKENZIE EXTENSION PROGRESSION.
              THER EX: REPEATED EXTENSION IN LYING; EXTENSION IN STANDING
              AT THE COUNTER; SLOUCH-OVERCORRECT IN SITTING; PRONE ON ELBO
              WS
              DEFICIT: LUMBAR DERANGEMENT W/ LOSS OF EXTENSION; THE LEG PA
              IN CENTRALIZES W/ REPEATED EXTENSION
              EE REPORTS LESS LEG PAIN ON THE BOAT.
                                                                         Bottom
            """,
            ["M51.16"], [PT("97110", 16)], [At(Measure, "97110")]),

        // Harbor Point Highlandtown, a marine-terminal longshoreman: Graston IASTM to the paraspinals and QL, muscle energy technique for an anterior innominate (contractions and holds), SIJ mob; L SIJ hypomobility with guarding; standing flexion test and fingertip-to-floor cm; MINUTES: 13 matches: passes.
        ["v3-h92-hpmh-graston-and-muscle-energy-97140"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: BRZEZINSKI,MARK A
            VISIT DATE: TODAY// 260304
            CLINIC: HIGHLANDTOWN REHAB OPD//
            CPT: 97140  MANUAL THERAPY
              MINUTES: 13
              PROVIDER: PT//
            NARRATIVE:
              1>LONGSHOREMAN AT THE MARINE TERMINAL, LASHING CONTAINERS; L LOW
              2>BACK AND SI PAIN.
              3>MANUAL: GRASTON (IASTM) TO THE L LUMBAR PARASPINALS AND QL; MUSCLE
              4>ENERGY TECHNIQUE FOR L ANTERIOR INNOMINATE ROTATION, 4
              5>CONTRACTIONS X 5 SEC; L SIJ POSTERIOR ROTATION MOB
              6>IMPAIRMENT: L SIJ HYPOMOBILITY W/ LUMBAR PARASPINAL AND QL
              7>GUARDING
              8>OBJ: STANDING FLEXION TEST POSITIVE L BEFORE, NEGATIVE AFTER;
              9>LUMBAR FLEX FINGERTIP TO FLOOR 24 CM -> 15 CM
            EDIT Option:
            SIGNED: 260304@1318 /ES/ R. KOSTAKIS, PT
            """,
            ["M53.3", "M62.830"], [PT("97140", 13)], []),

        // Harbor Point Dundalk LiteGait over the treadmill at 30% body-weight support and 1.0 mph in bouts of 200 ft, then hemi-walker overground with min A; R knee hyperextension, short L step and poor clearance after a stroke; MINUTES: 20 matches: passes.
        ["v3-h92-hpmh-litegait-over-treadmill-97116"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: PRICE,LEROY M
            VISIT DATE: TODAY// 260304
            CLINIC: DUNDALK REHAB OPD//
            CPT: 97116  GAIT TRAINING
              MINUTES: 20
              PROVIDER: PT//
            NARRATIVE:
              1>GAIT TRNG IN THE LITEGAIT OVER THE TREADMILL, 30% BODY-WEIGHT
              2>SUPPORT, 1.0 MPH, 3 BOUTS OF 200 FT; THEN OVERGROUND W/ A HEMI
              3>WALKER 2 X 60 FT, MIN A
              4>R KNEE CONTROL CUED BY THE THERAPIST AT THE KNEE; STEP LENGTH CUES
              5>FOR THE L
              6>GAIT DEVIATION: R KNEE HYPEREXTENSION IN STANCE, SHORT L STEP,
              7>POOR R FOOT CLEARANCE AFTER THE STROKE
            EDIT Option:
            SIGNED: 260304@1444 /ES/ R. KOSTAKIS, PT
            """,
            ["I69.351"], [PT("97116", 20)], []),

        // Clinch River Big Stone Gap Schroth session for a marching-band trombonist (rotational angular breathing, muscle cylinder, door-handle hang, sail at the stall bars with breaths, holds and sets), mom in the room; R thoracic / L lumbar scoliosis with weak concave-side trunk muscles; scoliometer degrees; 18 MIN matches: passes.
        ["v3-h92-crra-schroth-97110"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: SLEMP, HALEY R           BIG STONE GAP    TRANSCR 260304 1515
            0010 97110 THER EXERC ............... 18 MIN
            0020 15 Y/O, PLAYS TROMBONE IN THE HS MARCHING BAND; MOM IN THE ROOM.
            0030 SCHROTH: ROTATIONAL ANGULAR BREATHING IN SIDE-LYING OVER A ROLL>>
            0040 3 X 8 BREATHS; MUSCLE CYLINDER ON THE BENCH 3 X 10 SEC HOLD; DOOR-HANDLE>>
            0050 HANG W/ CORRECTION 3 X 5 BREATHS; SAIL AT THE STALL BARS 2 X 8
            0060 FOR: R THORACIC / L LUMBAR SCOLIOSIS W/ A R RIB HUMP; WEAK CONCAVE-SIDE T>>
            0070 RUNK MUSCLES
            0080 OBJ: SCOLIOMETER AT T8 11 DEG (14 AT EVAL)
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["M41.125"], [PT("97110", 18)], []),

        // Clinch River Coeburn Wii Fit balance board games with foam on top and single-leg cone reaches, "ONE ON ONE THE WHOLE NMR", gates and seconds measured - no deficit, impairment, body region or system named anywhere: deficit missing.
        ["v3-h92-crra-wii-balance-board-no-deficit"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: GILLIAM, DOROTHY M       COEBURN OFFICE   TRANSCR 260304 1020
            0010 97112 NEUROMUSC REED ........... 19 MIN
            0020 ONE ON ONE THE WHOLE NMR, NO OTHER PATIENT ON MY SCHEDULE.
            0030 NMR: WII FIT BALANCE BOARD - SOCCER HEADING AND SKI SLALOM, STANDING ON F>>
            0040 OAM ON TOP OF THE BOARD; SL STANCE ON THE BOARD REACHING TO CONES
            0050 OBJ: SKI SLALOM 18 OF 20 GATES (11 ON THE FIRST TRY); SL STANCE L 14 SEC>>
            0060 / R 16 SEC
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["R26.81"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // SVGH Grove City Tai Ji Quan: Moving for Better Balance forms (weight shifts, rock forward and back, single whip, wave hands like clouds, side steps onto foam) one-on-one; late ankle/hip strategy on lateral weight shift after a fall at the outlets; FGA and functional reach; MIN 021 matches: passes.
        ["v3-h92-svgh-tai-ji-quan-moving-for-better-balance"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1100
            PT: BAUER, IRENE C              MRN 00428803   LOC: GROVE CITY OUTPATIE
            01 CHG 97112 NEUROMUSC REED   MIN 021
            02 ONE-ON-ONE W/ THIS THERAPIST - SHE WAS THE ONLY PT IN THE RO
            03 CONT'D OM FOR THE NMR.
            04 TAI JI QUAN: MOVING FOR BETTER BALANCE - WEIGHT SHIFTING, RO
            05 CONT'D CK FORWARD AND BACK, SINGLE WHIP AND WAVE HANDS LIKE
            06 CONT'D CLOUDS, STEPPING OUT TO THE SIDE ONTO FOAM AND BACK
            07 IMPAIRMENT: POSTURAL CONTROL - ANKLE/HIP STRATEGY LATE ON LA
            08 CONT'D TERAL WT SHIFT; LOST HER BALANCE PUSHING A CART AT TH
            09 CONT'D E OUTLETS
            10 OBJ: FGA 22/30; FUNCTIONAL REACH 8 IN
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["R26.81"], [PT("97112", 21)], []),

        // NVCH Shenandoah AlterG anti-gravity treadmill at 75% body weight and 2.0 mph in bouts of 0.15 mi, then cane overground with distance, mod I, cued hip extension; antalgic gait after a R THA; a seed dealer who walks his test plots; 1345-1401 = 016 matches: passes.
        ["v3-h92-nvch-alterg-treadmill-97116"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1650                                      PAGE   1
            PATIENT: OSTRANDER, WAYNE L         MRN 0048807   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: SHENANDOAH
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97116 GAIT TRAINING   1345   1401  016
            --------------------------------------------------------------------------------
            NARRATIVE:
            SEED DEALER, WANTS TO WALK HIS TEST PLOTS BY PLANTING.
            ALTERG ANTI-GRAVITY TREADMILL AT 75% BODY WEIGHT, 2.0 MPH, 3 BOUTS OF 0.15 MI; T
            >> HEN OVERGROUND W/ A CANE 2 X 200 FT, MOD I
            CUED FOR EQUAL STEP LENGTH AND HIP EXTENSION AT TERMINAL STANCE ON THE R
            PROBLEM: ANTALGIC GAIT AFTER THE R THA - SHORT R STANCE, NO HIP EXTENSION, TRUNK
            >> LEAN OVER THE R
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 16)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Harbor Point Highlandtown: can't get up the three marble steps to her rowhouse without sitting and scooting, can't carry the wash to the basement - the findings; step-ups with a grocery bag, basement-stair descents with a laundry basket, low sit-to-stands with heights, loads and counts; L knee OA with quad weakness; MINUTES: 24 matches: passes.
        ["v4-h92-hpmh-three-marble-steps-97530"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: MALINOWSKI,DOROTHY A
            VISIT DATE: TODAY// 260304
            CLINIC: HIGHLANDTOWN REHAB OPD//
            CPT: 97530  THER ACTIV
              MINUTES: 24
              PROVIDER: PT//
            NARRATIVE:
              1>CAN'T GET UP THE THREE MARBLE STEPS TO HER ROWHOUSE W/O SITTING
              2>AND SCOOTING UP; CAN'T CARRY THE WASH DOWN TO THE BASEMENT.
              3>ACTIVITIES: STEP-UPS ON A 7 IN STEP W/ ONE RAIL CARRYING A 5 LB
              4>GROCERY BAG, 3 X 8; BASEMENT STAIR MOCK-UP DESCENDING W/ A LAUNDRY
              5>BASKET ON THE HIP, 6 FLIGHTS OF 4; SIT-TO-STAND FROM A LOW STOOP
              6>HEIGHT X 10
              7>IMPAIRMENT: L KNEE OA W/ QUAD WEAKNESS AND PAIN ON STEP-UP
            EDIT Option:
            SIGNED: 260304@1035 /ES/ R. KOSTAKIS, PT
            """,
            ["M17.12"], [PT("97530", 24)], []),

        // Bayou Casotte Pascagoula: the R knee buckles on the third rung of the vertical ladder into the hold and he can't kneel on the deck plate to tack-weld - the findings; ladder climbs, half-kneel to kneel with a grinder, knee-knocker step-throughs with counts and heights; R quad weakness and patellofemoral pain; 025 matches: passes.
        ["v4-h92-bayou-knee-buckles-on-the-hold-ladder-97530"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1330
            Employee . . . . :  FAIRLEY, DWAYNE A          Claim . . :  LH2600372
            Employer . . . . :  SHIPYARD - HULL OUTFITTING
            Site . . . . . . :  PASCAGOULA
            Service  . . . . :  97530   THER ACTIV        Minutes . :  025
            Comments:
              WHAT KEEPS HIM OFF THE SHIP: THE R KNEE BUCKLES ON THE THIRD
              RUNG OF THE VERTICAL LADDER INTO THE HOLD, AND HE CAN'T KNEE
              L ON THE DECK PLATE TO TACK-WELD.
              ACTIVITIES: VERTICAL LADDER CLIMBS IN THE CLINIC, 10 RUNGS,
              6 TRIPS; HALF-KNEEL TO KNEEL ON A STEEL PLATE MOCK-UP HOLDIN
              G A 12 LB GRINDER X 8; STEPPING THROUGH A 20 IN KNEE-KNOCKER
              X 10
              DEFICIT: R QUAD WEAKNESS AND PATELLOFEMORAL PAIN AFTER THE F
              ALL FROM THE STAGING
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S80.01XD", "M22.2X1"], [PT("97530", 25)], []),

        // NVCH Red Oak: dizzy looking up the grain-bin ladder and turning to back the grain cart to the auger, has stopped climbing - the findings; therapist one-on-one; X1 pitch to a ceiling target on foam, head-turn card reading, quick over-the-shoulder turns on a tractor-seat mock-up; L vestibular hypofunction; DGI and DVA; 0845-0907 = 022 matches: passes.
        ["v4-h92-nvch-dizzy-looking-up-the-grain-bin"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1620                                      PAGE   1
            PATIENT: PEDERSEN, GLEN R           MRN 0047390   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: RED OAK
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97112 NEUROMUSC REED  0845   0907  022
            --------------------------------------------------------------------------------
            NARRATIVE:
            DIZZY LOOKING UP THE GRAIN BIN LADDER AND TURNING TO BACK THE GRAIN CART TO THE
            >> AUGER; HAS STOPPED CLIMBING.
            THERAPIST ONE-ON-ONE W/ HIM FOR ALL OF THE NMR; NO OTHER PATIENT SEEN.
            NMR: X1 VIEWING W/ HEAD PITCH, LOOKING UP TO A TARGET ON THE CEILING, STANDING O
            >> N FOAM; WALKING W/ HEAD TURNS TO READ CARDS ON THE WALLS; QUICK TURNS TO LOOK
            >> OVER THE SHOULDER SEATED ON A TRACTOR-SEAT MOCK-UP
            PROBLEM: L VESTIBULAR HYPOFUNCTION - GAZE SLIPS AND DIZZINESS W/ HEAD PITCH AND
            >> QUICK TURNS TO THE L
            MEAS: DGI 18/24; DVA 3 LINES LOST
            """,
            ["H81.92"], [PT("97112", 22)], []),

        // Clinch River St. Paul: trips on the clods between the garden rows and won't cross the swinging footbridge over the creek unless his son holds him - the findings; grass slope and gravel drive with a cane, hose step-overs, a roped narrow path with distance, CGA and SBA; shuffling short step and poor R clearance after a hip fracture; 19 MIN matches: passes.
        ["v4-h92-crra-garden-rows-and-the-footbridge-97116"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: TAYLOR, ARVIL J          ST PAUL OFFICE   TRANSCR 260304 1120
            0010 97116 GAIT TRAINING ............ 19 MIN
            0020 CAN'T WALK BETWEEN THE GARDEN ROWS W/O TRIPPING ON THE CLODS; WON'T CROSS>>
            0030 THE SWINGING FOOTBRIDGE OVER THE CREEK UNLESS HIS SON HOLDS HIM.
            0040 GAIT: OUTSIDE ON THE GRASS SLOPE AND THE GRAVEL DRIVE W/ A SPC 3 X 150 FT>>
            0050 , CGA; STEPPING OVER GARDEN-HOSE OBSTACLES X 10; NARROW PATH BETWEEN TWO>>
            0060 ROPES 4 PASSES, SBA
            0070 DEVIATION: SHUFFLING, SHORT STEP AND POOR FOOT CLEARANCE ON THE R AFTER T>>
            0080 HE HIP FX
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["S72.001D"], [PT("97116", 19)], []),

        // SVGH Sharon: loses his balance stepping forward to roll at bocce at the club and catches himself on the boards - the finding; one-on-one; foam lunges with a bocce toss held at the finish, staggered-stance perturbations, cone reaches; anterior postural control with a delayed hip strategy; Mini-BESTest and held finishes; MIN 022 matches: passes.
        ["v4-h92-svgh-bocce-forward-step"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1420
            PT: SIRIANNI, CARMEN V          MRN 00344017   LOC: SHARON MAIN CAMPUS
            01 CHG 97112 NEUROMUSC REED   MIN 022
            02 LOSES HIS BALANCE STEPPING FORWARD TO ROLL AT BOCCE AT THE C
            03 CONT'D LUB, CATCHES HIMSELF ON THE BOARDS.
            04 ONE-ON-ONE, NO OTHER PT TREATED BY THIS THERAPIST DURING THE
            05 CONT'D NMR.
            06 TX: FORWARD LUNGE ONTO FOAM W/ AN UNDERHAND BOCCE TOSS, FREE
            07 CONT'D ZING THE FINISH; STAGGERED STANCE W/ PERTURBATIONS AT
            08 CONT'D THE TRUNK; SL STANCE REACHING TO A CONE ON THE FLOOR
            09 IMPAIRMENT: ANTERIOR POSTURAL CONTROL - DELAYED HIP STRATEGY
            10 CONT'D AND HIP EXTENSOR RECRUITMENT ON FORWARD WT TRANSFER
            11 OBJ: MINI-BESTEST 20/28; FINISH HELD 3 SEC ON 7 OF 10 TOSSES
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["R26.81", "M62.81"], [PT("97112", 22)], []),

        // Bayou Casotte Ocean Springs OT, a blackjack dealer who can't pitch cards or square the deck and drops chips - the finding; thumb isometrics, eccentric radial deviation, putty pinch, web abduction with doses; R de Quervain's with thumb and wrist weakness; pinch in pounds; OT 016 matches: passes.
        ["v4-h92-bayou-ot-dealer-cant-pitch-cards-97110"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1140
            Employee . . . . :  NGUYEN, LAN T              Claim . . :  WC2600871
            Employer . . . . :  CASINO - TABLE GAMES
            Site . . . . . . :  OCEAN SPRINGS
            Service  . . . . :  97110   THER EXERC        Minutes . :  016   By: OT
            Comments:
              OT VISIT. BLACKJACK DEALER: CAN'T PITCH CARDS OR SQUARE THE
              DECK W/O PAIN AT THE BASE OF THE R THUMB; DROPPING CHIPS.
              THER EX (OT): ISOMETRIC THUMB ABD AND EXT 10 X 5 SEC; ECCENT
              RIC WRIST RADIAL DEVIATION W/ 1 LB 3 X 10; PUTTY PINCH
              3 X 15; FINGER WEB ABD/ADD W/ BAND 3 X 15
              DEFICIT: R DE QUERVAIN'S TENOSYNOVITIS W/ THUMB AND WRIST WE
              AKNESS
              OBJ: LATERAL PINCH R 9 LB / L 15 LB
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["M65.4"], [OT("97110", 16)], []),

        // Harbor Point Curtis Bay OT, a crab picker who can't work the backfin out with the knife and loses the mallet by the end of a tray - the findings; picking simulation with a built-up knife, mallet taps, nut-and-bolt sorting with counts; R hand weakness and fine-motor loss after carpal tunnel release; grip pounds; OT MINUTES: 22 matches: passes.
        ["v4-h92-hpmh-ot-crab-picker-97530"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: JOHNSON,BERNICE L
            VISIT DATE: TODAY// 260304
            CLINIC: CURTIS BAY REHAB OPD//
            CPT: 97530  THER ACTIV
              MINUTES: 22
              PROVIDER: OT
            NARRATIVE:
              1>OT. PICKS CRABS AT A CRAB HOUSE ON THE WATERFRONT: CAN'T HOLD THE
              2>KNIFE AND WORK THE BACKFIN MEAT OUT, AND THE MALLET SLIPS FROM THE
              3>R HAND BY THE END OF A TRAY.
              4>ACTIVITIES: CRAB-PICKING SIM W/ A BUILT-UP KNIFE HANDLE ON CLAY
              5>CRABS, 3 TRAYS OF 6; MALLET TAPS TO A TARGET 3 X 20; SORTING SMALL
              6>NUTS AND BOLTS FROM A BIN W/ THE R HAND X 40
              7>IMPAIRMENT: R HAND WEAKNESS AND DECREASED FINE MOTOR CONTROL 6 WKS
              8>AFTER CARPAL TUNNEL RELEASE
              9>OBJ: GRIP R 38 LB / L 61 LB
            EDIT Option:
            SIGNED: 260304@0925 /ES/ S. OKONJO, OTR/L
            """,
            ["G56.01"], [OT("97530", 22)], []),

        // NVCH Atlantic discharge: retest SLS, SEBT and hop symmetrical, "NO DEFICITS IDENTIFIED; ALL GOALS MET"; one-on-one last NMR; BAPS, hop and stick onto foam, rocker-board perturbations - no deficit targeted: deficit missing.
        ["v4-h92-nvch-discharge-no-deficits-identified"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1715                                      PAGE   1
            PATIENT: HANSEN, TYLER J            MRN 0058106   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: ATLANTIC
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97112 NEUROMUSC REED  1500   1518  018
            --------------------------------------------------------------------------------
            NARRATIVE:
            DISCHARGE VISIT. RETEST: SLS EC 28 SEC B; SEBT SYMMETRICAL; HOP FOR DISTANCE 98%
            >> OF THE OTHER SIDE. NO DEFICITS IDENTIFIED; ALL GOALS MET.
            THERAPIST ONE-ON-ONE W/ HIM FOR THE LAST NMR, NO OTHER PATIENT.
            NMR: BAPS LEVEL 5; HOP AND STICK ONTO FOAM; PERTURBATIONS ON THE ROCKER BOARD
            PLAN: D/C TO HOME PROGRAM.
            """,
            ["S93.402D"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Bayou Casotte Ocean Springs final visit before a full-duty release: SLS and Y-balance retested within normal limits, "NO IMPAIRMENT FOUND"; the therapist with the employee alone; BOSU squats with perturbations, bounds onto foam, backward beam walking - no deficit targeted: deficit missing.
        ["v4-h92-bayou-full-duty-release-no-impairment"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1605
            Employee . . . . :  RAMSEY, JOEL K             Claim . . :  LH2600311
            Employer . . . . :  SHIPYARD - FAB SHOP
            Site . . . . . . :  OCEAN SPRINGS
            Service  . . . . :  97112   NEUROMUSC REED    Minutes . :  019
            Comments:
              FINAL VISIT BEFORE FULL-DUTY RELEASE. RETEST ALL WITHIN NORM
              AL LIMITS: SLS EC 30 SEC EACH SIDE, Y-BALANCE SYMMETRICAL. N
              O IMPAIRMENT FOUND.
              THERAPIST WORKED W/ THIS EE ALONE FOR THE WHOLE NMR.
              NMR: SL SQUAT ON THE BOSU W/ PERTURBATIONS; LATERAL BOUNDS O
              NTO FOAM; BACKWARD WALKING ON THE BEAM
              WORK STATUS: RELEASED FULL DUTY TO THE FAB SHOP.
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S83.512D"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // SVGH Hermitage: can't stand at the church-hall counter pinching pierogi through one tray, has to sit when the legs go numb - the finding; counter work with a foot on a stool, stockpot carries, top-shelf reaches with rounds, loads and counts; lumbar stenosis with neurogenic claudication; MIN 023 matches: passes.
        ["v4-h92-svgh-church-hall-pierogi-97530"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1300
            PT: HRINDA, MARY P              MRN 00399651   LOC: HERMITAGE OUTPATIEN
            01 CHG 97530 THER ACTIV       MIN 023
            02 CAN'T STAND AT THE CHURCH HALL COUNTER PINCHING PIEROGI THRO
            03 CONT'D UGH ONE TRAY - HAS TO SIT, THE LEGS GO NUMB.
            04 ACTIVITIES: STANDING AT A COUNTER-HEIGHT TABLE ROLLING AND P
            05 CONT'D INCHING DOUGH W/ ONE FOOT ON A 6 IN STOOL, 3 ROUNDS O
            06 CONT'D F 12; CARRYING A 10 LB STOCKPOT FROM STOVE TO SINK
            07 CONT'D X 8; REACHING TO THE TOP SHELF FOR TRAYS X 10
            08 IMPAIRMENT: LUMBAR STENOSIS W/ NEUROGENIC CLAUDICATION - STA
            09 CONT'D NDING TOLERANCE LIMITED, TRUNK EXTENSION BRINGS ON TH
            10 CONT'D E LEG NUMBNESS
            11 OBJ: STOOD THROUGH 3 ROUNDS W/ THE FOOT UP, NO LEG SYMPTOMS
            12 CONT'D (1 ROUND AT EVAL)
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["M48.062"], [PT("97530", 23)], []),

        // Clinch River Wise: can't hold the fiddle up through a whole tune at the Friday jamboree, the L shoulder aches and tightens - the finding; posterior and inferior GH glides by grade and bouts, scapulothoracic mobs, pec minor STM; posterior capsule hypomobility; ER and horizontal adduction degrees before and after; 11 MIN matches: passes.
        ["v4-h92-crra-cant-hold-the-fiddle-up-97140"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: BOGGS, LESTER H          WISE OFFICE      TRANSCR 260304 1410
            0010 97140 MANUAL THERAPY ........... 11 MIN
            0020 PLAYS FIDDLE AT THE FRIDAY JAMBOREE: CAN'T HOLD THE FIDDLE UP THROUGH A W>>
            0030 HOLE TUNE, THE L SHOULDER ACHES AND TIGHTENS.
            0040 MANUAL: L GH POSTERIOR GLIDES GR III 3 X 30 SEC; INFERIOR GLIDES IN ABD G>>
            0050 R III 3 X 30 SEC; SCAPULOTHORACIC MOBS; STM TO THE L PEC MINOR
            0060 PROBLEM: L SHOULDER POSTERIOR CAPSULE HYPOMOBILITY AND PEC MINOR TIGHTNES>>
            0070 S
            0080 OBJ: L ER 52 -> 64 DEG; HORIZ ADD 18 -> 27 DEG AFTER
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["M25.612"], [PT("97140", 11)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // SVGH Sharon, chemotherapy neuropathy: one-on-one; foam eyes closed with nods, foam-block stepping, lean-and-release; somatosensory loss and poor reactive stepping; measures as the screen writes them (MINI-BESTEST 19/28, 5XSTS 14.1 SEC, MCTSIB FOAM EC 12 SEC); MIN 024 matches: passes.
        ["v5-h92-svgh-mini-best-5xsts-mctsib"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1050
            PT: PALMIERI, LINDA S           MRN 00440132   LOC: SHARON MAIN CAMPUS
            01 CHG 97112 NEUROMUSC REED   MIN 024
            02 TX'D ONE-ON-ONE BY THIS THERAPIST, NO OTHER PT DURING THE NM
            03 CONT'D R.
            04 TX: STANDING ON FOAM W/ EYES CLOSED AND HEAD NODS; FORWARD A
            05 CONT'D ND BACKWARD STEPPING ACROSS FOAM BLOCKS; REACTIVE STE
            06 CONT'D PS TO A LEAN-AND-RELEASE
            07 IMPAIRMENT: SOMATOSENSORY LOSS B FEET AFTER CHEMO (NEUROPATH
            08 CONT'D Y), POOR REACTIVE STEPPING
            09 OBJ: MINI-BESTEST 19/28 (15 AT EVAL); 5XSTS 14.1 SEC; MCTSIB
            10 CONT'D FOAM EC 12 SEC
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["G62.0", "R26.81"], [PT("97112", 24)], []),

        // NVCH Clarinda PTA gait after a L TKA: walker to cane 3 x 150 FT with SBA, ramp and church-step mock-up with CGA, cued heel strike; antalgic short L stance with a stiff knee; 10MWT 0.82 M/SEC; 1030-1047 = 017 on the PTA line: passes.
        ["v5-h92-nvch-pta-gait-speed-and-feet-97116"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1540                                      PAGE   1
            PATIENT: WAGNER, PHYLLIS A          MRN 0053318   SVC DATE 260304
            THERAPIST: B. SCHAAF, PTA          SITE: CLARINDA
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97116 GAIT TRAINING   1030   1047  017
            --------------------------------------------------------------------------------
            NARRATIVE:
            PTA VISIT UNDER THE PT'S PLAN.
            GAIT: FWW TO SPC IN THE HALL 3 X 150 FT, SBA; THE RAMP AND THE CHURCH-STEP MOCK-
            >> UP (4 STEPS, ONE RAIL), CGA; CUED FOR HEEL STRIKE AND STEP LENGTH ON THE L
            PROBLEM: ANTALGIC GAIT W/ A SHORT L STANCE AFTER THE L TKA; KNEE STIFF THROUGH S
            >> WING
            MEAS: 10MWT 0.82 M/SEC W/ THE SPC
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 17)], []),

        // Bayou Casotte Moss Point OT, a menhaden-boat deckhand after a distal radius ORIF: rope haul hand over hand, cleat hitches, fish-box lifts with loads and counts; R wrist and grip weakness with limited extension; "GRIP (JAMAR POS 2) R 52# / L 94#" and wrist extension degrees; OT 021 matches: passes.
        ["v5-h92-bayou-ot-grip-in-pounds-97530"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       0940
            Employee . . . . :  SEYMOUR, TERRENCE J        Claim . . :  LH2600420
            Employer . . . . :  MENHADEN FLEET - DECK
            Site . . . . . . :  MOSS POINT
            Service  . . . . :  97530   THER ACTIV        Minutes . :  021   By: OT
            Comments:
              OT VISIT. MENHADEN BOAT DECKHAND, R DISTAL RADIUS FX (ORIF)
              FROM A FALL ON THE WET DECK.
              ACTIVITIES: HAULING A WEIGHTED ROPE HAND OVER HAND, 15 LB,
              4 X 20 FT; TYING CLEAT HITCHES ON A DOCK CLEAT X 10; LIFTING
              A 20 LB FISH BOX FROM DECK TO RAIL HEIGHT X 8
              DEFICIT: R WRIST AND GRIP WEAKNESS W/ LIMITED WRIST EXTENSIO
              N AFTER THE FX
              OBJ: GRIP (JAMAR POS 2) R 52# / L 94#; WRIST EXT R 48 DEG
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S52.501D"], [OT("97530", 21)], []),

        // Harbor Point Essex after a R TKA: tibiofemoral glides by grade and bouts, patellar glides, suprapatellar STM; arthrofibrotic stiffness with a hypomobile patella, can't bend the knee for the church pew; flexion 96 -> 104 DEG and extension lag; MINUTES: 12 matches: passes.
        ["v5-h92-hpmh-knee-flexion-degrees-97140"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: KOWALCZYK,JOAN M
            VISIT DATE: TODAY// 260304
            CLINIC: ESSEX REHAB OPD//
            CPT: 97140  MANUAL THERAPY
              MINUTES: 12
              PROVIDER: PT//
            NARRATIVE:
              1>CAN'T GET HER KNEE BACK FAR ENOUGH TO SIT IN THE PEW AT CHURCH.
              2>MANUAL: R TIBIOFEMORAL POSTERIOR GLIDES GR III-IV 4 X 30 SEC;
              3>PATELLAR SUPERIOR AND INFERIOR GLIDES; STM TO THE DISTAL QUAD AND
              4>SUPRAPATELLAR POUCH
              5>IMPAIRMENT: R KNEE ARTHROFIBROTIC STIFFNESS AFTER THE TKA -
              6>FLEXION LIMITED, PATELLA HYPOMOBILE
              7>OBJ: R KNEE FLEX 96 DEG -> 104 DEG AFTER; EXT LACKS 4 DEG
            EDIT Option:
            SIGNED: 260304@1110 /ES/ R. KOSTAKIS, PT
            """,
            ["Z96.651", "M25.661"], [PT("97140", 12)], []),

        // Clinch River Wise, a dollar-store stocker's lateral hip: side-lying abduction, banded clamshells, goblet box squats, single-leg bridges with doses; L glute med and hip extensor weakness; MMT 3+/5 and 4-/5; 16 MIN matches: passes.
        ["v5-h92-crra-mmt-grades-and-doses-97110"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: MEADE, TAMMY L           WISE OFFICE      TRANSCR 260304 1555
            0010 97110 THER EXERC ............... 16 MIN
            0020 DOLLAR STORE STOCKER, L HIP PAIN SQUATTING TO THE BOTTOM SHELF.
            0030 EX: SIDE-LYING HIP ABD 3 X 12; CLAMSHELLS W/ GREEN BAND 3 X 15; GOBLET SQ>>
            0040 UAT TO A BOX 15 LB 3 X 10; SL BRIDGE 3 X 8 EA
            0050 FOR: L GLUT MED AND HIP EXTENSOR WEAKNESS W/ LATERAL HIP PAIN
            0060 OBJ: MMT L HIP ABD 3+/5, EXT 4-/5
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["M70.62"], [PT("97110", 16)], []),

        // SVGH Greenville PTA, "PTA TX'D THIS PT ONE-ON-ONE, NO OTHER PT ON THE PTA'S SCHEDULE"; four-square stepping over canes, side-steps on the foam beam, tandem with head turns; lateral postural control with a slow stepping response; FOUR SQUARE STEP TEST 13.2 SEC and tandem missteps; MIN 020 BY: PTA matches: passes.
        ["v5-h92-svgh-pta-four-square-step-test"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1525
            PT: STEWART, HAROLD B           MRN 00437741   LOC: GREENVILLE OUTPATIE
            01 CHG 97112 NEUROMUSC REED   MIN 020    BY: PTA
            02 PTA TX'D THIS PT ONE-ON-ONE, NO OTHER PT ON THE PTA'S SCHEDU
            03 CONT'D LE DURING THE NMR.
            04 TX: MULTIDIRECTIONAL STEPPING OVER CANES IN A FOUR-SQUARE PA
            05 CONT'D TTERN; SIDE-STEPPING ON THE FOAM BEAM; TANDEM WALK W/
            06 CONT'D HEAD TURNS
            07 IMPAIRMENT: LATERAL POSTURAL CONTROL - SLOW STEPPING RESPONS
            08 CONT'D E, CATCHES THE FOOT STEPPING SIDEWAYS
            09 OBJ: FOUR SQUARE STEP TEST 13.2 SEC (17.8 AT EVAL); TANDEM
            10 CONT'D 10 STEPS W/ 1 MISSTEP
            11 SIGNED: J KRAYNAK PTA  260304 1612
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 20)], []),

        // NVCH Villisca: sit-to-stands from a 17 IN chair, cuffed hip abduction and marching, heel raises with doses; bilateral hip and quad weakness, can't get up from the pew or the tractor seat without pulling; 30-SEC CHAIR STAND 8 REPS; 0915-0933 = 018 matches: passes.
        ["v5-h92-nvch-thirty-second-chair-stand-97110"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1500                                      PAGE   1
            PATIENT: LUNDQUIST, EDNA M          MRN 0046672   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: VILLISCA
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97110 THER EXERC      0915   0933  018
            --------------------------------------------------------------------------------
            NARRATIVE:
            THER EX: SIT-TO-STAND FROM A 17 IN CHAIR 3 X 8; STANDING HIP ABD W/ A 2 LB CUFF
            >> 2 X 12; HEEL RAISES AT THE COUNTER 3 X 15; MARCHING W/ A 2 LB CUFF 2 X 20
            PROBLEM: B HIP AND QUAD WEAKNESS - CAN'T GET UP FROM THE PEW OR THE TRACTOR SEAT
            >> W/O PULLING UP
            MEAS: 30-SEC CHAIR STAND 8 REPS (5 AT EVAL)
            """,
            ["M62.81"], [PT("97110", 18)], []),

        // Bayou Casotte Pascagoula longshoreman on light duty: crate lifts progressed by pounds, lashing-bar lift-carry-seat, half-kneel turnbuckle work with counts; lumbar strain with poor lift mechanics; safe floor-to-waist and waist-to-shoulder lifts in pounds; 026 matches: passes.
        ["v5-h92-bayou-lift-capacity-97530"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1450
            Employee . . . . :  HOLLOWAY, MARCUS D         Claim . . :  LH2600397
            Employer . . . . :  PORT - CONTAINER TERMINAL
            Site . . . . . . :  PASCAGOULA
            Service  . . . . :  97530   THER ACTIV        Minutes . :  026
            Comments:
              LONGSHOREMAN AT THE PORT, LUMBAR STRAIN LIFTING A LASHING BA
              R; LIGHT DUTY.
              ACTIVITIES: FLOOR-TO-WAIST LIFT OF A CRATE, PROGRESSED
              30 -> 45 LB, 3 X 5; LASHING-BAR SIM: LIFT, CARRY 40 FT AND S
              EAT THE BAR OVERHEAD X 6; TURNBUCKLE TIGHTENING IN A HALF-KN
              EEL X 10
              DEFICIT: LUMBAR STRAIN W/ POOR LIFT MECHANICS AND TRUNK EXTE
              NSOR ENDURANCE LOSS
              OBJ: SAFE FLOOR-TO-WAIST LIFT 45 LB X 5 (25 LB AT EVAL); WAI
              ST-TO-SHOULDER 30 LB
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S39.012D"], [PT("97530", 26)], []),

        // Harbor Point Dundalk PTA after a bimalleolar fracture: "THE PTA STAYED WITH THIS PATIENT ONLY FOR THE FULL NMR"; foam eyes closed, step-ups with head turns, rocker-board catches; postural control and L ankle proprioception; foam seconds, SLS and catch count; MINUTES: 21 on the PTA line: passes.
        ["v5-h92-hpmh-pta-foam-seconds-and-catches"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: BAKER,SHIRLEY A
            VISIT DATE: TODAY// 260304
            CLINIC: DUNDALK REHAB OPD//
            CPT: 97112  NEUROMUSC REED
              MINUTES: 21
              PROVIDER: PTA
            NARRATIVE:
              1>PTA VISIT UNDER THE PT'S PLAN.
              2>THE PTA STAYED WITH THIS PATIENT ONLY FOR THE FULL NMR - NO OTHER
              3>PATIENT.
              4>NMR: FOAM STANCE EYES CLOSED; STEP-UPS TO A 6 IN STEP W/ HEAD
              5>TURNS; CATCHING A BALL ON THE ROCKER BOARD
              6>IMPAIRMENT: POSTURAL CONTROL AND L ANKLE PROPRIOCEPTION AFTER THE
              7>BIMALLEOLAR FX
              8>OBJ: FOAM EC 16 SEC (5 AT EVAL); SLS L 9 SEC / R 22 SEC; 14 OF 20
              9>CATCHES W/O A STEP
            EDIT Option:
            SIGNED: 260304@1350 /ES/ L. WHITAKER, PTA
            """,
            ["S82.842D"], [PTA("97112", 21)], []),

        // Bayou Casotte screen, head-strike vestibular hypofunction: the therapist with the employee alone; gaze stabilization on foam, head-turn hall walking, rocker board eyes closed - "EE STATES HE FEELS STEADIER ON THE DECK PLATES THAN LAST WEEK", no number but the code's and its minutes: measure missing.
        ["v5-h92-bayou-feels-steadier-on-the-deck-plates"] = new(
            """
                              BAYOU CASOTTE OCC HEALTH & REHAB
                                 Therapy Visit - Detail
            Employee . . . . :  LADNER, CURTIS J
            Employer . . . . :  SHIPYARD - MACHINERY
            Site . . . . . . :  GAUTIER
            Service  . . . . :  97112   NEUROMUSC REED    Minutes . :  022
            Comments:
              THERAPIST WORKED W/ THIS EE ALONE - NO OTHER EE TREATED DURI
              NG THE NMR.
              NMR: GAZE STABILIZATION ON FOAM; WALKING THE HALL W/ HEAD TU
              RNS; STANDING ON THE ROCKER BOARD W/ EYES CLOSED
              DEFICIT: VESTIBULAR HYPOFUNCTION AFTER THE HEAD STRIKE - UNS
              TEADY W/ HEAD MOVEMENT ON A MOVING DECK
              EE STATES HE FEELS STEADIER ON THE DECK PLATES THAN LAST WEE
              K.
                                                                         Bottom
            """,
            ["S06.0X0D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // NVCH log (MIN column only) for Parkinson's gait: tape lines for a longer step, poles for arm swing, wide turns, the hall, ramp and gravel lot; shuffling short steps with en bloc turns - "WALKING BETTER, HIS DAUGHTER SAYS", no distance, assistance level, speed or number but the code's and its minutes: measure missing.
        ["v5-h92-nvch-walking-better-daughter-says-97116"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PATIENT: KOCH, VERNON E
            THERAPIST: K. LINDGREN, PT         SITE: ATLANTIC
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     MIN
             97116 GAIT TRAINING   018
            --------------------------------------------------------------------------------
            NARRATIVE:
            GAIT TRNG: STEPPING OVER TAPE LINES FOR A LONGER STEP, ARM SWING W/ WALKING POLE
            >> S, TURNING IN WIDE ARCS; WALKED THE HALL, THE RAMP AND THE GRAVEL LOT
            PROBLEM: SHUFFLING GAIT W/ SHORT STEPS AND EN BLOC TURNS (PARKINSON'S)
            WALKING BETTER, HIS DAUGHTER SAYS.
            """,
            ["G20.A1"], [PT("97116", 18)], [At(Measure, "97116")]),

        // Clinch River Norton, a coal-truck driver who can't turn to back up: lateral glides, upper-thoracic PAs, suboccipital release, upper trap and levator STM; R lower-cervical hypomobility with guarding - "NECK MOVING BETTER PER PT", no grade, bout, degree or measure (the only other numbers are the sequence numbers, the date and a time): measure missing.
        ["v5-h92-crra-neck-moving-better-97140"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: ADDINGTON, RAY C         NORTON OFFICE    TRANSCR 260304 0845
            0010 97140 MANUAL THERAPY ........... 12 MIN
            0020 MANUAL: CERVICAL LATERAL GLIDES TO THE R; UPPER THORACIC CENTRAL PAS; SUB>>
            0030 OCCIPITAL RELEASE; STM TO THE R UPPER TRAP AND LEVATOR
            0040 PROBLEM: R LOWER CERVICAL HYPOMOBILITY W/ UPPER TRAP GUARDING - CAN'T TUR>>
            0050 N TO BACK THE COAL TRUCK
            0060 NECK MOVING BETTER PER PT. CONT.
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["M54.2"], [PT("97140", 12)], [At(Measure, "97140")]),

        // NVCH log (MIN column only) after a L TKA: straight leg raises, short arc quads, standing curls, heel raises with no dose; L quad and hip weakness, can't step up into the pickup - "SAYS SHE FEELS STRONGER", no sets, repetitions, load or number but the code's and its minutes: measure missing.
        ["v5-h92-nvch-says-she-feels-stronger-97110"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PATIENT: NIELSEN, CAROL J
            THERAPIST: K. LINDGREN, PT         SITE: RED OAK
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     MIN
             97110 THER EXERC      015
            --------------------------------------------------------------------------------
            NARRATIVE:
            THER EX: STRAIGHT LEG RAISES; SHORT ARC QUADS; STANDING HAMSTRING CURLS; HEEL RA
            >> ISES AT THE COUNTER
            PROBLEM: L QUAD AND HIP WEAKNESS AFTER THE L TKA; CAN'T STEP UP INTO THE PICKUP
            SAYS SHE FEELS STRONGER; DOING HER HOME EXERCISES MOST DAYS.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // NVCH Red Oak log with START / STOP / MIN for each row (97112 1402-1424 022, 97110 1424-1439 015), both match; a co-op scale-house operator after an ACL reconstruction, therapist 1-on-1 for the NMR; foam squats with perturbations, mirrored step-downs, hop to stick; leg press, Nordics, band walks with doses; L knee control and strength; Y-balance and step-down count: passes.
        ["v6-h92-nvch-start-stop-columns-two-codes"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1705                                      PAGE   1
            PATIENT: JOHANSEN, BRETT A          MRN 0055420   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: RED OAK
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97112 NEUROMUSC REED  1402   1424  022
             97110 THER EXERC      1424   1439  015
            --------------------------------------------------------------------------------
            NARRATIVE:
            CO-OP SCALE HOUSE OPERATOR, L ACL RECON 4 MOS; STEPS DOWN OFF THE SCALE PLATFORM
            >> ALL DAY.
            THERAPIST 1-ON-1 FOR THE NMR BLOCK, NO OTHER PATIENT.
            NMR: SL SQUAT ON FOAM W/ PERTURBATIONS; FORWARD STEP-DOWN FROM 8 IN W/ THE MIRRO
            >> R; HOP TO STICK
            THER EX: LEG PRESS 90 LB 3 X 10; NORDIC HAMSTRING ECCENTRICS 2 X 6; LATERAL BAND
            >> WALKS 3 X 12
            PROBLEM: L KNEE NEUROMUSCULAR CONTROL AND QUAD/HAMSTRING WEAKNESS
            MEAS: Y-BALANCE ANT L 60 CM / R 67 CM; STEP-DOWN W/O VALGUS 6 OF 10
            """,
            ["S83.512D"], [PT("97112", 22), PT("97110", 15)], []),

        // SVGH Sharon three CHG rows with zero-padded minutes (97112 MIN 018, 97110 MIN 012, 97140 "MANUAL THER TE" MIN 010), all match; a machinist's shoulder dislocated on the ice at the park: Bodyblade, wall-ball circles eyes closed, PNF with hold-relax one-on-one; ER, rows, serratus with doses; posterior glides and STM; dynamic stability, cuff weakness, posterior capsule; reposition error, HHD kg, IR degrees: passes.
        ["v6-h92-svgh-zero-padded-min-three-codes"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 0815
            PT: VUKOVICH, DANIEL R          MRN 00425586   LOC: SHARON MAIN CAMPUS
            01 CHG 97112 NEUROMUSC REED   MIN 018
            02 CHG 97110 THER EXERC       MIN 012
            03 CHG 97140 MANUAL THER TE   MIN 010
            04 RETIRED MACHINIST, R SHOULDER DISLOCATED IN A FALL ON THE IC
            05 CONT'D E WALKING AT THE PARK.
            06 NMR ONE-ON-ONE W/ THIS THERAPIST, NO OTHER PT: BODYBLADE AT
            07 CONT'D 90 DEG FLEXION AND IN ER; BALL ON THE WALL CIRCLES W/
            08 CONT'D EYES CLOSED; SEATED PNF D1/D2 W/ MANUAL RESISTANCE, H
            09 CONT'D OLD-RELAX AT END RANGE
            10 THER EX: SIDE-LYING ER 3 LB 3 X 12; PRONE ROWS 3 X 12; SERRA
            11 CONT'D TUS PUNCH W/ BAND 3 X 15
            12 MANUAL: R GH POSTERIOR GLIDES GR III 3 X 30 SEC; STM TO THE
            13 CONT'D POSTERIOR CUFF
            14 IMPAIRMENT: R GH DYNAMIC STABILITY AND JOINT POSITION SENSE
            15 CONT'D AFTER THE DISLOCATION; CUFF WEAKNESS; POSTERIOR CAPSU
            16 CONT'D LE TIGHTNESS
            17 OBJ: JOINT REPOSITION ERROR 8 DEG AT 60 DEG ER; ER STRENGTH
            18 CONT'D (HHD) 9.8 KG; IR 35 -> 44 DEG AFTER MANUAL
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["S43.004D"], [PT("97112", 18), PT("97110", 12), PT("97140", 10)], []),

        // Bayou Casotte Gautier subfile rows "97112 NEUROMUSC REED 022 PT" and "97110 THER EXERC 013 PTA", each matching its line (one discipline); refinery operator on grated stairs, the PT with the employee alone for the 97112; BAPS, foam perturbations, open-grate stair descent; heel raises, eversion, step-ups with doses; R ankle proprioception and weakness; SLS and SEBT: passes.
        ["v6-h92-bayou-subfile-pt-and-pta-rows"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1310
            Employee . . . . :  HUYNH, DAVID K             Claim . . :  WC2600934
            Employer . . . . :  REFINERY - CRUDE UNIT
            Site . . . . . . :  GAUTIER
            Opt  Svc    Description         Min   By
                 97112  NEUROMUSC REED      022   PT
                 97110  THER EXERC          013   PTA
            Comments:
              REFINERY OPERATOR, R ANKLE SPRAIN ON THE GRATING STAIRS OF T
              HE CRUDE UNIT.
              PT WORKED W/ THIS EE ALONE FOR THE 97112 - NO OTHER EE TREAT
              ED BY THE PT DURING IT.
              NMR (PT): BAPS CW/CCW ON THE R; SL STANCE ON FOAM W/ PERTURB
              ATIONS; STAIR DESCENT ON AN OPEN-GRATE STEP MOCK-UP, EYES UP
              THER EX (PTA): SL HEEL RAISES 3 X 15; BAND EVERSION 3 X 20;
              STEP-UPS 8 IN 3 X 10
              DEFICIT: R ANKLE PROPRIOCEPTION IMPAIRED, PERONEAL AND CALF
              WEAKNESS
              OBJ: SLS EC R 7 SEC / L 24 SEC; SEBT ANT R 63 CM / L 71 CM
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S93.401D"], [PT("97112", 22), PTA("97110", 13)], []),

        // Harbor Point Curtis Bay, two CPT entries one morning (97116 MINUTES: 18 PROVIDER: PT, 97530 MINUTES: 24 PROVIDER: OT), each matching its own discipline's line; hemi-walker to quad cane with distance, CGA and min A; kitchen retrieval, cup carries and wiping with counts; circumduction and toe drag; R arm weakness; grip pounds: passes.
        ["v6-h92-hpmh-pt-then-ot-same-morning"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: GREEN,ALFRED T
            VISIT DATE: TODAY// 260304
            CLINIC: CURTIS BAY REHAB OPD//
            CPT: 97116  GAIT TRAINING
              MINUTES: 18
              PROVIDER: PT//
            CPT: 97530  THER ACTIV
              MINUTES: 24
              PROVIDER: OT
            NARRATIVE:
              1>PHYSICAL THERAPY: GAIT W/ A HEMI WALKER -> QUAD CANE, 4 X 100 FT
              2>IN THE HALL, CGA; THE 3 FRONT STEPS W/ RAIL, MIN A; CUED R HIP
              3>FLEXION AND HEEL STRIKE
              4>PHYSICAL THERAPY: GAIT DEVIATION - R CIRCUMDUCTION, TOE DRAG AND A
              5>SHORT L STEP AFTER THE STROKE
              6>OCCUPATIONAL THERAPY: KITCHEN TASKS AT COUNTER HEIGHT - RETRIEVING
              7>POTS FROM A LOW CABINET X 6, CARRYING A CUP IN THE R HAND 4 X 10
              8>FT, WIPING THE COUNTER W/ THE R UE 3 ROUNDS
              9>OCCUPATIONAL THERAPY: R UE WEAKNESS AND COORDINATION LOSS;
             10>STANDING BALANCE AT THE COUNTER POOR
             11>OCCUPATIONAL THERAPY: GRIP R 18 LB / L 64 LB
            EDIT Option:
            SIGNED: 260304@1150 /ES/ R. KOSTAKIS, PT / S. OKONJO, OTR/L
            """,
            ["I69.351"], [PT("97116", 18), OT("97530", 24)], []),

        // Clinch River Wise with an HHMM clock range on each code row (97112 0815-0838 = 23, 97140 0838-0849 = 11), both match; one on one for the NMR; BAPS, Airex catches, step-off to a stick; talocrural glides by grade and bouts, tib-fib and subtalar glides; R ankle proprioception and talocrural hypomobility; SLS and knee-to-wall cm: passes.
        ["v6-h92-crra-hhmm-clock-range-per-code"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: SWINDALL, PEGGY A        WISE OFFICE      TRANSCR 260304 1005
            0010 97112 NEUROMUSC REED ........... 0815-0838
            0020 97140 MANUAL THERAPY ........... 0838-0849
            0030 ONE ON ONE FOR THE NMR, NO OTHER PATIENT ON MY SCHEDULE.
            0040 NMR: BAPS LEVEL 3; SL STANCE ON THE AIREX CATCHING A BALL; STEP-OFF FROM>>
            0050 A 6 IN STEP TO A STICK
            0060 MANUAL: TALOCRURAL POSTERIOR GLIDES GR III 3 X 30 SEC; DISTAL TIB-FIB A-P>>
            0070 GLIDES; SUBTALAR LATERAL GLIDES
            0080 PROBLEM: R ANKLE PROPRIOCEPTION DECREASED; TALOCRURAL HYPOMOBILITY LIMITI>>
            0090 NG DF
            0100 OBJ: SLS EC R 8 SEC / L 20 SEC; KNEE-TO-WALL R 7 -> 10 CM
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["S93.401D", "M25.671"], [PT("97112", 23), PT("97140", 11)], []),

        // SVGH Hermitage "CHG 97140 MANUAL THER TE MIN 006 + 006 = 012 (START AND END OF VISIT)" and 97110 MIN 015, both match; a pinsetter mechanic at the lanes: central PAs and rotation mob by grade; press-ups, bird dog, dead bug, hinge with doses; L4-S1 hypomobility and core/hip extensor weakness; extension degrees: passes.
        ["v6-h92-svgh-manual-in-two-parts"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1640
            PT: KRAYNAK, STEVEN P           MRN 00412263   LOC: HERMITAGE OUTPATIEN
            01 CHG 97110 THER EXERC       MIN 015
            02 CHG 97140 MANUAL THER TE   MIN 006 + 006 = 012 (START AND EN
            03 CONT'D D OF VISIT)
            04 FIXES THE PINSETTERS AT THE LANES, BENT OVER THE MACHINES AL
            05 CONT'D L SHIFT; LOW BACK PAIN TO THE R BUTTOCK.
            06 MANUAL: L4-5 AND L5-S1 CENTRAL PAS GR III 3 X 30 SEC AT THE
            07 CONT'D START; R SIDE-LYING LUMBAR ROTATION MOB GR III AT THE
            08 CONT'D END
            09 THER EX: PRONE PRESS-UPS 2 X 10; BIRD DOG 3 X 8; DEAD BUG
            10 CONT'D 3 X 10; HIP HINGE W/ A DOWEL 2 X 12
            11 IMPAIRMENT: L4-S1 HYPOMOBILITY W/ R BUTTOCK PAIN; CORE AND H
            12 CONT'D IP EXTENSOR WEAKNESS
            13 OBJ: LUMBAR EXT 10 -> 18 DEG AFTER THE MOBS
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["M54.59"], [PT("97110", 15), PT("97140", 12)], []),

        // Clinch River Big Stone Gap PTA, "97530 THER ACTIV ... 24M BY: PTA" for the one timed code, matches the PTA line; water buckets up the ramp, feed-sack lifts to a wheelbarrow, loaded wheelbarrow pushes with loads and counts; low back pain with hip and trunk extensor weakness, can't carry water to the chicken house: passes.
        ["v6-h92-crra-24m-one-timed-code-97530"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: COLLIER, NORMA J         BIG STONE GAP    TRANSCR 260304 1335
            0010 97530 THER ACTIV ............... 24M   BY: PTA
            0020 CAN'T CARRY THE WATER BUCKETS UP THE BANK TO THE CHICKEN HOUSE; LOW BACK>>
            0030 GIVES OUT HALFWAY.
            0040 ACTIVITIES: CARRYING TWO 15 LB BUCKETS UP THE CLINIC RAMP, 6 TRIPS; LIFTI>>
            0050 NG A 25 LB FEED SACK FROM THE FLOOR INTO A WHEELBARROW X 8; PUSHING THE L>>
            0060 OADED WHEELBARROW 4 X 50 FT
            0070 PROBLEM: LOW BACK PAIN W/ HIP AND TRUNK EXTENSOR WEAKNESS; LIFTS BENT-BAC>>
            0080 KED
            *** END OF NOTE ***   DICTATED BY C. KILGORE, PTA
            """,
            ["M54.50"], [PTA("97530", 24)], []),

        // Bayou Casotte Ocean Springs "Units . . : 2 Minutes . . : 023" fields, a shrimp-boat deckhand after a microdiscectomy, one-on-one; pressure-biofeedback TA drill, DynaDisc half-kneel rhythmic stabilization, rocker-board box handoffs; lumbopelvic motor control; mmHg held and handoff counts; 023 matches: passes.
        ["v6-h92-bayou-units-beside-minutes"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       0850
            Employee . . . . :  PHAM, TUAN V               Claim . . :  WC2600907
            Employer . . . . :  GULF SHRIMP CO - VESSEL CREW
            Site . . . . . . :  OCEAN SPRINGS
            Service  . . . . :  97112   NEUROMUSC REED
            Units  . . . . . :  2       Minutes . . :  023
            Comments:
              SHRIMP BOAT DECKHAND, L4-5 MICRODISCECTOMY 10 WKS AGO; WORKS
              ON A PITCHING DECK.
              THERAPIST ONE-ON-ONE W/ THIS EE, NO OTHER EE DURING THE
              97112.
              NMR: TRANSVERSUS ABDOMINIS ACTIVATION W/ PRESSURE BIOFEEDBAC
              K, THEN SUPINE MARCHING; HALF-KNEEL ON THE DYNADISC W/ RHYTH
              MIC STABILIZATION; STANDING ON THE ROCKER BOARD W/ A 10 LB B
              OX HANDOFF
              DEFICIT: LUMBOPELVIC MOTOR CONTROL - DELAYED TRANSVERSUS/MUL
              TIFIDUS RECRUITMENT, TRUNK SWAY ON AN UNSTABLE SURFACE
              OBJ: PRESSURE BIOFEEDBACK HELD AT 40 MMHG FOR 8 OF 10 MARCHE
              S; ROCKER BOARD HANDOFFS 12 OF 15 W/O A STEP
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["M51.16"], [PT("97112", 23)], []),

        // SVGH Greenville "CHG 97112 NEUROMUSC REED MIN 035" against a 22-min line: mismatch; otherwise complete (one-on-one; foam eyes closed, backward tandem at the rail, stride perturbations; posterior postural control with retropulsion; Berg and backward tandem steps).
        ["v6-h92-svgh-min-035-against-22"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 0925
            PT: LOUTZENHISER, RUTH          MRN 00388470   LOC: GREENVILLE OUTPATIE
            01 CHG 97112 NEUROMUSC REED   MIN 035
            02 ONE-ON-ONE, THIS THERAPIST AND THIS PT ONLY FOR THE NMR.
            03 TX: FOAM STANCE W/ EYES CLOSED; TANDEM WALK BACKWARD ALONG T
            04 CONT'D HE RAIL; PERTURBATIONS IN STRIDE STANCE
            05 IMPAIRMENT: POSTERIOR POSTURAL CONTROL - RETROPULSION REACHI
            06 CONT'D NG UP TO THE CUPBOARD
            07 OBJ: BERG 44/56; TANDEM BACKWARD 8 STEPS
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // Harbor Point Essex OT "MINUTES: 30" under 97530 against an 18-min OT line: mismatch; otherwise complete (ratchet lug nuts, toolbox carry, overhead hose hanging with counts and loads; L wrist weakness and supination after a radius fracture; grip pounds).
        ["v6-h92-hpmh-ot-minutes-30-against-18"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: DAVIS,ORLANDO J
            VISIT DATE: TODAY// 260304
            CLINIC: ESSEX REHAB OPD//
            CPT: 97530  THER ACTIV
              MINUTES: 30
              PROVIDER: OT
            NARRATIVE:
              1>OT. BUS MECHANIC AT THE DIVISION GARAGE, L DISTAL RADIUS FX.
              2>ACTIVITIES: TURNING LUG NUTS W/ A 1/2 IN RATCHET ON THE WHEEL
              3>MOCK-UP X 12; CARRYING A 20 LB TOOLBOX IN THE L HAND 4 X 50 FT;
              4>OVERHEAD REACH TO HANG HOSES X 10
              5>IMPAIRMENT: L WRIST WEAKNESS AND LIMITED SUPINATION AFTER THE FX
              6>OBJ: GRIP L 44 LB / R 92 LB
            EDIT Option:
            SIGNED: 260304@1425 /ES/ S. OKONJO, OTR/L
            """,
            ["S52.502D"], [OT("97530", 18)], [At(Mismatch, "97530")]),

        // Clinch River Coeburn, 97110 "15 MIN" matches but "97116 GAIT TRAINING ... 0905-0932" (27) against a 14-min line: mismatch on 97116; both parts complete (quad sets, SAQ, step-ups, hip abduction with doses; walker to cane and stairs with distance, SBA and CGA; quad and abductor weakness and stiff-knee gait after a TKA).
        ["v6-h92-crra-gait-clock-27-against-14"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: RASNAKE, JUNIOR E        COEBURN OFFICE   TRANSCR 260304 1015
            0010 97110 THER EXERC ............... 15 MIN
            0020 97116 GAIT TRAINING ............ 0905-0932
            0030 EX: QUAD SETS 2 X 15; SAQ 2 LB 3 X 12; STEP-UPS 4 IN 3 X 10; STANDING HIP>>
            0040 ABD 3 X 12
            0050 GAIT: RW -> SPC 3 X 150 FT, SBA; STAIRS 12 STEPS W/ THE RAIL, CGA; CUED H>>
            0060 EEL STRIKE AND KNEE EXT AT MIDSTANCE
            0070 PROBLEM: R QUAD AND HIP ABDUCTOR WEAKNESS AFTER THE R TKA; STIFF-KNEE ANT>>
            0080 ALGIC GAIT W/ A SHORT R STANCE
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 15), PT("97116", 14)], [At(Mismatch, "97116")]),

        // Bayou Casotte Moss Point, two service rows with no minutes and "Timed svc total . : 038": separate time missing; both parts complete (the therapist with the employee alone; BAPS, foam head turns, plank walk with a bucket; step-ladder climbs and baseboard kneeling with loads and counts; R ankle proprioception and dorsiflexion after a fracture; SLS and plank-walk count).
        ["v6-h92-bayou-timed-service-total-only"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1125
            Employee . . . . :  BOSARGE, WENDELL R         Claim . . :  LH2600468
            Employer . . . . :  SHIPYARD - BLAST & PAINT
            Site . . . . . . :  MOSS POINT
            Service  . . . . :  97112   NEUROMUSC REED
            Service  . . . . :  97530   THER ACTIV
            Timed svc total  :  038
            Comments:
              SHIP PAINTER, R ANKLE FX (ORIF) FROM A FALL OFF A SCAFFOLD P
              LANK.
              THERAPIST WORKED W/ THIS EE ALONE THROUGHOUT - NO OTHER EE O
              N THE FLOOR.
              NMR: BAPS LEVEL 3; SL STANCE ON FOAM W/ HEAD TURNS; WALKING
              A 2X10 PLANK ON THE FLOOR CARRYING A PAINT BUCKET
              ACTIVITIES: CLIMBING A 6 FT STEP LADDER CARRYING A 10 LB BUC
              KET X 6; KNEELING TO PAINT A BASEBOARD MOCK-UP AND RISING
              X 10
              DEFICIT: R ANKLE PROPRIOCEPTION AND DF LIMITED AFTER THE FX
              OBJ: SLS EC R 6 SEC / L 21 SEC; PLANK WALK 20 FT W/O STEPPIN
              G OFF 4 OF 5
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S82.61XD"], [PT("97112", 23), PT("97530", 15)], [SepTime]),

        // SVGH Grove City "CHG 97110 THER EXERC MIN 014" but "CHG 97530 THER ACTIV MIN ___" left blank: separate time missing; both parts complete (side-lying ER, rows, serratus, wall slides with doses; overhead box lifts and shirt hanging with loads and counts; R cuff weakness with a painful arc).
        ["v6-h92-svgh-second-min-field-blank"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1220
            PT: RHODES, AMBER L             MRN 00434019   LOC: GROVE CITY OUTPATIE
            01 CHG 97110 THER EXERC       MIN 014
            02 CHG 97530 THER ACTIV       MIN ___
            03 STOCKS THE OUTLETS - BOXES TO THE HIGH SHELVES AND SHIRTS ON
            04 CONT'D THE TOP RACKS.
            05 THER EX: SIDE-LYING ER 3 LB 3 X 12; ROWS W/ BAND 3 X 15; SER
            06 CONT'D RATUS PUNCH 3 X 12; WALL SLIDES 2 X 10
            07 ACTIVITIES: LIFTING 8 LB BOXES TO AN OVERHEAD SHELF X 10; HA
            08 CONT'D NGING SHIRTS ON A HIGH RACK X 15
            09 IMPAIRMENT: R ROTATOR CUFF WEAKNESS AND A PAINFUL ARC ABOVE
            10 CONT'D SHOULDER HEIGHT
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["M75.41"], [PT("97110", 14), PT("97530", 12)], [SepTime]),

        // Clinch River Norton "TIME 0900-0935 THER EX AND THER ACTIV" - one clock range for two codes: separate time missing; both parts complete (bridges, clamshells, step-ups, wall squats with doses; firewood carries, stove loading and floor rises with loads and counts; L hip and knee weakness after a THA).
        ["v6-h92-crra-one-clock-range-two-codes"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: MULLINS, OPAL G          NORTON OFFICE    TRANSCR 260304 1140
            0010 TIME 0900-0935   THER EX AND THER ACTIV
            0020 97110: BRIDGES 3 X 12; CLAMSHELLS 3 X 15; STEP-UPS 8 IN 3 X 10; WALL SQUA>>
            0030 TS 3 X 10
            0040 97530: CARRYING FIREWOOD, 20 LB ARMLOAD 4 X 40 FT; STOOPING TO THE WOOD S>>
            0050 TOVE AND LOADING IT X 8; GETTING UP FROM THE FLOOR W/ A CHAIR X 5
            0060 PROBLEM: L HIP AND KNEE WEAKNESS AFTER THE L THA; CAN'T KEEP THE STOVE FE>>
            0070 D THROUGH THE NIGHT
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 18), PT("97530", 17)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h92-empty-nmr-and-manual"] = new(
            "",
            ["S16.1XXD"], [PT("97112", 20), PT("97140", 10)], [At(NoteMissing, "97112"), At(NoteMissing, "97140")]),

        // Empty note on a PTA 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h92-empty-pta-97110-no-dx"] = new(
            "",
            [], [PTA("97110", 16)], [At(NoteMissing, "97110"), Dx]),

        // A note field exported as spaces and line breaks only (cells are trimmed) on an OT 97530 with a diagnosis: note missing only.
        ["v7-h92-blank-field-spaces-ot-97530"] = new(
            "      \n\n        \n",
            ["G56.01"], [OT("97530", 18)], [At(NoteMissing, "97530")]),

        // 97110's meaning on the SVGH screen: seated knee extension, sit-to-stands, single-leg press, banded hip abduction with loads and sets (technique and measure), R quad and hip abductor weakness with knee OA and a cellar-stairs goal (deficit); MIN 016 matches: passes.
        ["v7-h92-svgh-97110-knee-strengthening"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1535
            PT: MARTINO, FRANK L            MRN 00401128   LOC: SHARON MAIN CAMPUS
            01 CHG 97110 THER EXERC       MIN 016
            02 EX: SEATED KNEE EXT 3 LB 3 X 12; SIT-TO-STAND FROM 18 IN
            03 CONT'D 3 X 8; SL LEG PRESS 50 LB 3 X 10; STANDING HIP ABD W/
            04 CONT'D BAND 3 X 12
            05 FOR: R QUAD AND HIP ABDUCTOR WEAKNESS W/ R KNEE OA - GOAL DO
            06 CONT'D WN THE CELLAR STAIRS TO THE WASHER AND BACK
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["M17.11"], [PT("97110", 16)], []),

        // 97530's meaning on the Bayou Casotte screen: shackles hung on an overhead bar, a tag line hauled hand over hand, fixed-ladder climbs with a tool bag, with loads, distances and counts (technique and measure), L cuff weakness overhead and grip endurance (deficit); 023 matches: passes.
        ["v7-h92-bayou-97530-rigging-simulation"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1540
            Employee . . . . :  MCLEOD, JAMAL R            Claim . . :  LH2600431
            Employer . . . . :  SHIPYARD - RIGGING
            Site . . . . . . :  PASCAGOULA
            Service  . . . . :  97530   THER ACTIV        Minutes . :  023
            Comments:
              RIGGER, L CUFF STRAIN SETTING A CHAIN HOIST.
              ACTIVITIES: RIGGING SIM - LIFTING AND HANGING 25 LB SHACKLES
              ON AN OVERHEAD BAR X 10; PULLING A TAG LINE HAND OVER HAND
              4 X 30 FT; CLIMBING THE CLINIC'S 8 FT FIXED LADDER W/ A TOOL
              BAG X 4
              DEFICIT: L ROTATOR CUFF WEAKNESS OVERHEAD AND GRIP ENDURANCE
              LOSS
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S46.012D"], [PT("97530", 23)], []),

        // 97140's meaning on the Harbor Point note: mid-thoracic central PAs by grade and bouts, rib mobs with breathing, rhomboid STM (technique), mid-thoracic and R rib hypomobility with guarding, can't turn to back out of the alley (deficit), seated rotation degrees before and after (measure); MINUTES: 11 matches: passes.
        ["v7-h92-hpmh-97140-thoracic-and-rib"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: PAPPAS,GEORGE N
            VISIT DATE: TODAY// 260304
            CLINIC: DUNDALK REHAB OPD//
            CPT: 97140  MANUAL THERAPY
              MINUTES: 11
              PROVIDER: PT//
            NARRATIVE:
              1>MANUAL: T4-T7 CENTRAL PAS GR III 3 X 30 SEC; R 5TH-6TH RIB MOBS W/
              2>BREATHING; STM TO THE R RHOMBOIDS
              3>IMPAIRMENT: MID-THORACIC AND R RIB HYPOMOBILITY W/ RHOMBOID
              4>GUARDING - PAIN TURNING TO BACK THE CAR OUT OF THE ALLEY
              5>OBJ: THORACIC ROTATION R 30 -> 42 DEG (SEATED, BAR ACROSS THE
              6>SHOULDERS)
            EDIT Option:
            SIGNED: 260304@1015 /ES/ R. KOSTAKIS, PT
            """,
            ["M54.6"], [PT("97140", 11)], []),

        // 97116's meaning on the NVCH log: cane gait on the clinic floor, the gravel lot and the grass, curb practice, cued heel-toe with distance, SBA and CGA (technique and measure), antalgic short R stance with no push-off after a trimalleolar fracture (deficit); 1330-1349 = 019 matches: passes.
        ["v7-h92-nvch-97116-gravel-and-grass"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1725                                      PAGE   1
            PATIENT: ANDERSEN, KURT D           MRN 0054083   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: VILLISCA
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97116 GAIT TRAINING   1330   1349  019
            --------------------------------------------------------------------------------
            NARRATIVE:
            GAIT: SPC 3 X 200 FT ON THE CLINIC FLOOR, SBA; THE GRAVEL LOT AND THE GRASS
            >> 2 X 100 FT, CGA; CURB UP AND DOWN X 6; CUED HEEL-TOE AND EQUAL STEPS
            PROBLEM: ANTALGIC GAIT, SHORT R STANCE AND NO PUSH-OFF AFTER THE R TRIMALLEOLAR
            >> FX
            """,
            ["S82.851D"], [PT("97116", 19)], []),

        // Generic 97112 in capitals: "97112 NEUROMUSC REED 22 MIN. PT TOL TX WELL. BAL TRNG AS TOL. CONT POC." - no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h92-generic-nmr-caps-one-line"] = new(
            """
            97112 NEUROMUSC REED 22 MIN. PT TOL TX WELL. BAL TRNG AS TOL. CONT POC.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // NVCH log (MIN column only) with 97110 015 and 97140 010 (both match) and the narrative "PT TOLERATED THER EX AND MANUAL WELL. NO C/O. CONT PER POC." - nothing named for either code.
        ["v7-h92-nvch-generic-ther-ex-and-manual-with-minutes"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PATIENT: FRIEDRICH, ALMA R
            THERAPIST: K. LINDGREN, PT         SITE: CLARINDA
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     MIN
             97110 THER EXERC      015
             97140 MANUAL THERAPY  010
            --------------------------------------------------------------------------------
            NARRATIVE:
            PT TOLERATED THER EX AND MANUAL WELL. NO C/O. CONT PER POC.
            """,
            ["M17.11"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Bayou Casotte screen, 97530 with "EE PARTICIPATED IN THERAPEUTIC ACTIVITIES AND FUNCTIONAL TRAINING PER POC. PROGRESSING TOWARD GOALS." - no activity, deficit or measure named.
        ["v7-h92-bayou-generic-97530"] = new(
            """
                              BAYOU CASOTTE OCC HEALTH & REHAB
                                 Therapy Visit - Detail
            Employee . . . . :  WASHINGTON, EARL T
            Employer . . . . :  SHIPYARD - SHEET METAL
            Site . . . . . . :  GAUTIER
            Service  . . . . :  97530   THER ACTIV        Minutes . :  020
            Comments:
              EE PARTICIPATED IN THERAPEUTIC ACTIVITIES AND FUNCTIONAL TRA
              INING PER POC. PROGRESSING TOWARD GOALS. CONT.
                                                                         Bottom
            """,
            ["S39.012D"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // SVGH Sharon after a L TKA, MIN 021 and MIN 014 both match; NMR one-on-one (foam perturbations, hurdle step-overs onto foam, tandem with head turns); quad sets, SAQ, step-ups, TKE with doses; L knee proprioception, postural control and quad weakness; SLS and Berg: passes.
        ["vord-h92-svgh-sharon-tka-nmr-and-ther-ex"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 0905
            PT: BOBAK, WALTER J             MRN 00417735   LOC: SHARON MAIN CAMPUS
            01 CHG 97112 NEUROMUSC REED   MIN 021
            02 CHG 97110 THER EXERC       MIN 014
            03 RETIRED FROM THE OLD STEEL MILL ON THE RIVER; L TKA 7 WKS.
            04 NMR ONE-ON-ONE, THIS THERAPIST W/ THIS PT ONLY: L SL STANCE
            05 CONT'D ON FOAM W/ PERTURBATIONS AT THE PELVIS; STEP-OVERS OF
            06 CONT'D A 6 IN HURDLE ONTO FOAM; TANDEM WALK W/ HEAD TURNS
            07 THER EX: QUAD SETS 2 X 15; SAQ 3 LB 3 X 12; STEP-UPS 6 IN
            08 CONT'D 3 X 10; TKE W/ BAND 3 X 15
            09 IMPAIRMENT: L KNEE PROPRIOCEPTION AND POSTURAL CONTROL AFTER
            10 CONT'D THE L TKA; L QUAD WEAKNESS
            11 OBJ: SLS L 6 SEC / R 19 SEC; BERG 46/56
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["Z96.652", "Z47.1"], [PT("97112", 21), PT("97110", 14)], []),

        // SVGH Grove City PTA gait after a hip fracture: walker on tile, carpet and a curb cut with distance, SBA and CGA, cued step-through; step-to gait with trunk lean and a short R step; MIN 016 BY: PTA matches: passes.
        ["vord-h92-svgh-grove-city-pta-gait-97116"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1435
            PT: YODER, ESTHER M             MRN 00422914   LOC: GROVE CITY OUTPATIE
            01 CHG 97116 GAIT TRAINING    MIN 016    BY: PTA
            02 GAIT: RW 3 X 120 FT ON TILE, THEN THE CARPETED HALL AND THE
            03 CONT'D CURB CUT OUTSIDE X 4, SBA -> CGA ON THE CURB; CUED ST
            04 CONT'D EP-THROUGH PATTERN AND AN UPRIGHT TRUNK
            05 DEVIATION: STEP-TO GAIT W/ FORWARD TRUNK LEAN AND A SHORT R
            06 CONT'D STEP AFTER THE R HIP FX
            07 SIGNED: J KRAYNAK PTA  260304 1518
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            ["S72.001D"], [PTA("97116", 16)], []),

        // NVCH Clarinda retired rural mail carrier after a cervical decompression, "1-ON-1 W/ THE THERAPIST FOR THE NMR"; foam eyes closed, tape-line tandem, target stepping without looking, perturbations; proprioceptive loss from the myelopathy; Romberg seconds and tandem steps; 1030-1052 = 022 matches: passes.
        ["vord-h92-nvch-clarinda-cervical-myelopathy-97112"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1535                                      PAGE   1
            PATIENT: MEYER, HOWARD F            MRN 0050397   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: CLARINDA
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97112 NEUROMUSC REED  1030   1052  022
            --------------------------------------------------------------------------------
            NARRATIVE:
            RETIRED RURAL MAIL CARRIER, C4-6 DECOMPRESSION FOR MYELOPATHY LAST FALL.
            1-ON-1 W/ THE THERAPIST FOR THE NMR, NO OTHER PATIENT IN THE GYM.
            NMR: FOAM STANCE EYES CLOSED; TANDEM WALK ON TAPE LINES; STEPPING TO TARGETS W/O
            >> LOOKING DOWN; PERTURBATIONS IN STANDING
            PROBLEM: PROPRIOCEPTIVE LOSS B LE FROM THE MYELOPATHY - WIDE BASE, WATCHES HIS F
            >> EET
            MEAS: ROMBERG EC 10 SEC (3 AT EVAL); TANDEM 6 STEPS BEFORE A MISSTEP
            """,
            ["M47.12"], [PT("97112", 22)], []),

        // NVCH Shenandoah sow-barn worker with adhesive capsulitis, START / STOP / MIN 97140 1310-1321 011 and 97110 1321-1337 016, both match; GH glides by grade and bouts, scapular mobs; pulleys, cane ER, side-lying ER, rows with doses; capsular hypomobility and cuff weakness; ER and flexion degrees: passes.
        ["vord-h92-nvch-shenandoah-frozen-shoulder-manual-and-ther-ex"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1600                                      PAGE   1
            PATIENT: GRONEWOLD, LARRY E         MRN 0056651   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: SHENANDOAH
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97140 MANUAL THERAPY  1310   1321  011
             97110 THER EXERC      1321   1337  016
            --------------------------------------------------------------------------------
            NARRATIVE:
            SOW BARN WORKER, R FROZEN SHOULDER; CAN'T REACH UP TO THE WATER LINES.
            MANUAL: R GH INFERIOR AND POSTERIOR GLIDES GR III-IV 4 X 30 SEC; SCAPULAR MOBS
            THER EX: PULLEYS FLEXION 2 X 15; ER W/ A CANE 3 X 10; SIDE-LYING ER 2 LB 3 X 12;
            >> ROWS 3 X 15
            PROBLEM: R GH CAPSULAR HYPOMOBILITY (ER > ABD > IR) AND CUFF WEAKNESS
            MEAS: ER 24 -> 33 DEG; FLEX 118 DEG
            """,
            ["M75.01"], [PT("97140", 11), PT("97110", 16)], []),

        // Bayou Casotte Ocean Springs shipyard electrician off an A-frame ladder, "THERAPIST W/ THIS EE ONLY, ONE-ON-ONE FOR THE FULL 97112"; laser head relocation eyes closed, gaze stabilization with trunk rotation, pursuit with neck torsion; cervical proprioceptive dysfunction and reduced VOR gain; relocation error cm and DVA; 021 matches: passes.
        ["vord-h92-bayou-ocean-springs-electrician-cervical-97112"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1420
            Employee . . . . :  LANDRY, BRANDON J          Claim . . :  LH2600486
            Employer . . . . :  SHIPYARD - ELECTRICAL
            Site . . . . . . :  OCEAN SPRINGS
            Service  . . . . :  97112   NEUROMUSC REED    Minutes . :  021
            Comments:
              SHIPYARD ELECTRICIAN, FELL FROM AN A-FRAME LADDER IN A COMPA
              RTMENT; CONCUSSION AND NECK STRAIN.
              THERAPIST W/ THIS EE ONLY, ONE-ON-ONE FOR THE FULL 97112.
              NMR: HEAD RELOCATION TO A TARGET W/ A HEAD-MOUNTED LASER, EY
              ES CLOSED; GAZE STABILIZATION W/ TRUNK ROTATION UNDER A STIL
              L HEAD; SMOOTH PURSUIT W/ THE NECK TURNED 45 DEG
              DEFICIT: CERVICAL PROPRIOCEPTIVE DYSFUNCTION W/ DIZZINESS ON
              NECK TURNS; VOR GAIN REDUCED
              OBJ: RELOCATION ERROR 7 CM AT 90 CM (12 CM AT EVAL); DVA
              2 LINES LOST
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S06.0X0D", "S16.1XXD"], [PT("97112", 21)], []),

        // Bayou Casotte Pascagoula OT, a TIG welder's lateral elbow: eccentric wrist extension, FlexBar Tyler twist, hammer supination, putty grip with doses; R lateral epicondylalgia with extensor weakness; pain-free grip in pounds; OT 017 matches: passes.
        ["vord-h92-bayou-ot-tig-welder-elbow-97110"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1050
            Employee . . . . :  GRIFFIN, LAMAR T           Claim . . :  LH2600503
            Employer . . . . :  SHIPYARD - WELDING
            Site . . . . . . :  PASCAGOULA
            Service  . . . . :  97110   THER EXERC        Minutes . :  017   By: OT
            Comments:
              OT VISIT. TIG WELDER, R LATERAL ELBOW PAIN HOLDING THE TORCH
              OVERHEAD.
              THER EX (OT): ECCENTRIC WRIST EXT W/ 3 LB 3 X 15; TYLER TWIS
              T W/ THE FLEXBAR 3 X 15; SUPINATION W/ A HAMMER 3 X 12; GRIP
              PUTTY 3 X 20
              DEFICIT: R LATERAL EPICONDYLALGIA W/ WRIST EXTENSOR WEAKNESS
              OBJ: PAIN-FREE GRIP R 48 LB / L 96 LB
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["M77.11"], [OT("97110", 17)], []),

        // Harbor Point Curtis Bay after a stroke, CPT prompts 97112 MINUTES: 20 with ONE-ON-ONE (Y/N): Y and 97530 MINUTES: 15, both match; foam weight shift with hip cues, step-ups with perturbations, cross-midline reaches; laundry basket carries, washer loading, front steps with counts and CGA; L hemiparesis with poor weight acceptance and postural control; Berg and step stance: passes.
        ["vord-h92-hpmh-curtis-bay-stroke-nmr-and-ther-act"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: FORD,GLADYS M
            VISIT DATE: TODAY// 260304
            CLINIC: CURTIS BAY REHAB OPD//
            CPT: 97112  NEUROMUSC REED
              MINUTES: 20
              PROVIDER: PT//
              ONE-ON-ONE (Y/N): Y  YES
            CPT: 97530  THER ACTIV
              MINUTES: 15
              PROVIDER: PT//
            NARRATIVE:
              1>NMR: WT SHIFT ONTO THE L LE STANDING ON FOAM W/ TACTILE CUES AT
              2>THE L HIP; L STEP-UPS TO 4 IN W/ PERTURBATIONS; REACHING ACROSS
              3>MIDLINE TO A SHELF IN STANDING
              4>THER ACTIV: CARRYING A LAUNDRY BASKET 8 LB 4 X 20 FT; STOOPING TO
              5>LOAD THE FRONT-LOAD WASHER X 6; UP AND DOWN THE 3 FRONT STEPS W/
              6>THE RAIL X 4, CGA
              7>IMPAIRMENT: L HEMIPARESIS - POOR L LE WT ACCEPTANCE AND POSTURAL
              8>CONTROL; CAN'T DO THE WASH IN THE BASEMENT
              9>OBJ: BERG 42/56; L LE STANCE ON THE STEP 4 SEC
            EDIT Option:
            SIGNED: 260304@1520 /ES/ R. KOSTAKIS, PT
            """,
            ["I69.354"], [PT("97112", 20), PT("97530", 15)], []),

        // Harbor Point Dundalk PTA, a night-shift mail sorter with knee OA: leg press, Spanish squat holds, lateral step-ups, banded abduction with loads and doses; R quad and hip abductor weakness standing at the sorter; MINUTES: 17 on the PTA line: passes.
        ["vord-h92-hpmh-dundalk-pta-knee-oa-97110"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            Select PT DAILY NOTE Option: ENTER  Enter/Edit Daily Note
            Select PATIENT NAME: WILLIAMS,DARNELL K
            VISIT DATE: TODAY// 260304
            CLINIC: DUNDALK REHAB OPD//
            CPT: 97110  THER EXERC
              MINUTES: 17
              PROVIDER: PTA
            NARRATIVE:
              1>PTA VISIT. SORTS MAIL AT THE PROCESSING PLANT, NIGHT SHIFT; R KNEE
              2>OA.
              3>THER EX: LEG PRESS 70 LB 3 X 12; SPANISH SQUAT W/ A BAND 3 X 30
              4>SEC HOLD; LATERAL STEP-UPS 6 IN 3 X 10; STANDING HIP ABD W/ A BAND
              5>3 X 15
              6>IMPAIRMENT: R QUAD AND HIP ABDUCTOR WEAKNESS W/ R KNEE OA -
              7>STANDING AT THE SORTER THROUGH A SHIFT
            EDIT Option:
            SIGNED: 260304@1705 /ES/ L. WHITAKER, PTA
            """,
            ["M17.11"], [PTA("97110", 17)], []),

        // Clinch River Wise, Charcot-Marie-Tooth on a steep dirt drive, "ONE ON ONE W/ THIS THERAPIST"; foam eyes closed in AFOs, wedge step-ups and -downs, crash-mat walking with head turns; distal proprioceptive loss and a weak ankle strategy; FGA and SLS; 21 MIN matches: passes.
        ["vord-h92-crra-wise-cmt-97112"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: FLEMING, DELMER A        WISE OFFICE      TRANSCR 260304 1450
            0010 97112 NEUROMUSC REED ........... 21 MIN
            0020 LIVES UP A HOLLOW ROAD, WALKS A STEEP DIRT DRIVE TO THE MAILBOX. WIFE DRI>>
            0030 VES HIM IN.
            0040 ONE ON ONE W/ THIS THERAPIST, NO OTHER PATIENT DURING THE NMR.
            0050 NMR: STANDING ON FOAM W/ EYES CLOSED IN HIS AFOS; STEPPING UP AND DOWN A>>
            0060 SLOPED WEDGE; WALKING ON A CRASH MAT W/ HEAD TURNS
            0070 PROBLEM: DISTAL PROPRIOCEPTIVE LOSS AND WEAK ANKLE STRATEGY (CMT) - FALLS>>
            0080 ON THE SLOPE
            0090 OBJ: FGA 20/30; SLS L 4 SEC / R 5 SEC
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["G60.0"], [PT("97112", 21)], []),

        // Clinch River St. Paul hip OA, 97110 "15 MIN" and 97140 "10 MIN" both match; bridges, abduction, half-kneel flexor stretch, step-ups with doses; long-axis distraction by grade and bouts, posterior glides, TFL STM; capsular hypomobility and glute weakness, can't get on the four-wheeler; IR degrees before and after: passes.
        ["vord-h92-crra-st-paul-hip-oa-ther-ex-and-manual"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: DYE, VIRGIL W            ST PAUL OFFICE   TRANSCR 260304 0935
            0010 97110 THER EXERC ............... 15 MIN
            0020 97140 MANUAL THERAPY ........... 10 MIN
            0030 EX: BRIDGES 3 X 12; SIDE-LYING HIP ABD 3 X 12; HIP FLEXOR STRETCH IN HALF>>
            0040 -KNEEL 3 X 30 SEC; STEP-UPS 6 IN 3 X 10
            0050 MANUAL: R HIP LONG-AXIS DISTRACTION GR III 3 X 30 SEC; POSTERIOR GLIDES I>>
            0060 N FLEXION; STM TO THE TFL
            0070 PROBLEM: R HIP OA W/ CAPSULAR HYPOMOBILITY AND GLUTE WEAKNESS; CAN'T SWIN>>
            0080 G A LEG OVER THE FOUR-WHEELER
            0090 OBJ: R HIP IR 12 -> 20 DEG AFTER MANUAL; FLEX 96 DEG
            *** END OF NOTE ***   DICTATED BY D. STURGILL, PT
            """,
            ["M16.11"], [PT("97110", 15), PT("97140", 10)], []),

        // Bayou Casotte Gautier wet-dock hand after a L shoulder dislocation, three service rows (97112 018, 97110 012, 97140 010) all matching, one-on-one for the 97112; Bodyblade, wall-ball circles eyes closed, PNF hold-relax; ER, rows, serratus with doses; posterior glides and cuff STM; dynamic stability and position sense, cuff weakness, posterior capsule; JPS and IR degrees: passes.
        ["vord-h92-bayou-gautier-shoulder-three-codes"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1605
            Employee . . . . :  COOLEY, NATHAN B           Claim . . :  LH2600514
            Employer . . . . :  SHIPYARD - WET DOCK
            Site . . . . . . :  GAUTIER
            Service  . . . . :  97112   NEUROMUSC REED    Minutes . :  018
            Service  . . . . :  97110   THER EXERC        Minutes . :  012
            Service  . . . . :  97140   MANUAL THERAPY    Minutes . :  010
            Comments:
              DOCKHAND AT THE WET DOCK, L SHOULDER DISLOCATED CATCHING A F
              ALLING LINE.
              PT ONE-ON-ONE W/ THIS EE FOR THE 97112, NO OTHER EE DURING I
              T.
              NMR: SL STANCE ON FOAM W/ THE BODYBLADE OSCILLATING AT
              90 DEG FLEXION; BALL ON THE WALL CIRCLES W/ EYES CLOSED; PNF
              D2 W/ MANUAL RESISTANCE, HOLD-RELAX AT END RANGE
              THER EX: SIDE-LYING ER 3 LB 3 X 12; PRONE ROWS 3 X 12; SERRA
              TUS PUNCH 3 X 15
              MANUAL: L GH POSTERIOR GLIDES GR III 3 X 30 SEC; STM TO THE
              POSTERIOR CUFF
              DEFICIT: L GH DYNAMIC STABILITY AND JOINT POSITION SENSE AFT
              ER THE DISLOCATION; CUFF WEAKNESS; POSTERIOR CAPSULE TIGHTNE
              SS
              OBJ: JPS ERROR 9 DEG AT 70 DEG ER; IR 38 -> 47 DEG AFTER MAN
              UAL
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["S43.005D"], [PT("97112", 18), PT("97110", 12), PT("97140", 10)], []),

        // SVGH Hermitage, complete 97112 (one-on-one; BAPS, rocker board eyes closed, hop to stick onto the Airex; R ankle proprioception and peroneal reaction; SLS) sent with no diagnosis.
        ["vord-h92-svgh-hermitage-no-diagnosis"] = new(
            """
            SVGH OP REHAB      TX NOTE ENTRY         SCRN RH41    260304 1705
            PT: PAVLIK, JASON M             MRN 00443870   LOC: HERMITAGE OUTPATIEN
            01 CHG 97112 NEUROMUSC REED   MIN 020
            02 ONE-ON-ONE W/ THIS THERAPIST; NO OTHER PT TREATED DURING THE
            03 CONT'D NMR.
            04 TX: BAPS LEVEL 3 STANDING; ROCKER BOARD EYES CLOSED; HOP TO
            05 CONT'D STICK ONTO THE AIREX
            06 IMPAIRMENT: R ANKLE PROPRIOCEPTION AND PERONEAL REACTION DEC
            07 CONT'D REASED AFTER THE SPRAIN
            08 OBJ: SLS EC R 9 SEC / L 25 SEC
            PF3=END  PF7=UP  PF8=DOWN  ENTER=FILE
            """,
            [], [PT("97112", 20)], [Dx]),

        // NVCH Red Oak, complete 97110 (short arc quads, step-ups, mini squats, heel raises with doses; L quad weakness with knee OA, can't climb into the combine cab) with the legacy ICD-9 code 715.16 on the row and on the claim: not a well-formed ICD-10-CM code.
        ["vord-h92-nvch-icd9-715-16"] = new(
            """
            NISHNABOTNA VALLEY COMM HOSP - REHAB SVCS        DAILY SERVICE LOG
            PRINTED 260304 1610                                      PAGE   1
            PATIENT: SCHAAF, ORVILLE H          MRN 0044518   SVC DATE 260304
            THERAPIST: K. LINDGREN, PT         SITE: RED OAK
            DX DESC: 715.16 OSTEOARTHROS LOCAL PRIM LOW LEG
            --------------------------------------------------------------------------------
             SVC   DESCRIPTION     START  STOP  MIN
             97110 THER EXERC      1400   1416  016
            --------------------------------------------------------------------------------
            NARRATIVE:
            THER EX: SAQ 3 LB 3 X 12; STEP-UPS 6 IN 3 X 10; MINI SQUATS 3 X 12; HEEL RAISES
            >> 3 X 15
            PROBLEM: L QUAD WEAKNESS W/ L KNEE OA; CAN'T CLIMB UP INTO THE COMBINE CAB
            """,
            ["715.16"], [PT("97110", 16)], [Dx]),

        // Harbor Point short entry, two CPTs with only "TOTAL TIMED MINUTES: 35" and "PT TOL TX WELL. NO COMPLAINTS. CONT PER POC.": no technique, deficit or measure for either code, no minutes for each.
        ["vord-h92-hpmh-generic-two-codes-total"] = new(
            """
            HARBOR POINT MUNICIPAL HOSPITAL - REHAB MEDICINE OPD
            CPT: 97110  THER EXERC
            CPT: 97140  MANUAL THERAPY
            TOTAL TIMED MINUTES: 35
            NARRATIVE:
              PT TOL TX WELL. NO COMPLAINTS. CONT PER POC.
            """,
            ["M54.50"], [PT("97110", 23), PT("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // Clinch River Coeburn PTA "97116 GAIT TRAINING ... 26 MIN BY: PTA" against a 14-min PTA line: mismatch; cane gait, gravel drive and porch steps with distance, SBA and CGA, antalgic short L stance after a TKA complete.
        ["vord-h92-crra-pta-gait-26-against-14"] = new(
            """
            *** CLINCH RIVER REHAB ASSOC ***   DAILY NOTE   DOS 260304   PG 1
            PT: SALYERS, EDNA F          COEBURN OFFICE   TRANSCR 260304 1525
            0010 97116 GAIT TRAINING ............ 26 MIN   BY: PTA
            0020 GAIT: SPC 3 X 150 FT, SBA; THE GRAVEL DRIVE AND THE PORCH STEPS (5, ONE R>>
            0030 AIL), CGA; CUED HEEL STRIKE ON THE L
            0040 DEVIATION: ANTALGIC, SHORT L STANCE AFTER THE L TKA
            *** END OF NOTE ***   DICTATED BY C. KILGORE, PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 14)], [At(Mismatch, "97116")]),

        // Bayou Casotte Pascagoula "Minutes . : 030" on a 97110 against a 17-min line: mismatch; leg press, wall sits, band walks, single-leg bridges with doses and R quad and glute weakness with patellofemoral pain on the ship's ladders complete.
        ["vord-h92-bayou-ther-ex-030-against-17"] = new(
            """
            RHB310            BAYOU CASOTTE OCC HEALTH & REHAB             260304
                                 Therapy Visit - Detail                       1235
            Employee . . . . :  STRICKLAND, COREY A        Claim . . :  LH2600522
            Employer . . . . :  SHIPYARD - HULL OUTFITTING
            Site . . . . . . :  PASCAGOULA
            Service  . . . . :  97110   THER EXERC        Minutes . :  030
            Comments:
              THER EX: LEG PRESS 100 LB 3 X 10; WALL SITS 3 X 30 SEC; LATE
              RAL BAND WALKS 3 X 12; SL BRIDGES 3 X 10
              DEFICIT: R QUAD AND GLUT WEAKNESS W/ PATELLOFEMORAL PAIN CLI
              MBING THE SHIP'S LADDERS
                                                                         Bottom
            F3=Exit   F5=Refresh   F12=Cancel
            """,
            ["M22.2X1"], [PT("97110", 17)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
