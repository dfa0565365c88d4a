using System.Diagnostics;
using System.Globalization;
using ClaimAudit.Core;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using nietras.SeparatedValues;

namespace ClaimAudit.Bench;

/// <summary>One measured phase, run in its own process; prints "lines seconds peakBytes allocatedBytes".</summary>
internal static class Phases
{
    public static int Run(string phase, string file)
    {
        var sw = Stopwatch.StartNew();
        long lines = phase switch
        {
            "parse" => RawParse(file),
            "ingest" => IngestOnly(file),
            "audit" => FullAudit(file),
            "xlsx-exceldatareader" => XlsxBench.ReadWithExcelDataReader(file),
            "xlsx-miniexcel" => XlsxBench.ReadWithMiniExcel(file),
            "xlsx-sheetreader" => XlsxBench.ReadWithSheetReader(file),
            _ => throw new ArgumentException($"unknown phase '{phase}'"),
        };
        sw.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lines} {sw.Elapsed.TotalSeconds} {PeakResidentBytes()} {GC.GetTotalAllocatedBytes(precise: true)}"));
        return 0;
    }

    // The floor: the same CSV library reading every cell of every row, doing nothing with it.
    private static long RawParse(string file)
    {
        long rows = 0, chars = 0;
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(file);
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++) chars += row[i].Span.Trim().Length;
            rows++;
        }
        GC.KeepAlive(chars);
        return rows;
    }

    // Reading and validating the rows into compact visits, note analysis included, no rules: the
    // whole batch held in memory (not partitioned), to see what reading costs on its own.
    private static long IngestOnly(string file)
    {
        var engine = new AuditEngine(PayerProfileSet.Shipped, IngestLimits.Unlimited with { PartitionAboveBytes = long.MaxValue });
        using var input = File.OpenRead(file);
        var batch = engine.Ingest(input, InputFormat.Csv);
        return batch.Visits.Sum(v => (long)v.Lines.Count) + batch.RejectedRows.Count;
    }

    // Ingest, every rule, and the JSON report written out (to nowhere), as the CLI does (a large
    // batch in partitions).
    private static long FullAudit(string file)
    {
        var engine = new AuditEngine(PayerProfileSet.Shipped, IngestLimits.Unlimited);
        using var input = File.OpenRead(file);
        var batch = engine.Ingest(input, InputFormat.Csv);
        using var outcome = engine.EvaluateAsync(batch, historyFor: null, "bench", "bench", DateTimeOffset.UtcNow).GetAwaiter().GetResult();
        ReportJson.WriteAsync(Stream.Null, outcome.Report).GetAwaiter().GetResult();
        return outcome.Report.Summary.Lines + outcome.Report.Summary.RejectedRows;
    }

    // VmHWM: the process's peak resident set, the number that matters for a Functions instance.
    internal static long PeakResidentBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        return Process.GetCurrentProcess().PeakWorkingSet64;
    }
}
