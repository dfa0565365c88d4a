using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimAudit.Core.Documentation;

namespace ClaimAudit.Bench;

/// <summary>
/// One note read by the documentation review, at each length asked for (up to the 1,000,000 characters a row's note
/// may hold), in the shapes that once made its time grow with the square of the length: a run-on without full stops,
/// a line of numbers or codes, nested parentheses, a table whose one-on-one column heads every row, a fixed-width
/// listing, a one-line checklist, dotted rows, rows answering a Done column, a line of the title's and a scale's words. Each is read in this process (the analyser alone, after a warm-up), the median of
/// three rounds; the time may grow at most 1.5 times as fast as the note (9× the length at most 13.5× the time).
/// </summary>
internal static class LongNoteBench
{
    private const double Allowed = 1.5;

    private static readonly (string Shape, string Piece)[] Shapes =
    [
        ("prose", "NMR 12 min one-on-one: tandem stance 8 s, up from 5 s; cues for weight shift, balance training on foam for impaired proprioception. "),
        ("run-on", "NMR twelve min one on one tandem stance eight s up from five s cues for weight shift balance training on foam for impaired proprioception and "),
        ("numbers", "12 8 5 3x10 2/10 1:1 15' 20 min 30s 4/5 "),
        ("codes", "NMR TE TA MT GT 97112 97110 "),
        ("parentheses", "(1:1 (tandem (foam (12 min "),
        ("fields", "Deficit: poor balance Goal: walk Plan: continue 1:1 Meds: none Previous visit: foam "),
        ("checklist", "[x] tandem stance [ ] foam [x] perturbation [ ] BAPS 1:1 "),
        ("dotted rows", "PNF ........ N tandem ....... Y foam ..... n/p "),
        ("answer rows", "Technique          Done (Y/N)\nRocker board / foam          N\nTandem walking drills        Y\n"),
        ("title-like lines", "Tidewater Balance & Vestibular Center Romberg on foam EC 8 s Assist level:   I   Mod I   S   CGA   Min   Mod   Max   (no level selected) "),
        ("table rows", "97112 | NMR | 12 | Y | tandem stance on foam | 1:1\n"),
        ("table", "Code | Description | Min | One-on-one? | Notes\n97112 | NMR | 12 | Y | foam\n"),
        ("fixed width", "97112  NMR BALANCE      12   Y\n97110  THER EX          8    N\n"),
        ("amended", "NMR minutes corrected to 23. Addendum: pt seen 1:1. "),
        ("minutes forms", "Tx timer (mm:ss): TE 15:00 · NMR 23:00. Started at 1:30. TE (97110) until 1:45: step-ups. Minutes: 23 NMR / 15 TE. MT (97140) x10 min: glides. "),
        ("html", "<div><p>NMR 12 min 1:1 tandem stance</p><br></div>"),
        // A line of crosses and ticks between modes: whether the line has a tick was once looked for at every cross.
        ("crosses on one line", "1:1 ❌ · Small group ✅ · "),
        ("hl7 message", "OBX|1|NM|97112-MIN^NMR minutes^L||24|min|||||F\nOBX|2|TX|NOTE^Note^L|1|tandem \\T\\ rocker\\.br\\Berg 44/56||||||F\n"),
        ("drawn table", "║ 97112 ║ NM re-education ║ 22  ║\n╠═══════╬═════════════════╬═════╣\n"),
        // Mojibake, invisible characters, tracked changes and lost symbols, undone before the note is read.
        ("encoding damage", "NMR Ã¢â‚¬â€œ 2\u200B3 min; canâ€™t feel her feet; [deleted: group] [inserted: 1:1] ER 35\uFFFD ? "),
        // A form that numbers every field, with a run of spaces between its fields.
        ("numbered form", "05 CPT: 97112          06 Minutes: 23\n10 Deficit: balance\n"),
        // A review of systems' list after "denies", and what a patient reports another provider did: each item looks back a few words.
        ("denied list", "ROS: pt denies dizziness, weakness, numbness, falls, "),
        ("reported provider", "Pt reports his chiropractor did Graston, STM, Activator adjustments, "),
        // Codes and minutes in parallel, and slash-joined runs that only look like them.
        ("parallel minutes", "TE/NMR/MT 15/23/10 min · 97110/97112 = 15/23 min · NMR/TE 1/2 min rest · TE/NMR/MT/TA/GT 1/2/3/4/5/6 "),
        // Flowsheets of several visits cut to today's column, and a week's log cut to today's rows: every line read once.
        ("visit columns", "                         02/25    02/27    03/04 TODAY\n97112 neuro re-ed (min)  25       22       23\nDelivery                 1:1      1:1      group\n\n"),
        ("week log", "Mon 3/2  97112 22 min — foam.\n         Berg 36.\nWed 3/4  97112 23 min — 1:1.\n"),
        // Duration fields and dotted clock ranges, and decimals that only look like them.
        ("durations and dotted clocks", "Duration: 0:22 · Timed Duration: 00:23:00 · NMR 13.30–13.53 · 10MWT 1.10–1.22 m/s · "),
    ];

    public static int Run(BenchOptions options)
    {
        var lengths = options.LongNote!;
        var analyzer = NoteAnalyzer.Default;
        Console.WriteLine($"| shape | {string.Join(" | ", lengths.Select(n => $"{n:N0} chars ms"))} | × length | × time | ok |");
        Console.WriteLine($"|---|{string.Concat(lengths.Select(_ => "---:|"))}---:|---:|:--|");
        var ok = true;
        foreach (var (shape, piece) in Shapes)
        {
            analyzer.Analyze(piece + piece);
            var times = new List<double>();
            foreach (var length in lengths)
            {
                var note = Repeat(piece, length);
                var rounds = new double[3];
                for (var r = 0; r < rounds.Length; r++)
                {
                    var watch = Stopwatch.StartNew();
                    analyzer.Analyze(note);
                    rounds[r] = watch.Elapsed.TotalMilliseconds;
                }
                Array.Sort(rounds);
                times.Add(rounds[1]);
            }
            var lengthRatio = (double)lengths[^1] / lengths[0];
            var timeRatio = times[^1] / Math.Max(times[0], 0.01);
            var within = timeRatio <= Allowed * lengthRatio;
            ok &= within;
            Console.WriteLine($"| {shape} | {string.Join(" | ", times.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))} | {F(lengthRatio)} | {F(timeRatio)} | {(within ? "yes" : $"no (over {F(Allowed * lengthRatio)})")} |");
        }
        Console.WriteLine(ok ? "reading a note takes time in proportion to its length" : "reading a note takes time that grows faster than its length");
        return ok ? 0 : 1;
    }

    private static string Repeat(string piece, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length + piece.Length <= length) text.Append(piece);
        return text.ToString();
    }

    private static string F(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×";
}
