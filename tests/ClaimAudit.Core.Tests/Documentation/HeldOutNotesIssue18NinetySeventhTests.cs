using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The ninety-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by an outside
/// reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who had
/// not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set is a random week of therapy outside the clinic walls — hippotherapy (the horse's movement as a treatment
/// tool, billed as 97112 or 97530, with a horse leader and side walkers, the horse named, its walk, halts, tempo
/// changes, serpentines and trot poles written into the note), adaptive sports (sled hockey on the ice, adaptive
/// climbing on a wall with named routes, hand-cycling on an indoor trainer until the rail trail opens, a sit-skier's
/// SkiErg, wheelchair tennis), trail and beach walking, community outings (boarding a kneeling bus, a grocery store,
/// granite curbs, curb cuts, cobblestones and ramps downtown) and pool-deck work at a YMCA — with the route, the wall,
/// the horse, the weather and the terrain in the note, about two thirds ordinary and complete (66 of 102), single- and
/// multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's code on one visit
/// and a PT's and an OT's code on one outing), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a therapeutic riding centre's physical-therapy programme ("Harpeth Meadows Therapeutic Riding Center —
/// Hippotherapy PT Program", HMTRC: the covered arena at Franklin, the sensory trail along the creek at Leiper's Fork,
/// the outdoor sand arena at Spring Hill and a partner farm's round pen at Columbia, Tennessee) writing a session note
/// under a header of site, footing, client, horse (breed, height in hands and the way it moves), team (the treating
/// therapist, a leader and two side walkers, all barn volunteers but the therapist) and tack, then "On the horse —
/// 97112, 25 min", "Why:", "Measured:" and a flowsheet with ■ / □ boxes for the session type, the rider's positions and
/// the goal status: Biscuit the Haflinger, Dutch the Fjord, Ranger, Clementine, Moose, Pippin the Welsh pony, Junebug
/// and Sarge; walk–halt–walk transitions called by the leader, collected and extended walk, serpentines through cones,
/// trot poles, forward, backward and side sitting, prone over the barrel, rings off a side walker's hand, the mounting
/// ramp, grooming and tacking up on the ground, an equine-movement simulator on a rainy day, a seven-year-old with
/// spastic diplegia, a boy with ataxic cerebral palsy, a girl with Down syndrome whose mother walks the trail beside
/// her, a man after a stroke who wants to sit on the bleachers at his son's games;</item>
/// <item>an adaptive sports foundation's clinic ("Lakehead Adaptive Sports Foundation — Sports Rehab Clinic", LASF: the
/// Garfield Avenue clinic in Duluth with the Foundation's climbing wall, Wednesday ice at the Hermantown arena, the
/// hand-cycle hub at Two Harbors and the indoor courts at Superior, Wisconsin) writing a lower-case athlete session
/// card — "athlete:", "sport:", "kit:", "block: 97112 · 24 min", "drills —", "limiter —" for the deficit, "numbers —"
/// for the measures and "clock:" for the minutes, ✓ ticks in its columns and "[ 18 ]" minute boxes: a sled-hockey
/// defenceman with an incomplete T10 injury righting a tipped sled with his picks, a six-athlete Wednesday clinic, a
/// below-knee amputee on the slab with a climbing foot, routes graded 5.6 and 5.7, a climber with ataxia placing his
/// feet on marked holds, hand-cycle intervals on an indoor trainer for a rider aiming at the Munger Trail, a SkiErg for
/// a nordic sit-skier, prosthetic gait on the Lakewalk, a tennis chair with its camber and strapping, two-bounce
/// returns, PWR! Moves, Thrower's Ten, forced use on the traverse wall, rhythmic stabilisation in the tennis
/// chair;</item>
/// <item>a rehabilitation hospital's community-reintegration programme ("Casco Bay Rehabilitation Hospital — Community
/// Re-Entry Program", CBRH: Portland — the METRO bus, Monument Square, Congress Street, the Old Port's cobblestones,
/// the Eastern Promenade and the Back Cove Trail — the Greenbelt and Willard Beach in South Portland, Higgins Beach at
/// Scarborough and the Presumpscot Family YMCA in Westbrook) writing an outing note with "Route —", "Weather —",
/// "Surfaces —" and "Transport —" lines, an assist grid, a packing checklist and a "Billed today" line: a kneeling bus
/// and its fare box, a walk signal timed against a crossing, a cart turned at the end of a grocery aisle, a basket
/// carried to the register, granite curbs and slushy curb cuts, packed and soft sand at low tide and seaweed on the
/// wrack line, Nordic poles on the Promenade, a carbon ToeOFF brace on the cobbles, a Subaru's hatch and a walker
/// loaded into it, a pickup's running board, a parcel at the post office, the pool deck's edge and a chair lift, a
/// 97113 session in the pool written in the note with no line of its own.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h97-…): one-on-one in these writers' own words ("Avery was the only rider I treated this hour —
/// one PT, one rider", "Tyler was my only athlete on the ice for the block, start to finish", "Just the two of us on
/// this outing — no other patient came along, and I never left his side", "one-to-one: no other patient on the beach
/// with us" with a husband carrying the beach chair, "I gave Jonah my undivided hands-on attention for the full mounted
/// time", "private court hour — Marcus was the one athlete I worked with for the whole block"), notes that negate it
/// (two riders on the rail with the therapist alternating between them, a Wednesday sled clinic of six athletes rotated
/// through stations, a PTA with two patients of the programme at the curb drills, a PTA also spotting a second climber
/// on the auto-belay) or never state it (a mother walking the sensory trail beside the horse), and the codes without a
/// one-on-one check (only 97112 is the one-on-one code in the shipped medicare profile): a 97530 on an adaptive
/// climbing night of four climbers and a 97110 in an indoor hand-cycle class of five;</item>
/// <item>class 2 (v2-h97-…): boxes, ticks and blank fields: "Session type: ■ individual (1 PT : 1 rider) □ paired", "□
/// individual ■ paired" and both boxes left empty, "Impairment targeted: ______" left blank with no deficit anywhere, a
/// goal-status box row on an OT's 97530, a session card's ✓ column with "1:1 w/ PT ✓", "retest: ____ score: ____" left
/// blank, "clock 97530 [ 18 ] 97110 [ 12 ]" minute boxes and the same boxes with the second left empty, a tennis
/// chair's kit row, a packing checklist ticked before a bus outing, an assist grid of curb, bus step and aisle, a
/// surfaces row marked [x], and an outing template whose route and activity fields are blank;</item>
/// <item>class 3 (v3-h97-…): named programmes, methods and devices as techniques (hippotherapy with the horse's
/// transitions as perturbations, sensory integration on horseback, PWR! Moves, forced use on the traverse wall,
/// Thrower's Ten, Nordic pole walking, gait training in a new ToeOFF brace, dual-task walking at a crossing, PNF chops
/// and lifts with the sled picks, rhythmic stabilisation in the tennis chair), the Foundation's push-rim shoulder
/// programme with no dose and an equine-movement simulator with no deficit;</item>
/// <item>class 4 (v4-h97-…): deficits stated as findings in these writers' terms (a girl who slides off to the left at
/// every halt, a man who can't sit on the bleachers at his son's games, a defenceman who tips reaching past his knee
/// for the puck, a climber who can't bring the right foot up to the next hold, a tennis player who stops halfway up the
/// ramp to the courts, a man who can't lift his foot onto the bus step, a woman who loses her balance turning her cart
/// at the end of an aisle, a toe that drags in the soft sand and catches on the wrack line, a woman who can't get down
/// to and up from the pool deck's edge) and notes that state none (a discharge ride with "no impairments remain", a
/// return-to-play card with "limiter — none", a graduation outing with "no gait deviations seen; no deficits
/// remain");</item>
/// <item>class 5 (v5-h97-…): measures as these writers take them (the Pediatric Balance Scale and seconds of hands-free
/// sitting at the walk, GMFM-88 dimension B, the Function in Sitting Test, a SkiErg's metres and watts, laps of a
/// graded route, a crossing timed against the walk signal, a 10MWT on the sidewalk, items found from a shopping list
/// and a basket's weight, a TUG after dismounting) and notes with none ("mom says she sits taller at the supper table",
/// "felt stronger on the ice tonight", "walked farther than last week and looked steadier on the gravel", "hitting
/// cleaner, moving the chair better");</item>
/// <item>class 6 (v6-h97-…): minutes in these writers' forms ("On the horse — 97112, 24 min" and "On the ground —
/// 97530, 13 min", a 97112's minutes in two parts in the arena and on the trail, a clock line with a PT's and a PTA's
/// code, a "Billed today" line with a PT's and an OT's code, three codes on one downtown outing, minutes in parentheses
/// after each block, a 97113 pool session in the note beside a 97530 deck line, clock ranges for each code) and true
/// mismatches (35 against 22 on the horse, a PTA's 30 against 18, a second code's 28 against 15) and truly missing
/// separate time ("Outing time: 48 min" for gait and bus practice, "Session time 40 min" for the horse and the ground,
/// a second block with no minutes);</item>
/// <item>class 7 (v7-h97-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (cuff and scapular strengthening for push-rim propulsion), 97530 (a car
/// transfer and loading a walker into the hatch), 97140 (adductor soft-tissue mobilisation and hip distraction before
/// mounting) and 97116 (prosthetic gait on the Lakewalk's plowed path, gravel stretch and boardwalk), a wholly generic
/// one-line 97112, a generic 97110 + 97530 with minutes for each and a generic OT 97530;</item>
/// <item>ordinary (vord-h97-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (343.0) on the claim, a generic
/// two-code note with only a total, a PTA's gait minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (a code's minutes given in two parts add up to its line). Every timed
/// line earns at least one unit under the 8-minute rule. This set's notes carry people and numbers that are not the
/// code's or its minutes — leaders, side walkers, coaches and a belayer (volunteers and staff, none of them a
/// patient; the second rider on the rail, the six athletes on the ice, the second patient at the curb and the second
/// climber on the auto-belay are), mothers, fathers, a husband, a wife and a daughter; horses' heights in hands,
/// riders' and athletes' ages, injury levels (T10, C6, AIS grades), years since injury, strides between halts, route
/// grades (5.6, 5.7), wall and curb heights, a tennis chair's camber in degrees, temperatures, bus route numbers,
/// serial 3s, kilometres, watts, a basket's pounds, the seconds of a walk signal, dates of earlier sessions, and a
/// 97113 with its own minutes and no line — and each is written so that a reviewer cannot take it for a billed code's
/// minutes; a code's minutes are written next to the code, in its block's heading, in a minute box or as a clock range
/// on the code's own line; no note gives minutes to a visit, a leg of a route, a drill, a rest or a test, except the
/// three that give the visit a total (or the whole session one number) instead of each code's minutes, which are failed
/// for that. The notes failed for want of a measure carry no number but their code and its minutes.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its code,
/// its minutes and numbers that are plainly something else; for the other codes a dose (sets, repetitions, load, hold,
/// distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver or
/// staff escort in the room does not undo a one-on-one statement, another patient treated in the same block does, and a
/// therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out "hippotherapy" or "a mounted session" as the whole of a 97112 note, a horse's gait or a
/// rider's position ticked in a box as the only technique, minutes of a ride, a lap, a leg of a route or a hand-cycle
/// interval, an outing's departure and return times, a climbing grade or a horse's height as the only number, whether
/// pool work belongs on 97113 and whether hippotherapy belongs on 97112 or 97530 or a group's 97530 and 97110 on 97150
/// (coding questions, not the note's), and whether a co-treatment's minutes were split between disciplines (no note
/// here is a co-treatment).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 80 of 102 cases agree (100 needed), and 12 of the 66 notes the reviewer passes got a finding, on the analyzer of 69d06ab (the start of the 2026-12-06 fifteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 100 of 102, 1 false positive — vocabulary from a helper who had not written the set (adaptive sports, hippotherapy tasks, sand surfaces), one-on-one in these writers' words ("the one athlete I worked with for the whole block", "I treated only Ray for the whole block", "the only rider I treated", "nobody else on my list for the hour"), prose wrapped at a long line's end read on in its sentence ("— one" / "therapist, one rider"), a route "to Commercial St and back" as no body region. Left: "14 min in the arena + 11 min on the sensory trail" (parts with a plus sign and no sum), a visit's "Outing time: 48 min" taken as 97116's; its false-positive fact is skipped with that reason.</para>
/// <para>Later (2026-12-06, sixteenth session): 102 of 102, no false positive — a code's minutes in parts joined by plus signs with no sum add up ("97112: 14 min in the arena + 11 min on the sensory trail"); "Outing time" is a total, as "session time" is; its false-positive fact unskipped.</para>
/// </summary>
public class HeldOutNotesIssue18NinetySeventhTests(ITestOutputHelper output)
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

        // HMTRC Franklin covered arena, a seven-year-old with spastic diplegia on Biscuit: "Avery was the only rider I treated this hour — one PT, one rider" (the leader and side walkers are volunteers); walk–halt–walk transitions as perturbations, tempo changes, serpentines with reaches across midline; trunk postural control with late righting; halts kept at midline and the Pediatric Balance Scale; 25 min matches: passes.
        ["v1-h97-hmtrc-franklin-only-rider-this-hour"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Franklin, covered arena          Footing: sand/rubber, dry
            Client: Avery L., age 7                Referral: spastic diplegic CP
            Horse: Biscuit — Haflinger mare, 14.1 hh, short even walk
            Team: C. Teague PT (treating) · Deb leading · Hank L / Priya R side walking
            Tack: surcingle with two handles, fleece pad, no stirrups

            Avery was the only rider I treated this hour — one PT, one rider. Deb, Hank
            and Priya are barn volunteers; I was hands-on at her pelvis throughout.

            On the horse — 97112, 25 min
             · forward sitting at the working walk; Deb called walk–halt–walk transitions
               every 6 to 8 strides as perturbations — Avery had to catch her trunk at
               each halt without grabbing the handles
             · tempo changes, collected to extended walk, down the long side
             · serpentines through the cones for lateral weight shift, reaching across
               midline for rings off Priya's hand
            Why: trunk postural control — she sits in a posterior pelvic tilt and her
             righting reactions come late, so she falls back at every halt
            Measured: midline kept through 9 of 12 halts (5 of 12 on 2/25); Pediatric
             Balance Scale on the mat after dismount 31/56
            C. Teague, PT, HPCS
            """,
            ["G80.1"], [PT("97112", 25)], []),

        // HMTRC Spring Hill sand arena: "Two riders on the rail this hour: I alternated between Colt on Dutch and Mia on Ranger, about a lap with each" - another patient treated inside the billed block; backward sitting with rotation, called halts, trot poles at the walk; ataxia with delayed postural responses; halt and reach counts present: one-on-one missing.
        ["v1-h97-hmtrc-spring-hill-two-riders-on-the-rail"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Spring Hill, outdoor sand arena  Footing: damp sand, firm
            Client: Colt B., age 10                Referral: ataxic CP
            Horse: Dutch — Fjord gelding, 14.0 hh, wide barrel, slow walk
            Team: M. Oyelaran PT · Lou leading · Tammy + Rhett side walking
            Tack: bareback pad, one handle

            Two riders on the rail this hour: I alternated between Colt on Dutch and
            Mia on Ranger, about a lap with each.

            On the horse — 97112, 24 min
             · backward sitting at the walk, trunk rotation to touch the cones on the
               rail, then turned forward again
             · leader-called halts and walk-ons as perturbations, eyes on the far letter
             · trot poles ridden at the walk for a bigger, uneven stride under him
            Why: ataxia — truncal titubation and overshoot when he reaches; delayed
             postural responses when Dutch stops
            Measured: lost midline at 3 of 10 halts (6 of 10 on 2/18); touched the cone
             without a hand on the pad 7 of 10
            M. Oyelaran, PT, DPT
            """,
            ["G80.4"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // LASF Hermantown Wednesday ice, a sled-hockey defenceman with an incomplete T10 injury: "one-on-one — Tyler was my only athlete on the ice for the block, start to finish" (his dad at the bench door); unannounced tip-and-recover pushes, single-blade weight shifts, head-up stick-handling to called colours; trunk postural control with late righting; righted pushes and seated reach; 24 min matches: passes.
        ["v1-h97-lasf-hermantown-only-athlete-on-the-ice"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Hermantown arena, rink 2 (wednesday ice)
            athlete: Tyler Brandvold, 19 — T10 incomplete SCI (AIS C), 2 yrs post
            sport: sled hockey — Foundation team, defense
            kit: own sled, bucket seat, 2 picks, hip + knee straps
            ---
            block: 97112 · 24 min · N. Haugen PT
            one-on-one — Tyler was my only athlete on the ice for the block, start to
            finish; his dad stayed at the bench door.
            drills —
              tip & recover: I push the sled over at the shoulder, unannounced, either
              side; he rights it with one pick and his trunk, other hand off the ice
              (reactive righting)
              edge weight shifts: lean onto one blade through a figure-8 of cones
              head-up stick-handling while I call colours from behind him (head turns)
            limiter — trunk postural control: late righting to the left; he sits back
            in the bucket to stay up instead of firing his obliques
            numbers — righted 7 of 10 unannounced pushes with no hand on the ice (4 of
            10 on 2/18); seated modified functional reach forward 31 cm
            """,
            ["G82.22"], [PT("97112", 24)], []),

        // LASF Hermantown: "wednesday clinic — 6 athletes on the ice, I rotated through the stations with two coaches" - a group; single-blade leans, tip-and-recover, eyes-up pushing; sitting balance tipping right; hold seconds and recoveries present: one-on-one missing.
        ["v1-h97-lasf-hermantown-wednesday-clinic-of-six"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Hermantown arena, rink 2 (wednesday ice)
            athlete: Jada Okafor, 15 — lumbar myelomeningocele (L4 level), no shunt
            sport: sled hockey — learn-to-play group
            kit: club sled, 2 picks, strap at the knees
            ---
            block: 97112 · 22 min · R. Lindqvist PT
            wednesday clinic — 6 athletes on the ice, I rotated through the stations
            with two coaches.
            drills —
              single-blade lean and hold with one pick lifted
              tip & recover from pushes at the shoulder
              forward pushing with eyes up to a called cone
            limiter — trunk postural control and sitting balance; she tips to the right
            whenever she lifts a pick
            numbers — single-blade lean held 8 sec R / 3 sec L; recovered 5 of 8 pushes
            without a hand down
            """,
            ["Q05.7"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // LASF Duluth wall, Tuesday climbing night of four climbers with one volunteer belayer: 97530 has no one-on-one check; top-rope laps on the slab stepping up over the prosthesis, traverses, high-step drill with counts; L hip abductor and extensor weakness after a transtibial amputation with an outdoor-crag goal; laps and high steps; 26 min matches: passes.
        ["v1-h97-lasf-duluth-climbing-night-of-four-97530"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Duluth, Garfield Ave — the Foundation wall
            athlete: Dale Ruohonen, 44 — L transtibial amputation (logging accident), 3 yrs
            sport: adaptive climbing — tuesday climbing night, 4 climbers, me + one
            volunteer belayer
            kit: harness, climbing foot on his socket, rental shoe on the right
            ---
            block: 97530 · 26 min · N. Haugen PT
            drills —
              top-rope laps on the slab ("Blue Heron", 5.6), hips to the wall, stepping
              up onto the prosthetic side and standing up over it
              traverse along the bottom band, 2 laps each way, shifting weight onto the
              climbing foot
              high-step drill at the base: foot to a hold at knee height and stand up,
              12 reps each side
            limiter — L hip abductor and extensor weakness; won't trust the prosthetic
            side to stand up on, pulls with his arms instead; goal is the Saturday climbs
            at the outdoor crag this summer
            numbers — 3 top-rope laps of the 28-ft slab; 9 of 12 high steps on the
            prosthetic side without pulling
            """,
            ["Z89.512"], [PT("97530", 26)], []),

        // CBRH downtown bus outing after a right-hemisphere stroke: "Just the two of us on this outing — no other patient came along, and I never left his side"; reactive balance standing on the moving bus, head-turn walking on Congress St with stops on command, stepping strategy at the square; late short L protective step with inattention; FGA and bus stops needing a hand; 23 min matches: passes.
        ["v1-h97-cbrh-portland-bus-just-the-two-of-us"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · J. Thibodeau, PT
            Participant: Raymond Gagnon, 68 — R MCA stroke in November, L hemiparesis
            Route — hospital stop → #4 bus inbound → Monument Square → Congress St to
             the library and back
            Weather — 31°F, flurries ending, sidewalks sanded
            Surfaces — brick sidewalk, granite curbs, slushy curb cuts
            Transport — METRO bus (kneeling) both ways

            Just the two of us on this outing — no other patient came along, and I
            never left his side.

            Neuro re-ed (97112) — 23 min
             - reactive balance standing on the moving bus, one hand on the pole,
               through the starts and stops on Forest Ave (me behind him, guarding)
             - walking the Congress St sidewalk with head turns to scan the shop signs
               and traffic, stopping on command
             - stepping strategy when people cut across his path at the square
            Problem — postural control: a late, short L protective step and L
             inattention; he leans into the pole instead of stepping when the bus lurches
            Measured — FGA 17/30 in the hospital hall before we left; needed my hand
             at 3 of 9 bus stops (6 of 9 last week)
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // CBRH Back Cove Trail PTA outing: "PTA took Mrs. Dubé and a second program patient, Mr. Roy, together today and spotted both at the curb and verge drills" - another patient inside the block; head-turn walking to the mile posts, narrow-base walking on the centre line and verge, stepping over roots eyes up; bilateral vestibular hypofunction; DGI and losses of balance present: one-on-one missing.
        ["v1-h97-cbrh-back-cove-pta-with-two-patients"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · K. Morin, PTA (supervising PT A. Pelletier)
            Participant: Lorraine Dubé, 74 — bilateral vestibular loss after gentamicin
            Route — Back Cove Trail from the Preble St lot toward Tukey's Bridge and back
            Weather — 40°F, wind off the cove, bright sun and glare on the water
            Surfaces — packed stone dust, tree roots near the bridge end, grass verge

            PTA took Mrs. Dubé and a second program patient, Mr. Roy, together today and
            spotted both at the curb and verge drills.

            Neuro re-ed (97112) — 20 min
             - walking the trail with head turns left and right to read the mile posts
             - narrow-base walking on the painted centre line, then out onto the verge
             - stepping over the roots with eyes up on the bridge
            Problem — postural control with bilateral vestibular hypofunction; she
             watches her feet and widens her base on uneven ground and in glare
            Measured — DGI 16/24 on the trail; 2 losses of balance in 10 head-turn passes
            """,
            ["H81.8X3", "R26.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // HMTRC Leiper's Fork sensory trail, a five-year-old with Down syndrome on Pippin, her mother walking beside: nothing states one-on-one or individual treatment; grade changes and the ford for graded input, halts at the trail stations with reaches, tall kneeling; low-tone postural control; halts upright and kneeling seconds present: one-on-one missing.
        ["v1-h97-hmtrc-leipers-fork-mother-on-the-trail-never-stated"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Leiper's Fork, sensory trail along the creek
            Footing: leaf litter and packed dirt, one shallow ford
            Client: Nora P., age 5                 Referral: Down syndrome, low tone
            Horse: Pippin — Welsh pony, 12.2 hh, quick short stride
            Team: C. Teague PT · Ana leading · Rhett + Deb side walking; mom walked beside

            On the horse — 97112, 22 min
             · forward sitting through the trail's grade changes — uphill, downhill and
               the ford — for graded vestibular and proprioceptive input
             · halts at the trail stations, reaching up for bean bags hung in the
               branches with no hand on the handle (anticipatory postural control)
             · tall kneeling on the flat stretch, hands on the surcingle
            Why: low-tone postural control — she rounds into a C-curve and loses midline
             forward going downhill and at halts; head lags behind her trunk
            Measured: upright through 7 of 10 halts; tall kneeling held 15 sec (8 sec
             on 2/25)
            """,
            ["Q90.9"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // LASF Two Harbors Tuesday indoor hand-cycle class of five riders on trainers: 97110 has no one-on-one check; trainer intervals by distance, band rows and face pulls with sets and reps, retraction holds; shoulder and scapular endurance after an above-knee amputation with a Munger Trail goal; kilometres and watts; 28 min matches: passes.
        ["v1-h97-lasf-two-harbors-handcycle-class-97110"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Two Harbors hub — tuesday indoor hand-cycle class
            athlete: Pete Lindahl, 57 — L above-knee amputation (vascular), 1 yr; new to
            hand-cycling
            sport: hand-cycling — trainer season; goal is the Munger Trail ride in June
            kit: recumbent hand-cycle on the indoor trainer, chest strap
            ---
            block: 97110 · 28 min · R. Lindqvist PT
            class of 5 riders on trainers, me coaching from the front.
            drills —
              arm-crank intervals on the trainer: 6 × 1 km hard with an easy spin between
              seated band rows and face pulls between sets, 3 × 15, green band
              scapular retraction holds 10 × 5 sec
            limiter — shoulder and scapular endurance: the R shoulder aches and his
            cadence falls off after the first hard kilometres; deconditioned since the
            amputation
            numbers — 12.4 km on the trainer, average 62 W (48 W on 2/17)
            """,
            ["Z89.612"], [PT("97110", 28)], []),

        // CBRH Higgins Beach at low tide, diabetic neuropathy with two falls: "One-to-one: no other patient on the beach with us; I treated only Helen for the whole 97112" (her husband drove and carried the beach chair); soft-sand stance eyes open and closed, stepping over the wrack line, reactive steps to nudges; somatosensory loss; semi-tandem seconds and nudges; 21 min matches: passes.
        ["v1-h97-cbrh-higgins-beach-one-to-one"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · A. Pelletier, PT, DPT
            Participant: Helen Marsh, 66 — diabetic neuropathy, 2 falls since Christmas
            Route — Higgins Beach, Scarborough: the path onto the beach, west toward the
             river mouth at low tide, back along the packed sand
            Weather — 38°F, light NE breeze, overcast
            Surfaces — soft dry sand above the wrack line, packed wet sand below it,
             a line of seaweed and shells
            Transport — her husband drove; he carried the beach chair for her rests

            One-to-one: no other patient on the beach with us; I treated only Helen for
            the whole 97112.

            97112 — 21 min
             - standing on soft dry sand, feet together then semi-tandem, eyes on the
               horizon, then eyes closed (sensory reweighting)
             - stepping over the wrack line and back, then side steps down the slope of
               the beach
             - reactive steps to my nudges at the hips on the packed sand
            Problem — somatosensory loss in both feet; she leans on vision and freezes
             on soft footing
            Measured — semi-tandem on soft sand eyes open 20 sec / eyes closed 4 sec;
             3 of 8 nudges needed a second step
            """,
            ["E11.42", "R26.81"], [PT("97112", 21)], []),

        // HMTRC Spring Hill, a twelve-year-old with spastic quadriplegia on Moose: "I gave Jonah my undivided hands-on attention for the full mounted time — one therapist, one rider; the three volunteers handle Moose"; prone over the barrel, hands-off halts as perturbations, side sitting; head and trunk control; prone head-up seconds and hands-free halts; 26 min matches: passes.
        ["v1-h97-hmtrc-spring-hill-undivided-attention"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Spring Hill, outdoor sand arena  Footing: firm, raked this morning
            Client: Jonah W., age 12               Referral: spastic quadriplegic CP, GMFCS III
            Horse: Moose — Belgian cross gelding, 16.1 hh, big swinging walk
            Team: M. Oyelaran PT · Rhett leading · Lou L / Tammy R side walking
            Tack: vaulting surcingle, thick pad; mounted from the ramp

            I gave Jonah my undivided hands-on attention for the full mounted time — one
            therapist, one rider; the three volunteers handle Moose.

            On the horse — 97112, 26 min
             · prone over Moose's barrel at the walk for head and upper-trunk extension,
               then pushing up onto forearms
             · sitting forward, hands off the surcingle, through walk–halt transitions
               as perturbations
             · side sitting to the left and to the right along the long side
            Why: head and trunk control — poor antigravity extension, his head drops in
             sitting and he rights slowly when Moose halts
            Measured: head up in prone 25 sec (10 sec on 2/11); sat hands-free through
             6 of 10 halts
            M. Oyelaran, PT, DPT
            """,
            ["G80.0"], [PT("97112", 26)], []),

        // LASF Superior indoor courts, wheelchair tennis after transverse myelitis: "private court hour — Marcus was the one athlete I worked with for the whole block"; wide feeds with trunk rotation and recovery, pushes at the shoulder in the ready position, tracking feeds with head turns; trunk postural control and hip recruitment; wide returns and seated lateral reach; 23 min matches: passes.
        ["v1-h97-lasf-superior-private-court-hour"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Superior, WI — indoor courts, court 3
            athlete: Marcus Heikkila, 34 — transverse myelitis 2019, incomplete paraplegia
            sport: wheelchair tennis — open division, back in the chair after a layoff
            kit: tennis chair, 20° camber, rear anti-tip wheel, straps at hips and thighs
            ---
            block: 97112 · 23 min · N. Haugen PT
            private court hour — Marcus was the one athlete I worked with for the whole
            block.
            drills —
              balls fed wide to the forehand and backhand: reach outside his base, rotate
              through the trunk and come back to midline without grabbing the rim
              pushes at the shoulders while he holds the ready position, unannounced
              tracking fed balls with quick head turns before the first push
            limiter — trunk postural control and lower-trunk / hip recruitment; he falls
            into the side of the chair on wide backhands and recovers late
            numbers — returned 13 of 20 wide feeds without a hand off the racquet to catch
            himself (8 of 20 on 2/19); seated lateral reach L 22 cm / R 27 cm
            """,
            ["G37.3", "G82.22"], [PT("97112", 23)], []),

        // LASF Duluth wall: "during the block the PTA also spotted a second climber, Sam, on the auto-belay next to him" - attention divided; quiet-feet placement onto taped holds, slow three-point traverse, one-hand-off holds on the slab; limb ataxia and dysmetria with poor timing of weight transfer; first-try placements and SARA present: one-on-one missing.
        ["v1-h97-lasf-duluth-pta-also-spotting-a-second-climber"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Duluth, Garfield Ave — the Foundation wall
            athlete: Eli Marchetti, 29 — cerebellar ataxia after a posterior-fossa tumour
            resection
            sport: adaptive climbing — bouldering band and auto-belay
            kit: harness, climbing shoes
            ---
            block: 97112 · 21 min · B. Kowalczyk PTA
            during the block the PTA also spotted a second climber, Sam, on the
            auto-belay next to him.
            drills —
              quiet-feet drill on the bottom band: each foot placed on a taped hold with
              no sound and no re-placing
              slow traverse keeping three points of contact, pausing on each move
              one hand off on the slab, eyes on a target, then back on
            limiter — limb ataxia and dysmetria in both legs; he overshoots the hold,
            taps and re-places; his weight transfer comes too early
            numbers — foot on the taped hold first try 11 of 20 (6 of 20 on 2/18); SARA
            13/40 in clinic this week
            """,
            ["R27.0", "R26.89"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: boxes, ticks and blank fields

        // HMTRC Columbia flowsheet "Session type: ■ individual (1 PT : 1 rider) □ paired" on a man after a TBI on Sarge; tight circles and halts in the round pen as perturbations, backward sitting with reaches to the rail, hands-free tall sitting eyes closed; L-sided postural control and ataxia; Berg after dismount and circles off midline; 97112 minutes: 23 matches: passes.
        ["v2-h97-hmtrc-session-type-individual-box"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER — HIPPOTHERAPY FLOWSHEET
            Date 3/4/26    Site: Columbia (partner farm, round pen)    PT: M. Oyelaran
            Client: Wade H., 41 — TBI (truck wreck 2022), L-sided weakness and ataxia
            Horse: Sarge — Morgan gelding, 15.0 hh, forward, springy walk
            Session type:     ■ individual (1 PT : 1 rider)     □ paired
            Rider positions:  ■ forward   ■ backward   □ side   □ prone
            Helmet ■    Gait belt ■    Mounting ramp ■
            97112 minutes: 23

            Treatment: walk–halt transitions and tight circles in the round pen used as
            perturbations; backward sitting with reaches to targets on the pen rail for
            trunk rotation; tall sitting hands-free with eyes closed for a few strides at
            a time
            Impairment targeted: L-sided postural control and ataxia — he lists left on
            the circles and his L hand overshoots the targets
            Measures: Berg on the ground after dismount 44/56; lost midline on 2 of 12
            circles (7 of 12 at his first session)
            """,
            ["S06.2X9S", "R26.89"], [PT("97112", 23)], []),

        // HMTRC Franklin flowsheet "Session type: □ individual ■ paired (2 riders : 1 PT)" - a shared session; half-halts and walk-ons as perturbations, side sitting, reaching across midline; R hemiplegic postural control with a lean off the hemi side; PBS and halts present: one-on-one missing.
        ["v2-h97-hmtrc-session-type-paired-box"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER — HIPPOTHERAPY FLOWSHEET
            Date 3/4/26    Site: Franklin (covered arena)    PT: C. Teague
            Client: Lily S., 8 — R hemiplegic CP
            Horse: Junebug — paint mare, 14.3 hh, even, rhythmic walk
            Session type:     □ individual     ■ paired (2 riders : 1 PT)
            Rider positions:  ■ forward   □ backward   ■ side   □ prone
            Helmet ■    Gait belt ■    Mounting ramp ■
            97112 minutes: 22

            Treatment: half-halts and walk-ons called by the leader as perturbations;
            side sitting facing out to the L so her R hip bears weight; reaching across
            midline with the R hand for rings off the side walker's hand
            Impairment targeted: postural control on the R — she leans off the R side
            and her righting to the R comes late
            Measures: PBS 36/56; upright through 8 of 12 half-halts
            """,
            ["G80.2"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // HMTRC Spring Hill flowsheet with both session-type boxes left empty and nothing else stating one-on-one, an incomplete C6 tetraplegia on Clementine: halts and tempo changes as perturbations, rhythmic stabilisation at the shoulders, hands-free sitting; trunk postural control; sitting seconds and halts present: one-on-one missing.
        ["v2-h97-hmtrc-session-type-boxes-both-empty"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER — HIPPOTHERAPY FLOWSHEET
            Date 3/4/26    Site: Spring Hill (outdoor sand arena)    PT: M. Oyelaran
            Client: Brent K., 36 — C6 incomplete SCI (dirt-bike crash), power chair
            Horse: Clementine — Percheron-cross mare, 15.2 hh, broad, slow walk
            Session type:     □ individual     □ paired
            Rider positions:  ■ forward   □ backward   □ side   □ prone
            Helmet ■    Gait belt ■    Mechanical lift to mount ■
            97112 minutes: 24

            Treatment: walk–halt transitions and tempo changes as perturbations;
            rhythmic stabilisation at the shoulders at the halt; sitting hands-free with
            forearms on the pommel pad, then with hands in the lap
            Impairment targeted: trunk postural control below the injury — he folds
            forward at each halt and can't bring himself back up without his arms
            Measures: hands-free sitting at the walk 40 sec (15 sec on 2/11); upright
            through 5 of 10 halts
            """,
            ["G82.54"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // HMTRC Franklin flowsheet with "Impairment targeted: __________" left blank and no deficit, system or diagnosis anywhere (no referral line); individual box ticked; walk–halt transitions as perturbations, backward sitting with reaches, trot poles at the walk; PBS and hands-free sitting seconds: deficit missing.
        ["v2-h97-hmtrc-impairment-line-left-blank"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER — HIPPOTHERAPY FLOWSHEET
            Date 3/4/26    Site: Franklin (covered arena)    PT: C. Teague
            Client: Mason T., 9
            Horse: Ranger — Quarter Horse gelding, 15.1 hh, steady walk
            Session type:     ■ individual (1 PT : 1 rider)     □ paired
            Rider positions:  ■ forward   ■ backward   □ side   □ prone
            Helmet ■    Gait belt ■    Mounting ramp ■
            97112 minutes: 21

            Treatment: walk–halt–walk transitions called every few strides as
            perturbations; backward sitting with reaches to the cones on the rail; trot
            poles ridden at the walk
            Impairment targeted: ______________________________
            Measures: PBS 38/56; hands-free sitting at the walk 30 sec
            """,
            ["G80.1"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // LASF Hermantown session card with a ✓ column (tip-and-recover, single-blade glide, pick-lift reach ticked, head-turn stick-handling not) and "1:1 w/ PT for the block ✓", bilateral transtibial amputations; postural control with no lower-limb input and a late shift to the L blade; righted pushes and glide seconds; 20 min matches: passes.
        ["v2-h97-lasf-station-ticks-and-one-to-one-tick"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Hermantown arena, rink 1
            athlete: Gus Ahlstrom, 52 — bilateral transtibial amputations (sepsis at 20)
            sport: sled hockey — rec league, back after a winter off
            kit: own sled, 2 picks, strap at the thighs
            ---
            block: 97112 · 20 min · R. Lindqvist PT
            station                            done   result
            tip & recover (unannounced)         ✓     righted 8 of 10, no hand down
            single-blade glide, eyes up         ✓     L 6 sec / R 9 sec
            pick-lift reach to the boards       ✓
            stick-handling with head turns      —
            1:1 w/ PT for the block             ✓
            limiter — postural control in the sled with no lower-limb input; his weight
            shift onto the L blade comes late and he over-corrects
            """,
            ["Z89.511", "Z89.512"], [PT("97112", 20)], []),

        // LASF Superior card with "retest: ________ score: ________" left blank on a 97112 otherwise complete (one-on-one stated; unannounced pushes in the ready position, wide feeds with trunk rotation, push-and-turn; trunk postural control): no number in the note but the code and its minutes - measure missing.
        ["v2-h97-lasf-retest-fields-left-blank"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · Superior, WI — indoor courts
            athlete: Tessa Rainville — incomplete paraplegia after a spinal cord infarct
            sport: wheelchair tennis — returning to the Thursday league
            kit: tennis chair, strap at the hips
            ---
            block: 97112 · 21 min · N. Haugen PT
            one-on-one — just Tessa and me on the court for the whole block.
            drills —
              unannounced pushes at the shoulders while she holds the ready position
              balls fed wide: reach, rotate through the trunk, recover to midline without
              grabbing the rim
              push-and-turn to a called side after each feed
            limiter — trunk postural control; she falls into the side of the chair on
            wide balls and is slow to come back
            retest: ________   score: ________
            """,
            ["G95.11", "G82.22"], [PT("97112", 21)], [At(Measure, "97112")]),

        // LASF Hermantown card with minute boxes "clock 97530 [ 18 ] 97110 [ 12 ]", both match; T4 complete injury: chair-to-sled and sled-to-chair transfers at the bench door and getting back in after a tip-out with counts and assist; dips, pulldowns and rows with doses; no trunk control below T4 and shoulder-depressor / triceps strength for the lift: passes.
        ["v2-h97-lasf-minute-boxes-two-codes-filled"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Hermantown arena, rink 2
            athlete: Cory Vang, 23 — T4 complete SCI, manual chair
            sport: sled hockey — first season
            clock   97530 [ 18 ]   97110 [ 12 ]        PT: N. Haugen
            ---
            97530 — transfers on the ice: chair to sled at the bench door, sled back to
            chair with a two-handed lift, and getting back upright into the sled after a
            tip-out; 6 chair-to-sled with SBA, 6 sled-to-chair with min A, 3 tip-out
            recoveries with mod A
            97110 — dips on parallettes 3 × 8, lat pulldown 60 lb 3 × 10, seated rows
            3 × 12 green band
            limiter — no trunk control below T4; shoulder depressors and triceps too weak
            to lift him clear of the sled rim, so he needs two helpers after a tip-out
            """,
            ["G82.21"], [PT("97530", 18), PT("97110", 12)], []),

        // LASF Duluth card "clock 97530 [ 20 ] 97110 [    ]" - the second box left empty: separate time missing; both parts complete (top-rope laps and traverses with counts; band ER, prone Y-T-W and wall slides with doses; R rotator cuff weakness limiting reaches overhead on the wall).
        ["v2-h97-lasf-minute-box-left-empty"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Duluth, Garfield Ave — the Foundation wall
            athlete: Kim Sorensen, 38 — R partial cuff tear, climbing again after a layoff
            sport: adaptive climbing (also has L hemiparesis from a childhood stroke)
            clock   97530 [ 20 ]   97110 [    ]        PT: R. Lindqvist
            ---
            97530 — top-rope laps on the vertical wall, 4 laps of "Lift Bridge" (5.7),
            then 3 traverses of the bottom band reaching overhead with the R arm
            97110 — band ER at 0° 3 × 15, prone Y-T-W 2 × 10 each, wall slides 3 × 12
            limiter — R rotator cuff weakness; painful and weak reaching overhead for the
            next hold, keeps the R elbow low
            """,
            ["M75.111", "I69.398"], [PT("97530", 20), PT("97110", 13)], [SepTime]),

        // CBRH bus outing with "Packed before we left: √ bus pass √ wallet √ phone √ cane √ list" (a checklist, not treatment): boarding the kneeling bus with the cane, fare tap and a seat before the bus pulls out, rear-door exits, with counts and assist; R hemiparesis with R hip flexor weakness catching the toe; 24 min matches: passes.
        ["v2-h97-cbrh-packing-checklist-bus-97530"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · J. Thibodeau, PT
            Participant: Walter Pike, 71 — L MCA stroke, R hemiparesis, SPC
            Packed before we left:  √ bus pass  √ wallet  √ phone  √ cane  √ list
            Route — #8 loop from the hospital stop around the peninsula and back
            Weather — 35°F, dry, gusty at the stops
            Transport — METRO bus, kneeling

            Bus practice (97530) — 24 min
             - boarding the kneeling bus with the cane: step up, tap the pass at the fare
               box, reach a seat before the bus pulls out
             - exiting by the rear door onto the curb, cane first
            Problem — R hemiparesis with R hip flexor weakness; he catches the R toe on
             the bus step and can't get from the fare box to a seat before the bus moves
            Measured — 4 boardings with SBA, 4 exits with CGA; seated before the bus
             moved on 3 of 4 (1 of 4 last week)
            """,
            ["I69.351"], [PT("97530", 24)], []),

        // CBRH Old Port gait outing with an assist grid (granite curb, slushy curb cut and a bus step, up and down) after a R hip fracture: quad cane to SPC on brick and Exchange St cobbles over a distance; Trendelenburg on R stance; grid and feet; 26 min matches: passes.
        ["v2-h97-cbrh-assist-grid-97116"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · A. Pelletier, PT, DPT
            Participant: Doris Levesque, 79 — R hip ORIF in January
            Route — Commercial St lot → Exchange St → Middle St and back
            Weather — 42°F, sunny, wet in the shade
            Surfaces — brick sidewalk, Exchange St cobbles, granite curbs

            Gait training (97116) — 26 min: quad cane → SPC on brick and cobbles, about
            1,100 ft in three legs; cued a longer L step and an upright trunk on the
            cobbles
            Assist grid            up       down
             granite curb (7 in)   SBA      CGA
             curb cut (slush)      mod I    SBA
             bus step              CGA      min A
            Deviation — Trendelenburg on R stance, short L step, eyes down on the cobbles
            """,
            ["S72.001D"], [PT("97116", 26)], []),

        // CBRH outing template with "Route — ____", "Activities — ____", "Assist — ____" left blank and "Pt participated in therapeutic activities per plan. Tolerated well. Continue POC." on a PTA's 97530: no activity, deficit or measure named and no number but the code and its minutes.
        ["v2-h97-cbrh-template-blank-generic-97530"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · K. Morin, PTA
            Route — ______________________________
            Activities — _________________________
            Assist — ________
            Comments — Pt participated in therapeutic activities per plan. Tolerated
            well. Continue POC.
            Billed today: 97530 — 22 min
            """,
            ["I69.351"], [PTA("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // HMTRC Franklin OT flowsheet with "Goal status: ■ progressing □ met □ not met" on Biscuit: reins in both hands through transitions, rings posted across midline with the R hand, braiding the mane at the halt; R hand disuse and poor bilateral coordination; rein holds and rings with counts; OT 97530 minutes: 24 matches: passes.
        ["v2-h97-hmtrc-ot-goal-status-boxes-97530"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER — HIPPOTHERAPY FLOWSHEET (OT)
            Date 3/4/26    Site: Franklin (covered arena)    OT: J. Vance, OTR/L
            Client: Ruby D., 6 — R hemiplegic CP
            Horse: Biscuit — Haflinger mare, 14.1 hh
            Goal status:      ■ progressing   □ met   □ not met
            97530 minutes: 24

            Activities: holding the reins in both hands through 10 walk–halt transitions;
            taking rings from the side walker's hand with the R hand and posting them in
            a box on the L; braiding a section of Biscuit's mane with both hands at the
            halt
            Problem: R hand disuse and weak grasp, poor bilateral coordination — she
            drops the R rein as soon as Biscuit moves off
            Result: R hand kept on the rein through 8 of 10 transitions; 12 rings posted,
            7 with the R hand
            """,
            ["G80.2"], [OT("97530", 24)], []),

        // CBRH Old Port gait outing with "Surfaces today: [x] brick sidewalk [x] cobblestone [x] granite curb [ ] grass [ ] sand" after a Parkinson's diagnosis: rollator to cane on Fore St cobbles and the Exchange St hill with cued long steps, distance and assist; short shuffling steps with festination downhill; 24 min matches: passes.
        ["v2-h97-cbrh-surfaces-row-marked-97116"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · J. Thibodeau, PT
            Participant: Gerald Ouellette, 70 — Parkinson's, 6 yrs
            Surfaces today:  [x] brick sidewalk  [x] cobblestone  [x] granite curb
                             [ ] grass  [ ] sand
            Route — Fore St from the Custom House down to Exchange St and back up the hill

            97116 — 24 min: rollator on the brick, then a cane on the Fore St cobbles;
            cued long steps to the seams between the stones and a heel-first landing;
            downhill on Exchange St with a counted rhythm. 900 ft total, SBA on the brick,
            CGA on the cobbles and the hill
            Deviation — short shuffling steps, reduced arm swing, festination going
             downhill
            """,
            ["G20.A1"], [PT("97116", 24)], []),

        // LASF Superior card with a kit row "tennis chair: 18° camber ✓ anti-tip ✓ hip strap ✓ knee strap ✓ gloves ✓", an above-knee amputee: push-and-turn patterns, two-bounce recovery to the centre mark and serves with a trunk lean in sets of feeds; R shoulder impingement and limited trunk rotation; wide balls reached; 22 min matches: passes.
        ["v2-h97-lasf-tennis-chair-kit-row-97530"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Superior, WI — indoor courts, court 2
            athlete: Andre Bellamy, 46 — R above-knee amputation (IED, 2011)
            sport: wheelchair tennis — open division
            kit: tennis chair: 18° camber ✓  anti-tip ✓  hip strap ✓  knee strap ✓  gloves ✓
            ---
            block: 97530 · 22 min · N. Haugen PT
            drills —
              push-and-turn patterns to a called side, 4 sets of 10 feeds
              recovering to the centre mark inside two bounces after each ball
              serves from the chair with a trunk lean into the ball, 2 × 15
            limiter — R shoulder impingement and limited trunk rotation; he can't reach
            the second bounce on balls wide to his backhand
            numbers — reached 14 of 20 wide balls inside two bounces (9 of 20 on 2/18)
            """,
            ["M75.41", "Z89.611"], [PT("97530", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes, methods and devices as techniques

        // HMTRC Franklin, hippotherapy named and described (Ranger's tempo changed each long side, halts on the short sides, ground poles for an uneven stride, forward and backward sitting with reaches); "Sophie alone in the arena with my team — one rider, one PT"; mixed CP with poor grading of trunk activity; PBS and tempo changes without grabbing; 22 min matches: passes.
        ["v3-h97-hmtrc-hippotherapy-named-and-described"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Franklin, covered arena          Footing: sand/rubber, dry
            Client: Sophie R., age 11              Referral: mixed CP
            Horse: Ranger — Quarter Horse gelding, 15.1 hh, steady, even walk
            Team: C. Teague PT · Tammy leading · Hank + Ana side walking

            Sophie alone in the arena with my team — one rider, one PT.

            On the horse — 97112, 22 min
            Hippotherapy, Ranger's walk as the treatment tool: I had Tammy change his
            tempo on every long side (collected → working → extended), add a halt on
            each short side and walk him over ground poles to make the stride uneven.
            Sophie rode forward, then backward, reaching to targets on the rail.
            Why: postural control — she can't grade trunk activity; she stiffens into
             extension, then collapses forward, and her pelvis doesn't follow the horse
            Measured: PBS 29/56; sat through 10 of 12 tempo changes without grabbing
             the handle (4 of 12 at her first session)
            C. Teague, PT, HPCS
            """,
            ["G80.8"], [PT("97112", 22)], []),

        // HMTRC Columbia OT, a sensory-integration approach on horseback for a boy with autism: short trot bursts for linear vestibular input, prone over the barrel for deep pressure, a mailbox sequence while riding; sensory modulation and motor planning; sequences and two-step directions with counts; 25 min matches: passes.
        ["v3-h97-hmtrc-ot-sensory-integration-on-horseback-97530"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER — OT SESSION NOTE
            Date 3/4/26 · Columbia (partner farm, round pen) · J. Vance, OTR/L
            Client: Owen V., age 7 — autism; school reports he can't stay at the table
            Horse: Dutch — Fjord gelding, 14.0 hh
            OT on the horse — 97530, 25 min
              Sensory-integration approach on horseback: short bursts of trot along the
              pen wall for linear vestibular input; prone over Dutch's barrel at the walk
              for deep pressure; then a three-step sequence while riding — take a letter
              from the side walker, carry it round the pen, post it at the mailbox station
            Problem: sensory modulation (seeks movement, can't settle to seated work) and
             motor planning for multi-step tasks
            Result: completed the mailbox sequence 5 of 6 times with one verbal prompt;
             followed 4 of 5 two-step directions at the halt
            """,
            ["F84.0"], [OT("97530", 25)], []),

        // LASF Duluth clinic, PWR! Moves named (Up, Rock, Twist, Step, big and fast on a called cue, Step onto foam); "1:1 — Lloyd and me in the small gym, nobody else"; Parkinson's hypokinesia with poor backward postural responses; Mini-BESTest and pull-test steps; 24 min matches: passes.
        ["v3-h97-lasf-pwr-moves"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Duluth, Garfield Ave — small gym
            athlete: Lloyd Swenson, 66 — Parkinson's, 4 yrs; curling and boxing with the
            Foundation's PD group
            ---
            block: 97112 · 24 min · R. Lindqvist PT
            1:1 — Lloyd and me in the small gym, nobody else.
            drills —
              PWR! Moves in standing: PWR! Up, PWR! Rock, PWR! Twist, PWR! Step — big and
              fast on a called cue, then PWR! Step onto foam
              backward and lateral stepping to my pulls at the hips
            limiter — hypokinesia and slow weight shift; his backward postural responses
            are small and late (retropulsion)
            numbers — Mini-BESTest 20/28; pull test 2 steps to recover (4 on 2/4)
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // LASF Duluth wall, OT forced use: the unaffected L hand in a mitt clipped to the harness so every hold on the traverse is taken with the R; R hand weakness and poor grasp-release after a stroke; holds kept through a weight shift and grip kilograms; 23 min matches: passes.
        ["v3-h97-lasf-ot-forced-use-on-the-traverse-wall-97530"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Duluth, Garfield Ave — traverse wall
            athlete: Hannah Toivonen, 31 — L MCA stroke a year ago, R arm weakness
            ---
            block: 97530 · 23 min · M. Dahl, OTR/L
            drills —
              forced use on the traverse wall: her L hand in a mitt clipped to the
              harness, so every hold on the traverse is taken with the R
              3 traverses of the bottom band, reaching up to the jugs and matching holds
            limiter — R hand weakness, poor grasp and release; she drops a hold as soon
            as her weight moves over it
            numbers — kept 11 of 15 R-hand holds through a full weight shift; grip R 14 kg
            / L 38 kg
            """,
            ["I69.331"], [OT("97530", 23)], []),

        // LASF Superior, Thrower's Ten done seated in the tennis chair (D2 tubing, ER/IR at 0°, ER at 90°, prone horizontal abduction, press-ups with sets, reps and load); R posterior cuff weakness and scapular winging on the serve after a labral repair; 20 min matches: passes.
        ["v3-h97-lasf-throwers-ten-in-the-tennis-chair-97110"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Superior, WI — indoor courts, side room
            athlete: Renee Kallio, 27 — spina bifida, wheelchair tennis; R labral repair
            in November
            ---
            block: 97110 · 20 min · N. Haugen PT
            drills — Thrower's Ten, seated in the tennis chair:
              D2 flexion / extension with tubing 2 × 15
              ER / IR at 0° with tubing 2 × 15
              ER at 90° abduction 2 × 10
              prone horizontal abduction on the plinth 2 × 10, 2 lb
              seated press-ups 2 × 10
            limiter — R posterior cuff weakness and scapular winging on the serve
            """,
            ["S43.431D"], [PT("97110", 20)], []),

        // CBRH Eastern Promenade, Nordic pole walking named (two poles, opposite arm and leg, the plant at the other heel) up the hill to Fort Allen Park; lumbar stenosis with a flexed trunk, short stride and leg heaviness; distance with one standing rest and SBA; 28 min matches: passes.
        ["v3-h97-cbrh-nordic-poles-on-the-promenade-97116"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · A. Pelletier, PT, DPT
            Participant: Norman Caron, 72 — lumbar stenosis, walks bent over a cart at
             the store
            Route — Eastern Promenade trail from the East End Beach lot up to Fort Allen
             Park and back
            Weather — 44°F, calm, sun
            Surfaces — paved trail, gravel shoulder, the long grade up the hill

            Gait training (97116) — 28 min: Nordic pole walking, two poles, opposite arm
            and leg, planting each pole beside the other heel; cued an upright trunk and a
            longer stride up the grade. 0.9 mile with one standing rest, SBA on the gravel
            Deviation — flexed trunk, short stride, legs feel heavy after a block on flat
            ground (neurogenic claudication)
            """,
            ["M48.062"], [PT("97116", 28)], []),

        // CBRH Old Port, gait training in a new carbon ToeOFF brace on the L (heel strike, roll over the footplate) on the Wharf St cobbles and pier boards; L foot drop after a peroneal palsy with a steppage gait; distance, toe catches and mod I; 22 min matches: passes.
        ["v3-h97-cbrh-toeoff-brace-on-the-cobbles-97116"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · J. Thibodeau, PT
            Participant: Simone Roy, 49 — L peroneal palsy after a knee dislocation
            Route — Wharf St and out onto Portland Pier
            Weather — 39°F, damp, fog lifting
            Surfaces — cobbles, granite curbs, wet pier boards

            97116 — 22 min: gait training in her new ToeOFF carbon AFO on the L — heel
            strike, roll over the footplate, push-off; on the Wharf St cobbles, then the
            pier boards and 4 granite curbs
            Deviation — L foot drop with a steppage gait; the L toe catches on the cobbles
            Measured — 700 ft, mod I; 1 toe catch in the last 300 ft (6 without the
             brace last week)
            """,
            ["M21.372", "G57.32"], [PT("97116", 22)], []),

        // CBRH Congress St, dual-task gait training (naming the stores, serial 3s from 90 crossing at the High St signal, a coffee cup in hand); gait slows and veers under a second task after a concussion; single- and dual-task 10MWT and the crossing against the walk phase; 24 min matches: passes.
        ["v3-h97-cbrh-dual-task-walking-at-the-crossing-97116"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · A. Pelletier, PT, DPT
            Participant: Tom Nadeau, 33 — concussion (fell from a ladder in January),
             back at his desk job part days
            Route — Congress St from Longfellow Square to High St and back
            Weather — 36°F, dry

            Gait training (97116) — 24 min: dual-task walking — naming the stores as we
            passed, then serial 3s down from 90 while crossing at the High St signal, then
            carrying a full coffee cup through the lunchtime crowd
            Deviation — his gait slows and veers to the R as soon as a second task is
             added; he stops at the curb to think
            Measured — 10MWT on the sidewalk 1.12 m/s, dual task 0.78 m/s; crossed at High
             St in 12 sec of the 20-sec walk phase
            """,
            ["S06.0X1D"], [PT("97116", 24)], []),

        // LASF Hermantown, PNF trunk patterns in the sled (chop and lift with the picks held as a bar, D2 with one pick, rhythmic initiation then slow reversals against my hand); "I treated only Ray for the whole block"; weak R obliques after an L1 injury, can't rotate to pass; seated reach across and passes completed; 22 min matches: passes.
        ["v3-h97-lasf-pnf-chops-with-the-sled-picks"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Hermantown arena, rink 2 (wednesday ice)
            athlete: Ray Dufault, 40 — L1 complete SCI (fall from a roof), 6 yrs
            sport: sled hockey — forward
            ---
            block: 97112 · 22 min · N. Haugen PT
            I treated only Ray for the whole block.
            drills —
              PNF trunk patterns in the sled: chop and lift with both picks held as a bar,
              D2 flexion with one pick, rhythmic initiation then slow reversals against my
              hand at the shoulder
            limiter — trunk motor recruitment: R obliques fire late and weak; he can't
            rotate to pass across his body
            numbers — seated reach across to the L 34 cm / to the R 25 cm; passes across
            his body completed 7 of 10
            """,
            ["G82.21"], [PT("97112", 22)], []),

        // LASF Superior, rhythmic stabilisation in the tennis chair (alternating isometrics at the shoulders and pelvis in the ready position, eyes closed for the last set, then reactive pushes); "1:1 on court 1 — the only athlete I treated during the block"; adult spastic diplegia collapsing into flexion after the serve; alternations held and forward reach; 20 min matches: passes.
        ["v3-h97-lasf-rhythmic-stabilisation-in-the-tennis-chair"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Superior, WI — indoor courts, court 1
            athlete: Jordan Pryce, 24 — spastic diplegic CP, plays from a tennis chair
            ---
            block: 97112 · 20 min · R. Lindqvist PT
            1:1 on court 1 — the only athlete I treated during the block.
            drills —
              rhythmic stabilisation in the tennis chair: alternating isometrics at the
              shoulders, then at the pelvis, in the ready position; eyes closed for the
              last set
              reactive pushes at the shoulders after each serve
            limiter — postural control: he collapses into trunk flexion after the serve
            and is slow to come back to upright
            numbers — held against 10 of 10 alternations eyes open, 6 of 10 eyes closed;
            seated forward reach 30 cm
            """,
            ["G80.1"], [PT("97112", 20)], []),

        // LASF Two Harbors, "the Foundation's push-rim shoulder program (the 'rim saver' set)": retraction, band ER, reverse flys, seated depressions, with no sets, reps, load, hold or number but the code and its minutes; R cuff tendinopathy from pushing: measure missing.
        ["v3-h97-lasf-rim-saver-program-no-dose-97110"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · Two Harbors hub
            athlete: Carl Nyberg — manual chair user, pushes everywhere
            ---
            block: 97110 · 18 min · B. Kowalczyk PTA
            drills — the Foundation's push-rim shoulder program (the "rim saver" set):
              scapular retraction with the band, band ER at the side, reverse flys,
              seated scapular depressions on the push-up blocks
            limiter — R rotator cuff tendinopathy from pushing; pain pushing up the
            ramps at the hub
            """,
            ["M75.81", "G82.21"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // HMTRC Franklin rain day on the equine-movement simulator (walk programme at three speeds, halts, backward sitting with reaches), "one rider, one PT, nobody else in the barn office"; PBS and hands-free seconds, but no impairment, system or diagnosis named anywhere: deficit missing.
        ["v3-h97-hmtrc-movement-simulator-no-deficit"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Franklin — rain day, equine-movement simulator in the barn office
            Client: Caleb J., age 9
            One rider, one PT, nobody else in the barn office.

            On the simulator — 97112, 20 min
             · the simulator's walk programme at three speeds, with halts I called
               without warning as perturbations
             · backward sitting, reaching back to targets on the wall
            Measured: PBS 40/56; hands-free sitting at the fastest walk 45 sec
            C. Teague, PT, HPCS
            """,
            ["G80.1"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // HMTRC Spring Hill: at every halt she slides off to the L and can't get back to the middle without grabbing the handle, and she slips sideways off the cafeteria bench at school - the findings, with late L righting named; circles to the R and unannounced halts as perturbations, side sitting; returns to midline hands-free; "only Maya on my schedule this hour, and I treated nobody else"; 23 min matches: passes.
        ["v4-h97-hmtrc-slides-off-to-the-left-at-every-halt"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Spring Hill, outdoor sand arena  Footing: firm
            Client: Maya O., age 8                 Referral: L hemiplegic CP
            Horse: Junebug — paint mare, 14.3 hh, even walk
            Team: M. Oyelaran PT · Lou leading · Priya + Rhett side walking

            Only Maya on my schedule this hour, and I treated nobody else.

            What we see: at every halt she slides off to the L and can't get back to the
            middle without grabbing the handle; her teacher says she slips sideways off
            the cafeteria bench at lunch. Her righting reactions to the L come late.

            On the horse — 97112, 23 min
             · large circles to the R so Junebug's barrel drops her weight to the L
             · unannounced halts as perturbations, hands on her thighs
             · side sitting facing out to the R for weight through the L hip
            Measured: back to midline without the handle on 6 of 12 halts (2 of 12 on
             2/18)
            M. Oyelaran, PT, DPT
            """,
            ["G80.2"], [PT("97112", 23)], []),

        // HMTRC Franklin: he can't sit on the bleachers at his son's ball games without both hands on the rail, and can't turn his head to follow the play - the finding, with truncal ataxia after a cerebellar stroke; serpentines and changes of direction, hands-free sitting with head turns to a tossed ball, poles at the walk; "One PT, one rider for the whole 97112" (his wife on the viewing porch); serpentine changes and Berg; 25 min matches: passes.
        ["v4-h97-hmtrc-cant-sit-on-the-bleachers"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Franklin, covered arena          Footing: sand/rubber, dry
            Client: Curtis M., age 52              Referral: cerebellar stroke last spring
            Horse: Clementine — Percheron-cross mare, 15.2 hh, broad, slow walk
            Team: C. Teague PT · Deb leading · Hank + Lou side walking

            One PT, one rider for the whole 97112; his wife watched from the viewing
            porch.

            What he can't do: sit on the bleachers at his son's ball games without both
            hands on the rail, or turn his head to follow the play without swaying.

            On the horse — 97112, 25 min
             · serpentines and changes of direction across the diagonal
             · sitting hands-free, turning his head to follow a ball tossed between the
               side walkers
             · ground poles at the walk for an uneven stride
            Why: truncal ataxia — his trunk sways with every head turn and he can't
             hold himself still over a moving base
            Measured: hands-free with head turns through 8 of 10 serpentine changes;
             Berg on the ground after dismount 46/56
            C. Teague, PT, HPCS
            """,
            ["I69.393"], [PT("97112", 25)], []),

        // LASF Hermantown: he tips over every time he reaches past his knee for a loose puck and can't get low to block a shot without going over - the finding, with trunk postural control named; reaches with a pick to pucks further outside the base and perturbations in the reach position; "he was the only athlete I had during the block"; recoveries from reaches; 21 min matches: passes.
        ["v4-h97-lasf-tips-over-reaching-for-the-puck"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Hermantown arena, rink 2 (wednesday ice)
            athlete: Devin Roe, 26 — T8 incomplete SCI (snowmobile), 3 yrs
            sport: sled hockey — defense
            ---
            block: 97112 · 21 min · R. Lindqvist PT
            one-on-one: he was the only athlete I had during the block.
            what's wrong on the ice — he tips over every time he reaches past his knee for
            a loose puck, and he can't get low to block a shot without going over.
            drills —
              reaching with a pick to pucks set further and further outside his base,
              then back to upright
              perturbations at the shoulder while he holds the reach
            limiter — trunk postural control: his limits of stability in the sled end
            at the knee
            numbers — recovered upright from 6 of 10 reaches to a puck 45 cm outside the
            knee (2 of 10 on 2/18)
            """,
            ["G82.22"], [PT("97112", 21)], []),

        // LASF Duluth wall: she can't bring the R foot up to the next hold, the toe drags up the wall and she hauls herself up with her arms - the finding; high steps to knee-height holds, flagging, step-throughs with counts; R hip flexor and dorsiflexor weakness after a stroke; 24 min matches: passes.
        ["v4-h97-lasf-cant-bring-the-right-foot-to-the-next-hold-97530"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Duluth, Garfield Ave — the Foundation wall
            athlete: Wendy Halvorsen, 58 — L MCA stroke 18 months ago, climbs with her
            daughter on Saturdays
            ---
            block: 97530 · 24 min · N. Haugen PT
            what's wrong on the wall — she can't bring the R foot up to the next hold;
            the toe drags up the wall and she ends up hauling herself up with her arms.
            drills —
              high steps with the R to holds at knee height, then stand up over the foot,
              3 × 6
              flagging the R leg on the traverse to keep balance, 2 laps
              step-throughs on the bouldering band, 10 each side
            limiter — R hip flexor and ankle dorsiflexor weakness
            numbers — 14 of 18 high steps placed without the toe dragging
            """,
            ["I69.351"], [PT("97530", 24)], []),

        // LASF Superior: he stops halfway up the ramp to the club's courts and can't push it in one go - the finding; seated dips, pushdowns, pulldowns and band push-rim pulls with doses; shoulder depressor and triceps endurance with scapular fatigue; 22 min matches: passes.
        ["v4-h97-lasf-stops-halfway-up-the-ramp-97110"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Superior, WI — indoor courts, fitness room
            athlete: Omar Reyes, 31 — thoracic spina bifida, wheelchair tennis
            ---
            block: 97110 · 22 min · B. Kowalczyk PTA
            what's wrong — he stops halfway up the ramp from the parking lot to the
            club's courts and can't push it in one go.
            drills —
              seated dips on the push-up blocks 3 × 10
              triceps pushdowns 30 lb 3 × 12
              lat pulldown 70 lb 3 × 10
              band push-rim pulls 3 × 20
            limiter — shoulder depressor and triceps endurance; his scapulae fatigue and
            wing by the middle of the ramp
            """,
            ["Q05.6"], [PTA("97110", 22)], []),

        // CBRH bus outing: he can't lift his L foot onto the bus step, he stops at the door, grabs both rails and swings the leg up from the hip - the finding; step-ups onto the kneeling bus at the layover stop and the hospital's bus mock-up, sit-to-stands from a moving bus seat, with counts and assist; L hip flexor and quad weakness with poor knee control; 22 min matches: passes.
        ["v4-h97-cbrh-cant-lift-his-foot-onto-the-bus-step-97530"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · J. Thibodeau, PT
            Participant: Leo Fortin, 63 — R hemisphere stroke, L hemiparesis
            Route — the hospital's bus mock-up, then the #2 bus from the layover stop on
             Forest Ave to Woodfords Corner and back
            Weather — 33°F, dry, cold wind at the layover

            What stops him: he can't lift his L foot onto the bus step — he stops at the
            door, grabs both rails and swings the leg up from the hip.

            Bus practice (97530) — 22 min
             - step-ups leading with the L onto the mock-up's 12-in step, 10 × 2
             - boarding the kneeling bus at the layover stop (the driver let us practise)
             - sit-to-stand from the bus seat while the bus is moving, holding the pole
            Problem — L hip flexor and quad weakness with poor L knee control
            Measured — boarded 5 of 6 leading with the L, CGA; 8 sit-to-stands on the
             moving bus with SBA
            """,
            ["I69.354"], [PT("97530", 22)], []),

        // CBRH grocery outing: she loses her balance turning her cart round at the end of an aisle and grabs the cart when someone reaches past her - the finding, with R vestibular hypofunction named; aisle-end turns with head turns, high and low reaches outside her base, reactive steps to bumps of the cart; "I was with Mrs. Theriault alone the whole time"; DGI and losses of balance; 24 min matches: passes.
        ["v4-h97-cbrh-loses-her-balance-turning-her-cart"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · A. Pelletier, PT, DPT
            Participant: Jeannette Theriault, 77 — R vestibular neuritis in December
            Route — Riverside Market, Forest Ave: produce, the cereal aisle, the back
             wall of dairy
            Transport — hospital van

            I was with Mrs. Theriault alone the whole time — no other patient on this
            outing.

            What happens in the store: she loses her balance turning her cart round at
            the end of an aisle, and when someone reaches past her for a shelf she grabs
            the cart and freezes.

            97112 — 24 min
             - turning the cart through a full half-circle at each aisle end with head
               turns to read the aisle signs
             - reaching high and low to the shelves outside her base of support
             - reactive steps when I bumped the cart without warning
            Problem — R vestibular hypofunction; postural instability on turns and with
             busy visual surroundings
            Measured — DGI 18/24; lost balance on 2 of 8 aisle-end turns (5 of 8 last
             week)
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // CBRH Higgins Beach: he drags the R toe in the soft sand above the tide line and trips on the seaweed at the wrack line - the finding, with R foot drop from an L5 radiculopathy; soft to packed sand, high steps over the wrack line, a dog leash in hand; distance, SBA and toe catches; 25 min matches: passes.
        ["v4-h97-cbrh-toe-drags-in-the-soft-sand-97116"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · J. Thibodeau, PT
            Participant: Frank Belanger, 61 — L5 radiculopathy, R foot drop; wants to
             walk his dog on the beach again
            Route — Higgins Beach at low tide, east toward the wreck and back
            Weather — 41°F, sun, light onshore breeze
            Surfaces — soft dry sand above the tide line, packed wet sand, the wrack line

            What happens: he drags the R toe in the soft sand above the tide line and
            trips on the seaweed at the wrack line.

            Gait training (97116) — 25 min: packed sand first, then soft sand with a
            cued high knee and a heel-first step on the R; stepping over the wrack line
            with the leash in his L hand
            Deviation — R foot drop with a steppage gait on packed sand and toe drag on
             soft sand
            Measured — 1,200 ft on packed sand and 300 ft on soft sand with SBA; 2 toe
             catches at the wrack line (7 last week)
            """,
            ["M21.371", "M54.16"], [PT("97116", 25)], []),

        // CBRH Presumpscot Family YMCA pool deck: she can't get down to sit on the pool's edge or back up from it, so she waits for the chair lift - the finding; half-kneel to edge-sitting with one hand on the rail and back up, bench-to-deck transfers, with counts and CGA; bilateral quad weakness after bilateral knee replacements; 22 min matches: passes.
        ["v4-h97-cbrh-ymca-cant-get-down-to-the-pool-edge-97530"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Pool-deck note · 03/04/2026 · A. Pelletier, PT, DPT
            Participant: Pauline Cote, 69 — bilateral TKAs in the fall
            Site — Presumpscot Family YMCA, Westbrook: the lap pool deck, before
             her water-walking class

            What stops her: she can't get down to sit on the pool's edge and can't get
            back up from it, so she waits for the chair lift, which only runs at set
            hours.

            Deck practice (97530) — 22 min
             - from standing to half-kneel to sitting on the pool's edge, one hand on
               the ladder rail, and back up the same way, 6 each way
             - bench-to-deck and deck-to-bench transfers, 6 each
            Problem — bilateral quad weakness after the knee replacements; she can't
             control the lowering and can't push up from half-kneel
            Measured — 6 down and 6 up with CGA (mod A last week)
            """,
            ["Z96.653", "Z47.1"], [PT("97530", 22)], []),

        // HMTRC Franklin discharge ride: retested PBS 54/56, sits through every halt hands-free, "no impairments remain — all goals met"; one rider, one PT; trot poles, unannounced halts as perturbations, backward sitting; no referral line and no impairment or system targeted: deficit missing.
        ["v4-h97-hmtrc-discharge-ride-no-impairments-remain"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Franklin, covered arena          Footing: sand/rubber, dry
            Client: Hazel B., age 10
            Horse: Biscuit — Haflinger mare, 14.1 hh
            Team: C. Teague PT · Tammy leading · Ana + Hank side walking

            One rider, one PT for the whole ride.

            Discharge ride — 97112, 20 min
             · trot poles ridden at the walk, unannounced halts as perturbations,
               backward sitting with reaches to the rail
            Retest: PBS 54/56; sat hands-free through 12 of 12 halts. No impairments
             remain — all goals met. Discharged to the centre's adaptive riding lessons.
            C. Teague, PT, HPCS
            """,
            ["G80.1"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // LASF Hermantown return-to-play card "limiter — none; no deficits found on the retest, cleared for the season"; one-on-one stated; unannounced tip-and-recover pushes, single-blade glides, head-up stick-handling; righted pushes and glide seconds; no impairment or system targeted: deficit missing.
        ["v4-h97-lasf-return-to-play-limiter-none"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Hermantown arena, rink 2 (wednesday ice)
            athlete: Sam Oduya, 22
            sport: sled hockey — forward
            ---
            block: 97112 · 19 min · N. Haugen PT
            one-on-one — Sam was the only athlete I worked with for the block.
            drills —
              tip & recover to unannounced pushes, both sides
              single-blade glides, eyes up
              head-up stick-handling to called colours
            numbers — righted 10 of 10 pushes; single-blade glide 15 sec each side
            limiter — none; no deficits found on the retest, cleared for the season
            """,
            ["S06.0X0D"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // CBRH graduation outing: the whole downtown route on cobbles, curbs and the Exchange St hill with no device, "no gait deviations seen; no deficits remain", discharged; distance, mod I and a sidewalk 10MWT; no region, impairment or goal targeted: deficit missing.
        ["v4-h97-cbrh-graduation-outing-no-deficits-remain-97116"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · K. Morin, PTA (supervising PT J. Thibodeau)
            Participant: Ruth Sirois
            Route — Monument Square → Exchange St → Fore St → Commercial St and back
            Weather — 45°F, sun
            Surfaces — brick, cobbles, granite curbs, the Exchange St hill

            Final outing. Gait training (97116) — 22 min: the whole route with no device,
            curbs and cobbles, up and down the Exchange St hill.
            Measured — 1,800 ft, mod I; 10MWT on the sidewalk 1.21 m/s
            No gait deviations seen; no deficits remain. Discharged from the program.
            """,
            ["S72.001D"], [PTA("97116", 22)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures as these writers take them, and notes with none

        // HMTRC Spring Hill, a girl with Angelman syndrome on Pippin: "one child, one therapist" for the whole 97112; walk–halt perturbations, weight shifts on serpentines, reaching for bubbles; ataxia with poor trunk co-contraction; Pediatric Balance Scale against intake and hands-free seconds at the working walk; 24 min matches: passes.
        ["v5-h97-hmtrc-pbs-and-hands-free-seconds"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Spring Hill, outdoor sand arena  Footing: firm
            Client: Rosie K., age 6                Referral: Angelman syndrome
            Horse: Pippin — Welsh pony, 12.2 hh, quick short stride
            Team: M. Oyelaran PT · Rhett leading · Tammy + Lou side walking

            One child, one therapist for the whole 97112 — nobody else in the arena.

            On the horse — 97112, 24 min
             · walk–halt–walk transitions as perturbations
             · serpentines for lateral weight shift, hands on her thighs
             · reaching up and out for bubbles blown by the side walker
            Why: ataxia with poor trunk co-contraction — she wobbles and props on both
             hands at every change of pace
            Measured: Pediatric Balance Scale 22/56 (17/56 at intake); sat hands-free at
             the working walk 35 sec
            """,
            ["Q93.51"], [PT("97112", 24)], []),

        // HMTRC Franklin, GMFM-88 dimension B (sitting) 78% against 64% in October; prone over the barrel pushing up to sit, hands-free sitting through transitions, side sitting; "I worked with Elijah alone — one PT, one rider"; antigravity trunk control and sitting balance in spastic diplegia; 26 min matches: passes.
        ["v5-h97-hmtrc-gmfm-dimension-b"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Franklin, covered arena          Footing: sand/rubber, dry
            Client: Elijah N., age 4               Referral: spastic diplegic CP
            Horse: Dutch — Fjord gelding, 14.0 hh
            Team: C. Teague PT · Deb leading · Priya + Rhett side walking

            I worked with Elijah alone — one PT, one rider.

            On the horse — 97112, 26 min
             · prone over Dutch's barrel at the walk, pushing up from prone to sitting
             · sitting forward hands-free through walk–halt transitions (perturbation)
             · side sitting to each side along the long wall
            Why: antigravity trunk control and sitting balance — he props on his hands
             and rounds forward as soon as Dutch moves
            Measured: GMFM-88 dimension B (sitting) 78% (64% in October)
            C. Teague, PT, HPCS
            """,
            ["G80.1"], [PT("97112", 26)], []),

        // LASF Superior, a quad-division tennis player with a complete C6 injury: "1:1 — the only athlete on my court for the block"; reactive pushes in the ready position, reaching strokes with recovery, head turns to fed balls; sitting postural control with no trunk muscles below the injury; Function in Sitting Test and returns; 22 min matches: passes.
        ["v5-h97-lasf-function-in-sitting-test"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Superior, WI — indoor courts, court 2
            athlete: Nate Ostrowski, 30 — C6 complete SCI (diving), quad division
            kit: tennis chair, racquet taped to the R hand, chest strap
            ---
            block: 97112 · 22 min · R. Lindqvist PT
            1:1 — the only athlete on my court for the block.
            drills —
              reactive pushes at the shoulders in the ready position, strap loosened
              reaching strokes to balls fed wide, recovering upright with the head and
              shoulders
              quick head turns to balls fed from either side
            limiter — sitting postural control with no trunk muscles below the injury;
            he balances with his head and arms and falls toward the racquet side
            numbers — Function in Sitting Test 41/56 (35/56 on 2/4); 12 of 20 wide feeds
            returned without falling onto the armrest
            """,
            ["G82.53"], [PT("97112", 22)], []),

        // LASF Duluth, seated double-poling on a SkiErg for a nordic sit-skier with an incomplete L1 injury: intervals by metres, average watts, seated push-ups with doses; triceps and lat endurance fading early; 25 min matches: passes.
        ["v5-h97-lasf-sit-ski-erg-metres-and-watts-97110"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Duluth, Garfield Ave — strength room
            athlete: Britt Aune, 35 — L1 incomplete SCI; nordic sit-ski, races in March
            kit: SkiErg with the seated frame, straps at the thighs
            ---
            block: 97110 · 25 min · N. Haugen PT
            drills —
              seated double-poling on the SkiErg, 6 × 250 m with an easy pull between
              seated push-ups on the blocks 3 × 10
              cable pullovers 3 × 12, 25 lb
            limiter — triceps and lat endurance; her double-pole fades after the first
            hundred metres of each rep
            numbers — 1,500 m at an average of 95 W (78 W on 2/11)
            """,
            ["G82.22"], [PT("97110", 25)], []),

        // LASF Duluth wall, a climber with Charcot-Marie-Tooth: laps of a graded route on top rope, smearing on small footholds, grip; distal weakness of both feet and hands; laps, footholds and grip kilograms; 24 min matches: passes.
        ["v5-h97-lasf-laps-of-ore-boat-97530"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Duluth, Garfield Ave — the Foundation wall
            athlete: Gabe Lund, 19 — Charcot-Marie-Tooth; climbs with the college club
            ---
            block: 97530 · 24 min · R. Lindqvist PT
            drills —
              top-rope laps of "Ore Boat" (5.7) on the vertical wall
              smearing on small footholds on the slab, weight over the feet, no hands
              hanging on the big jugs with an open hand
            limiter — distal weakness of both feet and hands; he can't stand on small
            footholds or hold crimps
            numbers — 4 laps, one rest on the rope on the last; 9 of 12 footholds smeared
            without slipping; grip 22 kg R / 21 kg L
            """,
            ["G60.0"], [PT("97530", 24)], []),

        // CBRH downtown: the crossing of Franklin St at the Congress St signal timed at 19 sec against a 28-sec walk phase; quicker cadence to a count, longer steps, curb cut and far curb without a pause; antalgic gait with a short R step after a L hip replacement; crossings with SBA; 23 min matches: passes.
        ["v5-h97-cbrh-crossing-timed-against-the-walk-signal-97116"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · J. Thibodeau, PT
            Participant: Albert Michaud, 75 — L THA in January
            Route — Congress St at Franklin St (six lanes and a median) and back
            Weather — 37°F, dry

            Gait training (97116) — 23 min: crossings at the Franklin St signal —
            quicker cadence to my count, a longer R step, down the curb cut and up the
            far curb without a pause
            Deviation — antalgic, short R step and slow cadence; he doesn't make the
             light and stops on the median
            Measured — crossed Franklin St in 19 sec; walk phase with the flashing
             hand is 28 sec (he needed 34 sec on 2/18); 4 crossings with SBA
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 23)], []),

        // CBRH Commercial St and the Back Cove bench: a sidewalk 10MWT against 2/18 and a TUG from a park bench; gait training with a rollator to no device, cued longer steps and hip extension; slow short steps with a wide base after critical-illness myopathy; 26 min matches: passes.
        ["v5-h97-cbrh-ten-metre-walk-on-the-sidewalk-97116"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · A. Pelletier, PT, DPT
            Participant: Denise Gauthier, 58 — six weeks in the ICU with sepsis in
             December, critical-illness myopathy
            Route — Commercial St sidewalk, then the Back Cove Trail by the Preble St lot

            Gait training (97116) — 26 min: rollator on the sidewalk, then no device on
            the trail with cued longer steps and hip extension; 1,000 ft with SBA
            Deviation — slow, short steps with a wide base and little hip extension
            Measured — 10MWT on the Commercial St sidewalk 0.74 m/s (0.58 m/s on 2/18);
             TUG from a park bench on the trail 13.4 sec
            """,
            ["G72.81"], [PT("97116", 26)], []),

        // CBRH OT grocery outing: items found from a ten-item list, a basket carried to the register, paying at the card reader; L arm weakness and L inattention after a stroke; counts, pounds and feet; 25 min matches: passes.
        ["v5-h97-cbrh-ot-shopping-list-and-basket-97530"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · G. Nguyen, OTR/L
            Participant: Carol Dumont, 64 — R MCA stroke, L arm weakness
            Route — Riverside Market, Forest Ave
            Transport — hospital van

            Grocery task (97530) — 25 min: shopping from her own ten-item list with a
            hand basket, scanning both sides of each aisle, carrying the basket on the
            L arm to the register and paying at the card reader
            Problem — L arm weakness and L inattention; she misses items on the L shelves
             and shifts the basket to the R hand
            Result — found 9 of 10 items (6 of 10 on 2/18); carried 6 lb about 150 ft on
             the L arm; paid at the reader on the first try
            """,
            ["I69.354"], [OT("97530", 25)], []),

        // HMTRC Columbia, an adult rider with ataxia after a cerebellar haemorrhage: TUG after dismount against 2/4 and a 30-second chair stand; backward riding with reaches, halts as perturbations, eyes closed for a few strides; "one rider, one PT, no other client at the farm this morning"; 22 min matches: passes.
        ["v5-h97-hmtrc-tug-after-dismount"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Columbia, partner farm round pen Footing: packed clay, dry
            Client: Diane F., age 62               Referral: cerebellar haemorrhage 2024
            Horse: Sarge — Morgan gelding, 15.0 hh, forward, springy walk
            Team: M. Oyelaran PT · Lou leading · Deb + Ana side walking

            One rider, one PT — no other client at the farm this morning.

            On the horse — 97112, 22 min
             · backward riding with reaches to targets on the pen rail
             · halts called without warning as perturbations
             · eyes closed for a few strides at a time on the straight side
            Why: ataxia — her trunk over-corrects at halts and she can't hold still on a
             moving base with her eyes closed
            Measured: TUG after dismount 11.2 sec (14.8 sec on 2/4); 30-second chair
             stand 9
            M. Oyelaran, PT, DPT
            """,
            ["I69.193"], [PT("97112", 22)], []),

        // HMTRC Leiper's Fork: "Mom says she sits taller at the supper table", "looked steadier going down to the creek" - no score, count, time or number at all but the code and its minutes; one rider, one PT stated; grade changes and halts as perturbations, tall kneeling; low-tone postural control: measure missing.
        ["v5-h97-hmtrc-mom-says-she-sits-taller"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note
            Site: Leiper's Fork, sensory trail along the creek
            Client: Ivy G.
            Horse: Pippin — Welsh pony, quick short stride
            Team: C. Teague PT · Ana leading · Rhett + Deb side walking

            One rider, one PT for the whole ride.

            On the horse — 97112, 22 min
             · forward sitting through the trail's grade changes and the ford
             · halts at the trail stations as perturbations, reaching up for bean bags
             · tall kneeling on the flat stretch
            Why: low-tone postural control — she slumps and loses midline going downhill
            Result: Mom says she sits taller at the supper table. Looked steadier going
             down to the creek today.
            """,
            ["Q90.9"], [PT("97112", 22)], [At(Measure, "97112")]),

        // LASF Hermantown: "felt stronger on the ice tonight", "righting looks quicker" - no count, distance or score; one-on-one stated; unannounced tip-and-recover, single-blade leans, head-up stick-handling; trunk postural control with late righting; no number in the note but the code and its minutes: measure missing.
        ["v5-h97-lasf-felt-stronger-on-the-ice"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · Hermantown arena (wednesday ice)
            athlete: Jesse Wallin — incomplete paraplegia
            sport: sled hockey — defense
            ---
            block: 97112 · 20 min · N. Haugen PT
            one-on-one — Jesse was my only athlete for the block.
            drills —
              tip & recover to unannounced pushes at the shoulder
              single-blade leans with a pick lifted
              head-up stick-handling to called colours
            limiter — trunk postural control; late righting to the R
            numbers — says he felt stronger on the ice tonight; righting looks quicker
            """,
            ["G82.22"], [PT("97112", 20)], [At(Measure, "97112")]),

        // CBRH Back Cove Trail: "walked farther than last week and looked steadier on the gravel" - no distance, assistance level, speed or number but the code and its minutes; gait training with a cane on stone dust and gravel with cued heel strike; short L step and a trunk lean after a stroke: measure missing.
        ["v5-h97-cbrh-walked-farther-looked-steadier-97116"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · K. Morin, PTA
            Participant: Marcel Pouliot — R hemiparesis after a stroke
            Route — Back Cove Trail from the Preble St lot toward the bridge
            Surfaces — stone dust, a gravel stretch, the grass verge

            Gait training (97116) — 24 min: cane in the L hand on the stone dust and
            the gravel, cued heel strike on the R and an upright trunk
            Deviation — short L step, R hip hike and a lean to the L
            Result — walked farther than last week and looked steadier on the gravel.
            """,
            ["I69.351"], [PTA("97116", 24)], [At(Measure, "97116")]),

        // LASF Superior: "hitting cleaner, moving the chair better" - no count, distance or dose; push-and-turn patterns, recovery toward the centre, serves with a trunk lean; R shoulder impingement limiting the backhand reach; no number in the note but the code and its minutes: measure missing.
        ["v5-h97-lasf-hitting-cleaner-97530"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · Superior, WI — indoor courts
            athlete: Lena Marsh — wheelchair tennis, open division
            ---
            block: 97530 · 21 min · B. Kowalczyk PTA
            drills —
              push-and-turn patterns to a called side
              recovering toward the centre mark after each ball
              serves from the chair with a trunk lean into the ball
            limiter — R shoulder impingement; she can't reach wide on the backhand side
            numbers — hitting cleaner and moving the chair better than last week
            """,
            ["M75.41"], [PTA("97530", 21)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // HMTRC Franklin "On the horse — 97112, 24 min" and "On the ground — 97530, 13 min", both match; one rider, one PT; walk–halt perturbations, serpentines, backward sitting; the mounting ramp and brushing Biscuit at the cross-ties with counts and assist; trunk postural control and standing balance with leg weakness; halts and PBS: passes.
        ["v6-h97-hmtrc-on-the-horse-and-on-the-ground"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Franklin, covered arena          Footing: sand/rubber, dry
            Client: Theo A., age 9                 Referral: spastic diplegic CP
            Horse: Biscuit — Haflinger mare, 14.1 hh, short even walk
            Team: C. Teague PT · Deb leading · Hank + Priya side walking

            One rider, one PT — Theo was the only client I treated in the hour.

            On the horse — 97112, 24 min
             · walk–halt–walk transitions as perturbations; serpentines for weight shift
             · backward sitting, reaching back to the rail targets
            Why: trunk postural control — late righting, he falls back at the halts
            Measured: upright through 10 of 12 halts; PBS 33/56

            On the ground — 97530, 13 min
             · up and down the mounting ramp with one rail, 3 times
             · standing at the cross-ties brushing Biscuit's near side, 2 × 20 strokes,
               without sitting down
            Why: standing balance and endurance limited by hip and calf weakness — he
             sits down on the playground after a few minutes of standing
            Measured: ramp with hand-held assist; 2 × 20 strokes standing, CGA
            C. Teague, PT, HPCS
            """,
            ["G80.1"], [PT("97112", 24), PT("97530", 13)], []),

        // HMTRC Leiper's Fork "97112: 14 min in the arena + 11 min on the sensory trail" adding up to the 25-min line; "one PT, one rider"; halts as perturbations in the arena, grade changes and the ford on the trail; postural control with Down syndrome; halts upright and kneeling seconds: passes.
        ["v6-h97-hmtrc-97112-in-two-parts-arena-and-trail"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Leiper's Fork — small arena, then the sensory trail along the creek
            Client: Micah D., age 8                Referral: Down syndrome
            Horse: Moose — Belgian cross gelding, 16.1 hh, big swinging walk
            Team: C. Teague PT · Rhett leading · Ana + Lou side walking

            One PT, one rider.

            97112: 14 min in the arena + 11 min on the sensory trail
             · arena: unannounced walk–halt transitions as perturbations, tall kneeling
               on the straight sides
             · trail: grade changes and the ford for graded vestibular and
               proprioceptive input, reaching to bean bags at the stations
            Why: postural control — low tone, he collapses forward on downhill grades and
             at halts
            Measured: upright through 8 of 10 halts; tall kneeling 20 sec (12 sec on 2/18)
            """,
            ["Q90.9"], [PT("97112", 25)], []),

        // LASF Hermantown "clock: 97112 22 min (Haugen, PT) · 97110 14 min (Kowalczyk, PTA)", each matching its line (one discipline); "1:1 for the 97112"; tip-and-recover and single-blade leans; band pull-aparts, dips and rows with doses; trunk postural control and shoulder endurance; righted pushes and glide seconds: passes.
        ["v6-h97-lasf-clock-line-pt-and-pta"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Hermantown arena, rink 2 (wednesday ice)
            athlete: Kyle Marttila, 28 — T11 incomplete SCI, 4 yrs; sled hockey
            clock: 97112 22 min (Haugen, PT) · 97110 14 min (Kowalczyk, PTA)
            ---
            97112 on the ice (PT) — 1:1 for the 97112, no other athlete:
              tip & recover to unannounced pushes; single-blade leans with a pick lifted
            97110 off the ice (PTA) — band pull-aparts 3 × 15, dips on the bench 3 × 8,
              seated rows 50 lb 3 × 12
            limiter — trunk postural control (late righting to the L); shoulder and
            triceps endurance for pushing the length of the rink
            numbers — righted 8 of 10 pushes; single-blade lean 9 sec L / 11 sec R
            """,
            ["G82.22"], [PT("97112", 22), PTA("97110", 14)], []),

        // CBRH "Billed today: PT 97116 — 26 min · OT 97530 — 24 min", each matching its own discipline's line; gait with a cane on the sidewalks to the store with distance and SBA; the OT's shopping task with items, basket weight and the register; antalgic gait and L hand weakness after a stroke: passes.
        ["v6-h97-cbrh-pt-and-ot-on-one-outing"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · J. Thibodeau, PT and G. Nguyen, OTR/L
            Participant: Yvonne Paquette, 70 — R MCA stroke, L hemiparesis
            Route — hospital → Forest Ave sidewalks → Riverside Market and back
            Weather — 34°F, dry, salt on the sidewalks

            PT — gait training with the quad cane on the Forest Ave sidewalks, over the
             curb cuts and the market's parking lot, cued L heel strike and a longer
             R step; 1,400 ft with SBA
            PT — short R step, L knee hyperextension in stance, slow cadence
            OT — shopping from her list with a hand basket, reaching to the L shelves
             with the L hand, carrying the basket on the L arm to the register
            OT — L hand weakness and grasp; she drops items reached with the L
            OT — 7 of 8 items found; basket 5 lb carried 120 ft on the L arm

            Billed today: PT 97116 — 26 min · OT 97530 — 24 min
            """,
            ["I69.354"], [PT("97116", 26), OT("97530", 24)], []),

        // CBRH downtown outing with three codes on the "Billed today" line (97116 18 min | 97530 16 min | 97112 12 min), all matching; "I was with Mr. Boucher alone for all of it"; curb and cobble gait with distance and assist; bus boarding with counts; head-turn walking and reactive steps at the square with FGA and stops; gait, hip weakness and postural control: passes.
        ["v6-h97-cbrh-three-codes-on-one-outing"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · A. Pelletier, PT, DPT
            Participant: Henri Boucher, 67 — L cerebellar stroke in December
            Route — #4 bus to Monument Square → Congress St → Exchange St cobbles and back
            Weather — 38°F, overcast, dry

            I was with Mr. Boucher alone for all of it — no other patient on the outing.

            Gait (97116) — rollator to cane on brick and the Exchange St cobbles, 6
             granite curbs; cued a narrower base; 1,200 ft with SBA, curbs CGA
            Bus (97530) — boarding the kneeling bus, paying, getting seated before it
             pulls out, and exiting by the rear door; 3 boardings, CGA
            Neuro re-ed (97112) — walking the square with head turns to the bus signs and
             stopping on command; reactive steps to my nudges at the hips
            Problem — wide-based ataxic gait, L hip weakness on the bus step, postural
             control worse with head turns
            Measured — FGA 19/30; 2 of 8 nudges needed a second step

            Billed today: 97116 18 min | 97530 16 min | 97112 12 min
            """,
            ["I69.393"], [PT("97116", 18), PT("97530", 16), PT("97112", 12)], []),

        // LASF Hermantown with each block's minutes in parentheses ("sled transfers (97530, 16 min)", "ice skills NMR (97112, 23 min)"), both match; "nobody else on my list for the hour"; transfers at the bench door with counts and assist; tip-and-recover and reaches with the pick; trunk control and shoulder strength; righted pushes and reach: passes.
        ["v6-h97-lasf-minutes-in-parentheses"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Hermantown arena, rink 2 (wednesday ice)
            athlete: Aaron Lindgren, 33 — T6 complete SCI, 8 months post; first season
            ---
            N. Haugen PT — nobody else on my list for the hour.
            sled transfers (97530, 16 min) — chair to sled at the bench door and back,
              6 each with min A; getting from the ice back up into the sled after a
              tip-out, 3 with mod A
            ice skills NMR (97112, 23 min) — tip & recover to unannounced pushes;
              reaching with a pick to pucks outside his base, back to upright
            limiter — no trunk control below T6; shoulder depressors too weak yet to lift
            clear of the sled rim
            numbers — righted 5 of 10 pushes; reach to a puck 30 cm outside the knee and
            back, 6 of 10
            """,
            ["G82.21"], [PT("97530", 16), PT("97112", 23)], []),

        // CBRH Presumpscot Family YMCA: "Aquatic therapy (97113) — 28 min, on the Y aquatic therapist's own claim" in the note with no line, and "Deck (97530) — 14 min" matching the only line; wet-deck cane walking, chair-lift and shower-bench transfers with counts and assist; R quad weakness after a knee replacement: passes.
        ["v6-h97-cbrh-ymca-97113-in-the-note-97530-on-the-line"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Pool-deck note · 03/04/2026 · K. Morin, PTA
            Participant: Bernard Lavoie, 66 — R TKA in January
            Site — Presumpscot Family YMCA, Westbrook: locker room and pool deck

            Aquatic therapy (97113) — 28 min, on the Y aquatic therapist's own claim;
            see her note.

            Deck (97530) — 14 min
             - wet-deck walking with the cane from the locker room to the chair lift,
               3 trips
             - deck chair to the chair-lift seat and back, 4 each, SBA
             - shower-bench transfers in the locker room, 4, SBA
            Problem — R quad weakness after the knee replacement; he won't cross the wet
             deck without holding the wall
            """,
            ["Z96.651", "Z47.1"], [PTA("97530", 14)], []),

        // HMTRC Spring Hill "On the horse — 97112, 35 min" against a 22-min line: mismatch; otherwise complete (individual box ticked; halts and trot poles at the walk as perturbations, backward sitting; ataxia with delayed postural responses; halts and PBS).
        ["v6-h97-hmtrc-35-on-the-horse-against-22"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER — HIPPOTHERAPY FLOWSHEET
            Date 3/4/26    Site: Spring Hill (outdoor sand arena)    PT: M. Oyelaran
            Client: Jace P., 9 — ataxic CP
            Horse: Ranger — Quarter Horse gelding, 15.1 hh
            Session type:     ■ individual (1 PT : 1 rider)     □ paired

            On the horse — 97112, 35 min
            Treatment: walk–halt transitions and trot poles at the walk as perturbations;
            backward sitting with reaches to the rail
            Impairment targeted: ataxia with delayed postural responses — he overshoots
            and grabs at the halts
            Measures: upright through 7 of 12 halts; PBS 34/56
            """,
            ["G80.4"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // LASF Duluth PTA card "block: 97530 · 30 min" against an 18-min PTA line: mismatch; otherwise complete (top-rope laps and high steps with counts; L hip weakness after a transtibial amputation).
        ["v6-h97-lasf-pta-30-against-18-97530"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Duluth, Garfield Ave — the Foundation wall
            athlete: Travis Holm, 37 — R transtibial amputation, climbing foot on the socket
            ---
            block: 97530 · 30 min · B. Kowalczyk PTA
            drills —
              top-rope laps on the slab, standing up over the prosthetic side, 3 laps
              high steps onto the prosthetic side at the base, 3 × 8
            limiter — R hip abductor and extensor weakness; he pulls with his arms rather
            than stand up over the prosthesis
            numbers — 3 laps; 18 of 24 high steps without pulling
            """,
            ["Z89.511"], [PTA("97530", 18)], [At(Mismatch, "97530")]),

        // CBRH "Billed today: 97116 20 min · 97530 28 min" with 97116 matching its 20-min line and 97530 against a 15-min line: mismatch on 97530; both parts complete (cane gait on brick with distance and SBA; bus boardings with counts and CGA; short step after a hip fracture, hip weakness on the bus step).
        ["v6-h97-cbrh-second-code-28-against-15"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · J. Thibodeau, PT
            Participant: Lucille Bergeron, 81 — L hip fracture, hemiarthroplasty in January
            Route — #8 bus from the hospital stop to Monument Square and back

            Gait (97116) — SPC on the brick sidewalk and over 4 curb cuts, cued a longer
             R step; 800 ft with SBA
            Bus (97530) — boarding the kneeling bus and getting seated before it moves,
             exiting by the rear door; 3 boardings, CGA
            Problem — short R step and L Trendelenburg; L hip weakness on the bus step

            Billed today: 97116 20 min · 97530 28 min
            """,
            ["S72.002D"], [PT("97116", 20), PT("97530", 15)], [At(Mismatch, "97530")]),

        // CBRH "Outing time: 48 min — gait on the Congress St sidewalks and bus practice" with two timed codes and no minutes for either: separate time missing; both parts complete (cane gait with distance and SBA; bus boardings with counts and CGA; short step and hip flexor weakness after a stroke).
        ["v6-h97-cbrh-outing-time-only"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · J. Thibodeau, PT
            Participant: Roland Gendron, 69 — L MCA stroke, R hemiparesis
            Route — #4 bus to Monument Square, the Congress St sidewalks and back

            Gait training — SPC on the Congress St brick and granite curbs, cued R hip
             and knee flexion in swing; 1,000 ft with SBA
            Bus practice — kneeling bus, fare box, seat before it moves, rear-door exit;
             4 boardings with CGA
            Problem — R hemiparesis: short R step, R hip flexor weakness, toe catch on
             the bus step
            Outing time: 48 min — gait on the Congress St sidewalks and bus practice
            """,
            ["I69.351"], [PT("97116", 25), PT("97530", 23)], [SepTime]),

        // HMTRC Franklin "Session time 40 min (on the horse and on the ground)" with 97112 and 97530 and no minutes for either: separate time missing; both parts complete (one rider, one PT; halts as perturbations and backward sitting with halts and PBS; ramp and cross-ties with counts; postural control and standing balance).
        ["v6-h97-hmtrc-session-time-one-number"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Franklin, covered arena          Footing: sand/rubber, dry
            Client: Lucas F., age 10               Referral: spastic diplegic CP
            Horse: Junebug — paint mare, 14.3 hh
            Team: C. Teague PT · Tammy leading · Priya + Hank side walking

            One rider, one PT — nobody else treated in the hour.

            On the horse (97112): walk–halt transitions as perturbations, backward sitting
             with reaches. Why: trunk postural control, late righting at halts.
             Measured: upright through 9 of 12 halts; PBS 35/56
            On the ground (97530): mounting ramp up and down 3 times with one rail;
             standing at the cross-ties brushing Junebug, 2 × 20 strokes, CGA.
             Why: standing balance and hip weakness.

            Session time 40 min (on the horse and on the ground)
            """,
            ["G80.1"], [PT("97112", 25), PT("97530", 15)], [SepTime]),

        // LASF Duluth card with "block: 97112 · 22 min" and a second "block: 97110" with no minutes: separate time missing; both parts complete (one-on-one; quiet-feet placement and slow traverse with placements and SARA; band rows and wall slides with doses; ataxia and shoulder weakness).
        ["v6-h97-lasf-second-block-without-minutes"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Duluth, Garfield Ave — the Foundation wall
            athlete: Nadia Kowal, 41 — ataxia after a cerebellar stroke
            ---
            block: 97112 · 22 min · R. Lindqvist PT
            one-on-one — Nadia was the only climber I treated in the block.
              quiet-feet drill to taped holds; slow traverse with three points of contact
            limiter — limb ataxia and dysmetria; overshoots the holds
            numbers — first-try foot placement 12 of 20; SARA 11/40
            block: 97110 · R. Lindqvist PT
              band rows 3 × 15; wall slides 3 × 12; prone Y-T-W 2 × 10
            limiter — scapular and cuff weakness on both sides, shoulders shrug on reaches
            """,
            ["I69.393"], [PT("97112", 22), PT("97110", 13)], [SepTime]),

        // CBRH with a clock range on each code's line (97116 10:05–10:31 = 26, 97530 10:31–10:49 = 18), both match; walker to cane on the Greenbelt with distance and SBA; car transfer into his truck and loading the walker with counts; short steps and R knee weakness after a knee replacement: passes.
        ["v6-h97-cbrh-clock-range-per-code"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · A. Pelletier, PT, DPT
            Participant: Dennis Pelkey, 64 — R TKA in February
            Route — South Portland Greenbelt from the Bug Light end, and his own truck in
             the lot
            97116   10:05–10:31   gait training, walker → SPC on the paved Greenbelt
                                  and its gravel shoulder, cued heel strike and knee
                                  extension at contact; 1,300 ft with SBA
            97530   10:31–10:49   getting into and out of his pickup's cab from the
                                  running board, 4 each, CGA; lifting the folded walker
                                  into the bed, 4
            Problem — short R step and a stiff R knee in swing; R quad weakness on the
             running board
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 26), PT("97530", 18)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a hippotherapy visit with two profiled codes and a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h97-empty-hippotherapy-two-codes"] = new(
            "",
            ["G80.1"], [PT("97112", 25), PT("97530", 13)], [At(NoteMissing, "97112"), At(NoteMissing, "97530")]),

        // Empty note on a PTA's 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h97-empty-pta-97116-no-dx"] = new(
            "",
            [], [PTA("97116", 20)], [At(NoteMissing, "97116"), Dx]),

        // A note exported as spaces and blank lines only (cells are trimmed) on an OT 97530 with a diagnosis: note missing only.
        ["v7-h97-blank-spaces-ot-97530"] = new(
            "    \n\n       \n  ",
            ["F84.0"], [OT("97530", 22)], [At(NoteMissing, "97530")]),

        // 97110's meaning on an LASF card: rotator cuff and scapular strengthening for push-rim propulsion (band ER, serratus punches, prone rows, seated depressions with sets, reps and loads - technique and measure), anterior shoulder pain with cuff and lower-trap weakness from pushing (deficit); 19 min matches: passes.
        ["v7-h97-lasf-97110-cuff-and-scapular-strengthening"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Duluth, Garfield Ave — strength room
            athlete: Peggy Soderberg, 55 — manual chair user (polio as a child), sled hockey
            in the rec league
            ---
            block: 97110 · 19 min · B. Kowalczyk PTA
            drills —
              band ER at the side, red band, 3 × 15
              serratus punches, 4 lb, 3 × 12
              prone rows on the plinth, 5 lb, 3 × 12
              seated scapular depressions on the blocks, 3 × 10, 5-sec holds
            limiter — anterior shoulder pain from pushing, with rotator cuff and lower
            trapezius weakness on both sides
            """,
            ["M75.81", "Z99.3"], [PTA("97110", 19)], []),

        // 97530's meaning on a CBRH outing: getting into and out of the passenger seat of her daughter's Subaru and lifting the folded walker into the hatch, with counts and assist (technique and measure), L hip weakness and a post-operative hip's precautions limiting the car transfer (deficit); 21 min matches: passes.
        ["v7-h97-cbrh-97530-car-transfer-and-walker-in-the-hatch"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · K. Morin, PTA
            Participant: Annette Morrissette, 76 — L THA (posterior approach) in February
            Site — the hospital's front lot, her daughter's Subaru

            Car practice (97530) — 21 min
             - into and out of the passenger seat, back to the seat, L leg leading out,
               keeping the hip precautions; 5 each, SBA
             - folding the walker and lifting it into the hatch, then out again; 4,
               CGA for the lift
            Problem — L hip abductor and extensor weakness; can't lower herself into the
             low seat within her precautions
            """,
            ["Z96.642", "Z47.1"], [PTA("97530", 21)], []),

        // 97140's meaning on an HMTRC note: soft-tissue mobilisation and sustained stretch to the hip adductors and long-axis hip distraction, grade II, before mounting (technique), adductor tone and limited hip abduction keeping him from sitting astride (deficit), hip abduction degrees before and after (measure); 12 min matches: passes.
        ["v7-h97-hmtrc-97140-adductors-before-mounting"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Franklin, covered arena — the mat in the tack room, before mounting
            Client: Owen C., age 13                Referral: spastic diplegic CP

            Manual therapy — 97140, 12 min: soft-tissue mobilisation and sustained stretch
            to the hip adductors both sides; long-axis hip distraction, grade II, 3 × 30 sec
            each side
            Why: adductor tone and tightness limit his hip abduction, so he can't sit
             astride Moose's wide barrel
            Measured: hip abduction R 18° → 30°, L 15° → 27°
            C. Teague, PT, HPCS
            """,
            ["G80.1"], [PT("97140", 12)], []),

        // 97116's meaning on an LASF card: prosthetic gait training on the Lakewalk's plowed path, gravel stretch and boardwalk with a cane then no device, cued stance time on the prosthesis (technique), short prosthetic stance, vaulting and a trunk lean (deficit), distance and assist (measure); 24 min matches: passes.
        ["v7-h97-lasf-97116-prosthetic-gait-on-the-lakewalk"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Duluth — the Lakewalk from Canal Park
            athlete: Joel Hietala, 48 — R transtibial amputation in October, new
            definitive socket
            ---
            block: 97116 · 24 min · N. Haugen PT
            drills —
              prosthetic gait training on the plowed Lakewalk, the gravel stretch by the
              rose garden and the boardwalk; cane, then no device
              cued equal step lengths and a longer stance on the prosthesis
            limiter — short stance on the prosthesis, vaulting on the L, trunk lean over
            the prosthetic side
            numbers — 2,100 ft; cane on the gravel with SBA, no device on the asphalt
            and boardwalk with SBA
            """,
            ["Z89.511"], [PT("97116", 24)], []),

        // Wholly generic 97112: "97112 — 25 min. Balance training. Pt tolerated well. Continue plan of care." - no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h97-generic-one-line-97112"] = new(
            """
            97112 — 25 min. Balance training. Pt tolerated well. Continue plan of care.
            """,
            ["R26.81"], [PT("97112", 25)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97530 with minutes for each (15 and 18, both match) and "Therapeutic exercise and therapeutic activities per plan. Tolerated well, no complaints." - nothing named for either code.
        ["v7-h97-generic-97110-and-97530-with-minutes"] = new(
            """
            97110 — 15 min
            97530 — 18 min
            Therapeutic exercise and therapeutic activities per plan. Tolerated well, no
            complaints. Continue POC.
            """,
            ["M62.81"], [PT("97110", 15), PT("97530", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic OT 97530: "Pt engaged in functional activities. Tolerated well. Progressing toward goals." - no activity, deficit or measure named.
        ["v7-h97-generic-ot-97530"] = new(
            """
            OT: Pt engaged in functional activities. Tolerated well. Progressing toward
            goals. Continue per plan.
            """,
            ["I69.354"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // HMTRC Franklin, a woman after a pontine stroke on Junebug: "Janet was the only rider I treated in her hour"; walk–halt perturbations, circles weighting the R, reaching with the R arm; R trunk and hip postural control with late righting; Berg and halts; 24 min matches: passes.
        ["vord-h97-hmtrc-franklin-adult-after-a-stroke"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Franklin, covered arena          Footing: sand/rubber, dry
            Client: Janet W., age 45               Referral: pontine stroke 2024, R hemiparesis
            Horse: Junebug — paint mare, 14.3 hh, even, rhythmic walk
            Team: C. Teague PT · Deb leading · Hank + Priya side walking

            Janet was the only rider I treated in her hour.

            On the horse — 97112, 24 min
             · forward sitting, walk–halt transitions called without warning as
               perturbations
             · circles to the L so Junebug's barrel weights her R hip
             · reaching with the R arm for rings held high and wide by the side walker
            Why: R trunk and hip postural control — poor R hip recruitment and late
             righting to the R; she hangs on the L handle at every halt
            Measured: Berg after dismount 47/56; upright without the handle through 11
             of 12 halts
            C. Teague, PT, HPCS
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // HMTRC Columbia OT, a boy with poor coordination: tacking up on the ground (buckling the surcingle, long brush strokes), ring toss at the halt, zipping his vest, both hands on the reins through a cone pattern; bilateral coordination and motor planning; rings, tries and patterns; 26 min matches: passes.
        ["vord-h97-hmtrc-columbia-ot-coordination-97530"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER — OT SESSION NOTE
            Date 3/4/26 · Columbia (partner farm, round pen) · J. Vance, OTR/L
            Client: Zane R., age 12 — poor coordination; can't zip his coat for recess
            Horse: Dutch — Fjord gelding, 14.0 hh
            OT — 97530, 26 min
              On the ground: tacking up — buckling the surcingle's girth strap, brushing
              Dutch in long strokes with both hands
              Mounted: ring toss into a bucket at the halt; unzipping and zipping his
              vest at the halt; both hands on the reins through a pattern of cones
            Problem: bilateral coordination and motor planning — he can't sequence the
             buckle or keep both hands working together
            Result: girth strap buckled in 2 tries; 6 of 10 rings in; vest zipped 3 of 4;
             cone pattern ridden 3 times with both hands on the reins
            """,
            ["R27.8"], [OT("97530", 26)], []),

        // LASF Superior with "clock: 97112 20 min · 97110 15 min", both match; one-on-one for the 97112; pushes in the ready position and wide feeds with recovery; band ER/IR, rows and a medicine-ball chest pass with doses; trunk postural control and shoulder and trunk-rotator strength for the serve; returns and seated reach: passes.
        ["vord-h97-lasf-superior-tennis-97112-and-97110"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Superior, WI — indoor courts, court 1
            athlete: Amara Jensen, 21 — lumbar spina bifida; college wheelchair tennis
            clock: 97112 20 min · 97110 15 min                  PT: R. Lindqvist
            ---
            97112 — one-on-one, the only athlete I treated for it: unannounced pushes at
              the shoulders in the ready position; balls fed wide with recovery to
              midline without grabbing the rim
            97110 — band ER / IR 3 × 15; seated rows 40 lb 3 × 12; medicine-ball chest
              pass 4 kg 3 × 10
            limiter — trunk postural control on wide balls; shoulder and trunk-rotator
            strength for the serve
            numbers — 15 of 20 wide feeds returned without a hand on the rim; seated
            lateral reach L 25 cm / R 27 cm
            """,
            ["Q05.7"], [PT("97112", 20), PT("97110", 15)], []),

        // LASF Hermantown with "clock: 97140 12 min · 97110 16 min", both match; GH posterior glides by grade and bouts, STM to the pec minor and posterior cuff; side-lying ER, prone T and serratus punches with doses; posterior capsule and pec minor tightness, cuff and scapular weakness; IR degrees before and after: passes.
        ["vord-h97-lasf-hermantown-shoulder-97140-and-97110"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Hermantown arena — the athletes' room
            athlete: Luke Baptiste, 30 — T12 complete SCI; sled hockey, R shoulder pain
            at full reach with the pick
            clock: 97140 12 min · 97110 16 min                  PT: N. Haugen
            ---
            97140 — R GH posterior glides, grade III, 3 × 30 sec; STM to the pec minor and
              the posterior cuff
            97110 — side-lying ER 3 lb 3 × 12; prone T 3 × 10; serratus punch 3 × 15
            limiter — R posterior capsule and pec minor tightness limiting IR and reach;
            cuff and scapular weakness
            numbers — IR at 90° abduction 38° → 49° after the glides
            """,
            ["M25.611", "G82.21"], [PT("97140", 12), PT("97110", 16)], []),

        // LASF Duluth OT, a climber with an incomplete C7 injury: donning the harness on the mat, tenodesis grasp on the jugs, taping finger loops; weak finger flexors and intrinsics relying on tenodesis; tries, holds and pinch kilograms; 24 min matches: passes.
        ["vord-h97-lasf-duluth-ot-tenodesis-on-the-wall-97530"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Duluth, Garfield Ave — the Foundation wall
            athlete: Wes Brandt, 29 — C7 incomplete SCI (hockey check into the boards)
            ---
            block: 97530 · 24 min · M. Dahl, OTR/L
            drills —
              putting on the harness sitting on the mat: legs through, threading and
              doubling back the buckle
              tenodesis grasp on the big jugs of the bouldering band, wrist extended,
              through a weight shift
              taping finger loops for the crimps
            limiter — weak finger flexors and intrinsics; relies on tenodesis, can't
            pinch the buckle tab
            numbers — harness on in 2 tries with set-up only; 8 of 10 jugs held through a
            weight shift; lateral pinch R 2 kg / L 3 kg
            """,
            ["G82.54"], [OT("97530", 24)], []),

        // CBRH Back Cove Trail PTA walk after a L knee replacement: rollator to cane on stone dust and the verge, cued heel strike and knee extension; stiff-knee gait and a short R step; distance and SBA; 22 min matches: passes.
        ["vord-h97-cbrh-back-cove-pta-gait-after-tka"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · K. Morin, PTA (supervising PT A. Pelletier)
            Participant: Gloria Marcotte, 68 — L TKA in January
            Route — Back Cove Trail from the Preble St lot, out and back
            Weather — 42°F, breezy, dry
            Surfaces — stone dust, grass verge

            Gait training (97116) — 22 min: rollator on the stone dust, then the cane;
            onto the grass verge and back; cued L heel strike and knee extension at
            contact
            Deviation — stiff-knee gait on the L, short R step
            Measured — 1,500 ft, rollator with SBA; 400 ft with the cane, SBA
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 22)], []),

        // CBRH Willard Beach with "Billed today: 97116 18 min · 97112 15 min", both match; "nobody but the two of us on the beach"; packed and soft sand with cued push-off, wrack-line step-overs; single-leg stance on soft sand, tandem with head turns, reactive steps to nudges; stiff R ankle with short push-off and decreased ankle proprioception after a trimalleolar fracture; distances and assist, SLS and nudges: passes.
        ["vord-h97-cbrh-willard-beach-97116-and-97112"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · A. Pelletier, PT, DPT
            Participant: Megan Curry, 39 — R trimalleolar fracture, ORIF in December
            Route — Willard Beach, South Portland, toward Fisherman's Point and back
            Weather — 40°F, sun, low tide
            Surfaces — packed wet sand, soft dry sand, the wrack line

            Nobody but the two of us on the beach — one-on-one for all of it.

            Gait (97116) — packed sand with a cued push-off on the R, then soft sand;
             stepping over the wrack line; 1,000 ft packed with SBA, 200 ft soft with CGA
            Neuro re-ed (97112) — single-leg stance on the soft sand; tandem on the packed
             sand with head turns; reactive steps to my nudges at the hips
            Problem — stiff R ankle with a short push-off; R ankle proprioception
             decreased after the fracture
            Measured — SLS on soft sand R 6 sec / L 19 sec; 3 of 8 nudges needed a
             second step

            Billed today: 97116 18 min · 97112 15 min
            """,
            ["S82.851D"], [PT("97116", 18), PT("97112", 15)], []),

        // CBRH PTA grocery outing after a lumbar fusion: upright cart pushing through every aisle, top-shelf reaches, bagging and carrying two bags to the van; back pain with hip extensor weakness and a bent-over posture at the cart; reaches, bag weights, feet and SBA; 23 min matches: passes.
        ["vord-h97-cbrh-pta-grocery-after-a-fusion-97530"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · K. Morin, PTA
            Participant: Raymond Audet, 60 — L4-5 fusion in December
            Route — Riverside Market, Forest Ave
            Transport — hospital van

            Store practice (97530) — 23 min
             - pushing the cart up and down every aisle with an upright trunk
             - top-shelf reaches for cereal and paper towels, 12
             - bagging at the register and carrying two 8-lb bags out to the van,
               100 ft, SBA
            Problem — low back pain with hip extensor weakness; he bends over the cart
             and can't carry the groceries in from the car
            """,
            ["M54.50", "Z98.1"], [PTA("97530", 23)], []),

        // CBRH OT post-office outing after a stroke: carrying a boxed parcel from the van, pulling the heavy door, standing at the counter to fill the form and pay; R hand weakness and standing balance at the counter; pounds, feet and counts; 22 min matches: passes.
        ["vord-h97-cbrh-ot-post-office-97530"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · G. Nguyen, OTR/L
            Participant: Therese Labbe, 72 — L MCA stroke, R hand weakness
            Route — Forest Ave post office
            Transport — hospital van

            Errand (97530) — 22 min: mailing a parcel to her granddaughter — carrying the
            boxed parcel from the van, pulling the heavy front door, standing at the
            counter to fill in the form with the R hand and paying with her card
            Problem — R hand weakness and fine motor control; standing balance at the
             counter when she lets go to write
            Result — carried 4 lb 80 ft; opened the door 2 of 2 without help; wrote the
             address legibly on the second try; stood at the counter without holding on
            """,
            ["I69.351"], [OT("97530", 22)], []),

        // HMTRC Leiper's Fork, a teenager with ataxia after a medulloblastoma: "one-on-one — Grace and me, nobody else on the trail"; grade changes, halts as perturbations, eyes-closed strides on the flat, backward riding; truncal and limb ataxia; SARA and halts; 22 min matches: passes.
        ["vord-h97-hmtrc-leipers-fork-teen-with-ataxia"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER
            Hippotherapy — PT session note                          Wed 3/4/26
            Site: Leiper's Fork, sensory trail along the creek
            Client: Grace H., age 15               Referral: ataxia after medulloblastoma
            Horse: Sarge — Morgan gelding, 15.0 hh, forward, springy walk
            Team: C. Teague PT · Ana leading · Rhett + Lou side walking

            One-on-one — Grace and me, nobody else on the trail.

            On the horse — 97112, 22 min
             · the trail's grade changes and the ford; halts at the stations called
               without warning as perturbations
             · eyes closed for a few strides on the flat stretch
             · backward riding on the way home, reaching to the bean bags
            Why: truncal and limb ataxia — she sways and over-corrects at halts and her
             reach overshoots
            Measured: SARA 14/40 (17/40 in January); upright through 9 of 10 halts
            C. Teague, PT, HPCS
            """,
            ["R27.0", "Z85.841"], [PT("97112", 22)], []),

        // LASF Duluth, complete 97112 (one-on-one; quiet-feet placements and a slow traverse; limb ataxia and dysmetria; placements and SARA) sent with no diagnosis.
        ["vord-h97-lasf-duluth-no-diagnosis"] = new(
            """
            lakehead adaptive sports foundation — sports rehab clinic
            athlete session · 03/04/2026 · Duluth, Garfield Ave — the Foundation wall
            athlete: Paul Greer, 52 — ataxia after a cerebellar stroke
            ---
            block: 97112 · 21 min · R. Lindqvist PT
            one-on-one — Paul was the only climber I treated in the block.
            drills —
              quiet-feet drill to taped holds on the bottom band
              slow traverse with three points of contact, pausing on each move
            limiter — limb ataxia and dysmetria; he overshoots the holds
            numbers — first-try foot placement 13 of 20; SARA 10/40
            """,
            [], [PT("97112", 21)], [Dx]),

        // HMTRC flowsheet, complete 97112 (individual box ticked; halts and poles as perturbations, backward sitting; trunk postural control; PBS and halts) with the legacy ICD-9 code 343.0 on the referral line and the claim: not a well-formed ICD-10-CM code.
        ["vord-h97-hmtrc-icd9-343-0"] = new(
            """
            HARPETH MEADOWS THERAPEUTIC RIDING CENTER — HIPPOTHERAPY FLOWSHEET
            Date 3/4/26    Site: Franklin (covered arena)    PT: C. Teague
            Client: Noah E., 7 — referral from an old chart: 343.0 congenital diplegia
            Horse: Biscuit — Haflinger mare, 14.1 hh
            Session type:     ■ individual (1 PT : 1 rider)     □ paired
            97112 minutes: 24

            Treatment: walk–halt transitions and ground poles as perturbations; backward
            sitting with reaches to the rail
            Impairment targeted: trunk postural control — late righting, falls back at
            the halts
            Measures: PBS 30/56; upright through 8 of 12 halts
            """,
            ["343.0"], [PT("97112", 24)], [Dx]),

        // CBRH short entry, two codes with only "Total timed: 38 min" and "Pt tolerated tx well. No complaints. Continue POC.": no technique, deficit or measure for either code, no one-on-one statement for the 97112, no minutes for each.
        ["vord-h97-cbrh-generic-two-codes-total"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            97112, 97530
            Total timed: 38 min
            Pt tolerated tx well. No complaints. Continue POC.
            """,
            ["I69.354"], [PT("97112", 23), PT("97530", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // CBRH PTA "Gait training (97116) — 30 min" against a 17-min PTA line: mismatch; otherwise complete (cane gait on brick and cobbles with distance and SBA; short step and Trendelenburg after a hip fracture).
        ["vord-h97-cbrh-pta-gait-30-against-17"] = new(
            """
            CASCO BAY REHABILITATION HOSPITAL — COMMUNITY RE-ENTRY PROGRAM
            Outing note · 03/04/2026 · K. Morin, PTA
            Participant: Evelyn Poirier, 83 — R hip fracture, ORIF in January
            Route — Exchange St and Middle St
            Surfaces — brick, cobbles, curb cuts

            Gait training (97116) — 30 min: SPC on the brick and the Exchange St cobbles,
            cued a longer L step and an upright trunk; 900 ft with SBA
            Deviation — short L step and R Trendelenburg
            """,
            ["S72.001D"], [PTA("97116", 17)], [At(Mismatch, "97116")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
