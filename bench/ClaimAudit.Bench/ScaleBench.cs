using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ClaimAudit.Bench;

/// <summary>
/// The issue-9 proof: at each size, the raw Sep parse (the floor, in its own process) and the full
/// audit through the real CLI (its own process, the report counted and discarded), side by side,
/// then the targets: audit within 5x the parse, peak RSS within 300 MB, a report at most 2x its
/// input, and the largest size at most 1.1x the linear extrapolation of the smallest (4.4x for 1M to 4M).
/// </summary>
internal static class ScaleBench
{
    private const double MaxAuditOverParse = 5;
    private const long MaxPeakBytes = 300_000_000; // "300 MB", read strictly as decimal megabytes (286 MiB)
    private const double MaxReportOverInput = 2;
    private const double MaxScalingOverLinear = 1.1; // 4.4x time for 4x lines

    private sealed record SizeResult(int Size, string File, long InputBytes, PhaseResult Parse, CliAuditResult Audit, IReadOnlyList<PhaseResult> InProcess);

    public static int Run(BenchOptions options, Func<string, string, PhaseResult> runChild)
    {
        var cli = options.Cli ?? CliAudit.BuildRelease();
        var loadBefore = LoadAverage();
        if (!File.Exists(cli)) throw new FileNotFoundException($"no CLI at '{cli}'", cli);
        Console.WriteLine($"CLI: dotnet {cli} audit FILE --out - --format json");

        // Generated batches go to a folder of their own, removed at the end (even after a failure) unless --keep.
        var folder = options.File is null ? Directory.CreateTempSubdirectory("claimaudit-bench-").FullName : null;
        var results = new List<SizeResult>();
        try
        {
            IEnumerable<int?> sizes = options.File is null ? options.Sizes.Select(s => (int?)s) : [null];
            foreach (var size in sizes)
            {
                var file = options.File ?? Path.Combine(folder!, $"batch-{size}.csv");
                if (size is { } lines)
                {
                    var sw = Stopwatch.StartNew();
                    var rows = SyntheticBatch.Write(file, lines);
                    Console.WriteLine($"generated {rows:N0} lines ({new FileInfo(file).Length / 1048576.0:F1} MiB) in {sw.Elapsed.TotalSeconds:F1} s, bench process peak {Phases.PeakResidentBytes() / 1048576.0:F0} MiB (written as a stream): {file}");
                }
                results.Add(Measure(size, file, options.InProcess, runChild, cli));
                // The next size's file is written after this one is gone, so the disk holds one batch at a time.
                if (size is not null && !options.Keep) File.Delete(file);
            }
        }
        finally
        {
            if (folder is not null && !options.Keep) Directory.Delete(folder, recursive: true);
            else if (folder is not null) Console.WriteLine($"kept the generated batches in {folder}");
        }

        Console.WriteLine();
        Console.Write(Report(results, loadBefore, LoadAverage()));
        return 0;
    }

    private static SizeResult Measure(int? size, string file, bool inProcess, Func<string, string, PhaseResult> runChild, string cli)
    {
        var inputBytes = new FileInfo(file).Length;
        var parse = runChild("parse", file);
        Console.WriteLine($"  raw Sep parse   {parse.Lines,12:N0} lines {parse.Seconds,8:F2} s  peak {parse.PeakBytes / 1048576.0,8:F1} MiB");
        var audit = CliAudit.Run(cli, file);
        Console.WriteLine($"  full audit CLI  exit {audit.ExitCode,3}         {audit.Seconds,8:F2} s  peak {Mib(audit.PeakBytes),8} MiB  report {audit.ReportBytes / 1048576.0:F1} MiB");
        if (!audit.Succeeded && audit.ErrorTail.Length > 0) Console.WriteLine($"  CLI standard error: {audit.ErrorTail}");
        var extra = new List<PhaseResult>();
        if (inProcess)
        {
            foreach (var phase in new[] { "ingest", "audit" })
            {
                PhaseResult r;
                try { r = runChild(phase, file); }
                catch (InvalidOperationException ex)
                {
                    // An in-process phase that dies (out of memory) is an extra; the CLI row above still stands.
                    Console.WriteLine($"  in-process {phase,-6} failed: {ex.Message}");
                    continue;
                }
                Console.WriteLine($"  in-process {phase,-6} {r.Lines,12:N0} lines {r.Seconds,8:F2} s  peak {r.PeakBytes / 1048576.0,8:F1} MiB  allocated {r.AllocatedBytes / 1048576.0:F0} MiB");
                extra.Add(r);
            }
        }
        return new SizeResult(size ?? (int)parse.Lines, file, inputBytes, parse, audit, extra);
    }

    private static string Report(List<SizeResult> results, string loadBefore, string loadAfter)
    {
        var text = new StringBuilder();
        void Line(string s = "") => text.Append(s).Append('\n');
        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

        Line(F($"Issue 9 bench, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores; each step its own process; load average {loadBefore} before, {loadAfter} after."));
        Line();
        Line("| lines | input | raw Sep parse | full audit (CLI) | audit / parse | audit CPU | parse peak RSS | audit peak RSS | report / input | audit alloc / line | parse alloc / line |");
        Line("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var a = r.Audit;
            var lines = r.Parse.Lines;
            var auditTime = a.Succeeded ? F($"{a.Seconds:F2} s") : F($"**failed, exit {a.ExitCode}** after {a.Seconds:F1} s");
            var ratio = a.Succeeded ? F($"{a.Seconds / r.Parse.Seconds:F1}×") : "—";
            var reportRatio = a.Succeeded ? F($"{(double)a.ReportBytes / r.InputBytes:F2}") : "—";
            var auditAlloc = a.Succeeded && a.AllocatedBytes is { } alloc ? F($"{alloc / (double)lines:N0} B") : "—";
            Line(F($"| {lines:N0} | {r.InputBytes / 1048576.0:F0} MiB | {r.Parse.Seconds:F2} s | {auditTime} | {ratio} | {(a.CpuSeconds is { } cpu ? F($"{cpu:F1} s") : "n/a")} | {r.Parse.PeakBytes / 1048576.0:F0} MiB | {Mib(a.PeakBytes)} MiB | {reportRatio} | {auditAlloc} | {r.Parse.AllocatedBytes / (double)lines:N0} B |"));
        }
        Line();
        Line("Targets (issue 9):");
        foreach (var r in results)
        {
            var a = r.Audit;
            var n = F($"{r.Parse.Lines:N0} lines");
            Line(a.Succeeded
                ? F($"- full audit / raw parse at {n}: {a.Seconds / r.Parse.Seconds:F1}× (target ≤ {MaxAuditOverParse}×): {Verdict(a.Seconds / r.Parse.Seconds <= MaxAuditOverParse)}")
                : F($"- full audit / raw parse at {n}: not met (the audit failed, exit {a.ExitCode})"));
            Line(a.PeakBytes is { } peak
                ? F($"- full audit peak RSS at {n}: {peak / 1e6:F0} MB = {peak / 1048576.0:F0} MiB (target ≤ 300 MB): {Verdict(a.Succeeded && peak <= MaxPeakBytes)}{(a.Succeeded ? "" : " (the audit failed)")}")
                : F($"- full audit peak RSS at {n}: not measured: not met"));
            Line(a.Succeeded
                ? F($"- report / input bytes at {n}: {(double)a.ReportBytes / r.InputBytes:F2} ({a.ReportBytes:N0} / {r.InputBytes:N0}) (target ≤ {MaxReportOverInput}): {Verdict((double)a.ReportBytes / r.InputBytes <= MaxReportOverInput)}")
                : F($"- report / input bytes at {n}: not met (the audit failed, exit {a.ExitCode})"));
        }
        if (results.Count >= 2)
        {
            var (small, large) = (results.MinBy(r => r.Parse.Lines)!, results.MaxBy(r => r.Parse.Lines)!);
            var linear = (double)large.Parse.Lines / small.Parse.Lines;
            var limit = MaxScalingOverLinear * linear;
            var what = F($"full audit time at {large.Parse.Lines:N0} / at {small.Parse.Lines:N0} lines");
            Line(small.Audit.Succeeded && large.Audit.Succeeded
                ? F($"- {what}: {large.Audit.Seconds / small.Audit.Seconds:F2}× (target ≤ {limit:F1}×): {Verdict(large.Audit.Seconds / small.Audit.Seconds <= limit)}")
                : F($"- {what}: not met (a full audit failed)"));
        }

        Line();
        Line("Notes: peak RSS of the CLI is wait4's maximum resident set (GNU time %M) of `dotnet claimaudit.dll`, runtime included;");
        Line("the parse's is its own VmHWM. Allocations per line are GC.GetTotalAllocatedBytes of the CLI process itself, read at exit by");
        Line("a startup hook (DOTNET_STARTUP_HOOKS, DOTNET_gcServer=0); the CLI is run unchanged. Times are wall-clock, one run, on a shared machine;");
        Line("the CLI's includes starting the runtime (about 0.1-0.2 s), the parse's is timed inside its process.");
        Line("Audit CPU is user + system seconds of the CLI (GNU time): steadier than wall-clock when other work shares the cores.");
        if (results.Any(r => !r.Audit.Succeeded))
        {
            Line("A failed row is the CLI's real exit: 2 is a file it refused (the input cap) or could not read, 137 is killed (out of memory).");
            foreach (var r in results.Where(r => !r.Audit.Succeeded))
                Line(F($"- {r.Parse.Lines:N0} lines, exit {r.Audit.ExitCode}: {FirstLine(r.Audit.ErrorTail)}"));
        }

        if (results.Any(r => r.InProcess.Count > 0))
        {
            Line();
            Line("| in-process phase | lines | seconds | lines/s | peak RSS | allocated / line |");
            Line("|---|---|---|---|---|---|");
            foreach (var r in results)
            {
                foreach (var p in r.InProcess)
                    Line(F($"| {p.Phase} | {p.Lines:N0} | {p.Seconds:F2} | {p.Lines / p.Seconds:N0} | {p.PeakBytes / 1048576.0:F0} MiB | {p.AllocatedBytes / (double)Math.Max(1, p.Lines):N0} B |"));
            }
        }

        Line();
        Line("Raw numbers:");
        foreach (var r in results)
        {
            var (p, a) = (r.Parse, r.Audit);
            Line(F($"size={r.Size} step=parse lines={p.Lines} input_bytes={r.InputBytes} seconds={p.Seconds:F3} peak_rss_bytes={p.PeakBytes} allocated_bytes={p.AllocatedBytes}"));
            Line(F($"size={r.Size} step=audit-cli exit={a.ExitCode} seconds={a.Seconds:F3} cpu_seconds={Raw(a.CpuSeconds)} peak_rss_bytes={Raw(a.PeakBytes)} self_vmhwm_bytes={Raw(a.SelfPeakBytes)} allocated_bytes={Raw(a.AllocatedBytes)} gen2_collections={Raw(a.Gen2Collections)} report_bytes={a.ReportBytes} input_bytes={r.InputBytes}"));
            foreach (var x in r.InProcess)
                Line(F($"size={r.Size} step=in-process-{x.Phase} lines={x.Lines} seconds={x.Seconds:F3} peak_rss_bytes={x.PeakBytes} allocated_bytes={x.AllocatedBytes}"));
        }
        return text.ToString();
    }

    private static string FirstLine(string text) => text.Length == 0 ? "(nothing on standard error)" : text.Split('\n')[0].Trim();

    // The 1-, 5- and 15-minute load averages: on a 2-core machine shared with other work they say how far to trust one run's times.
    private static string LoadAverage()
    {
        try { return string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "n/a"; }
    }

    private static string Verdict(bool met) => met ? "**met**" : "**not met**";

    private static string Mib(long? bytes) => bytes is { } b ? (b / 1048576.0).ToString("F0", CultureInfo.InvariantCulture) : "n/a";

    private static string Raw<T>(T? value) where T : struct, IFormattable => value is { } v ? v.ToString(null, CultureInfo.InvariantCulture) : "n/a";
}
