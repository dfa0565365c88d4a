using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimAudit.Core.Ingest;
using ExcelDataReader;
using MiniExcelLibs;

namespace ClaimAudit.Bench;

/// <summary>
/// --xlsx: the two maintained .xlsx readers side by side on one sheet. Each read is its own child
/// process (so each has its own peak memory) and the rounds alternate which library goes first, so
/// neither always gets the warm page cache.
/// </summary>
internal static class XlsxBench
{
    // The two candidates, then the engine's reader built on the chosen one.
    public static readonly string[] Libraries = ["xlsx-exceldatareader", "xlsx-miniexcel", "xlsx-sheetreader"];

    public static int Run(BenchOptions options, Func<string, string, PhaseResult> runChild)
    {
        var file = options.File ?? Path.Combine(Path.GetTempPath(), $"claimaudit-bench-{options.Lines}.xlsx");
        var sw = Stopwatch.StartNew();
        var rows = SyntheticSheet.Write(file, options.Lines);
        Console.WriteLine($"generated {rows:N0} rows x 15 columns ({new FileInfo(file).Length / 1048576.0:F1} MiB xlsx) in {sw.Elapsed.TotalSeconds:F1} s: {file}");

        var results = Libraries.ToDictionary(l => l, _ => new List<PhaseResult>());
        for (var round = 0; round < options.Rounds; round++)
        {
            var order = round % 2 == 0 ? Libraries : Libraries.Reverse().ToArray();
            foreach (var library in order)
            {
                var r = runChild(library, file);
                results[library].Add(r);
                Console.WriteLine($"  round {round + 1}: {library,-22} {r.Seconds,6:F2} s  peak {r.PeakBytes / 1048576.0,6:F1} MiB  allocated {r.AllocatedBytes / 1048576.0,8:F1} MiB  ({r.Lines:N0} rows)");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{"library",-22} {"rows",9} {"median s",9} {"rows/s",10} {"peak MiB",9} {"alloc MiB",10}");
        var summary = Libraries.Select(l => Summarize(l, results[l])).ToList();
        foreach (var s in summary)
            Console.WriteLine($"{s.Phase,-22} {s.Lines,9:N0} {s.Seconds,9:F2} {s.Lines / s.Seconds,10:N0} {s.PeakBytes / 1048576.0,9:F1} {s.AllocatedBytes / 1048576.0,10:F1}");
        var (edr, mini, ours) = (summary[0], summary[1], summary[2]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"MiniExcel / ExcelDataReader: time {mini.Seconds / edr.Seconds:F2}x, peak {(double)mini.PeakBytes / edr.PeakBytes:F2}x, allocated {(double)mini.AllocatedBytes / edr.AllocatedBytes:F2}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"XlsxSheetReader / ExcelDataReader: time {ours.Seconds / edr.Seconds:F2}x, peak {(double)ours.PeakBytes / edr.PeakBytes:F2}x, allocated {(double)ours.AllocatedBytes / edr.AllocatedBytes:F2}x"));
        if (!options.Keep && options.File is null) File.Delete(file);
        return 0;
    }

    // Median time and allocation; the highest peak, since a Functions instance must fit the worst round.
    private static PhaseResult Summarize(string library, List<PhaseResult> runs)
    {
        static T Median<T>(IEnumerable<T> values) { var sorted = values.Order().ToList(); return sorted[sorted.Count / 2]; }
        return new PhaseResult(library, runs[0].Lines, Median(runs.Select(r => r.Seconds)),
            runs.Max(r => r.PeakBytes), Median(runs.Select(r => r.AllocatedBytes)));
    }

    /// <summary>Every cell of every row through ExcelDataReader's IDataReader, values touched, nothing kept.</summary>
    public static long ReadWithExcelDataReader(string file)
    {
        // ExcelReaderConfiguration's constructor asks for code page 1252 (its fallback for old
        // .xls/CSV), which .NET only has once the code-pages provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        long rows = 0, touched = 0;
        using var stream = File.OpenRead(file);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++) touched += Touch(reader.GetValue(i));
            rows++;
        }
        GC.KeepAlive(touched);
        return rows;
    }

    /// <summary>Every cell of every row through MiniExcel's dynamic rows (a dictionary keyed "A", "B", ...).</summary>
    public static long ReadWithMiniExcel(string file)
    {
        long rows = 0, touched = 0;
        using var stream = File.OpenRead(file);
        foreach (IDictionary<string, object?> row in stream.Query())
        {
            foreach (var value in row.Values) touched += Touch(value);
            rows++;
        }
        GC.KeepAlive(touched);
        return rows;
    }

    /// <summary>
    /// The engine's reader as ingest will use it: a forward-only input (so the copy to a temp file
    /// is timed too), every cell formatted to text and read back.
    /// </summary>
    public static long ReadWithSheetReader(string path)
    {
        long rows = 0, touched = 0;
        using var file = File.OpenRead(path);
        var input = MeteredStream.Open(file, long.MaxValue);
        using var reader = XlsxSheetReader.Open(input, null, out var error) ?? throw new InvalidDataException(error);
        while (reader.Read())
        {
            for (var i = 0; i < reader.CellCount; i++) touched += reader.Cell(i).Length;
            rows++;
        }
        GC.KeepAlive(touched);
        return rows;
    }

    private static long Touch(object? value) => value switch
    {
        null => 0,
        string s => s.Length,
        double d => (long)d,
        DateTime t => t.Day,
        bool b => b ? 1 : 0,
        _ => 1,
    };
}
