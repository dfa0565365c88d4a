using System.Diagnostics;
using System.Globalization;
using ClaimAudit.Bench;

// claimaudit bench: generates a synthetic batch, then measures in separate child processes (so each
// phase has its own peak memory) a raw Sep parse of the file and the full audit of the same file.
//   dotnet run -c Release --project bench/ClaimAudit.Bench -- [--lines N] [--keep]
// --xlsx instead writes one .xlsx billing export (100,000 rows unless --lines) and reads it with
// each candidate .xlsx library, --rounds times (5 by default), reporting medians and the ratio.
var options = BenchOptions.Parse(args);
if (options.Phase is not null) return Phases.Run(options.Phase, options.File!);
if (options.Xlsx) return XlsxBench.Run(options, RunChild);

var file = options.File ?? Path.Combine(Path.GetTempPath(), $"claimaudit-bench-{options.Lines}.csv");
var sw = Stopwatch.StartNew();
var rows = SyntheticBatch.Write(file, options.Lines);
Console.WriteLine($"generated {rows:N0} lines ({new FileInfo(file).Length / 1048576.0:F1} MiB) in {sw.Elapsed.TotalSeconds:F1} s: {file}");

string[] phases = ["parse", "ingest", "audit"];
var results = phases.Select(phase => RunChild(phase, file)).ToList();
Console.WriteLine();
Console.WriteLine($"{"phase",-8} {"lines",12} {"seconds",9} {"lines/s",12} {"peak MiB",9}");
foreach (var r in results)
    Console.WriteLine($"{r.Phase,-8} {r.Lines,12:N0} {r.Seconds,9:F2} {r.Lines / r.Seconds,12:N0} {r.PeakBytes / 1048576.0,9:F1}");
if (!options.Keep && options.File is null) File.Delete(file);
return 0;

static PhaseResult RunChild(string phase, string file)
{
    var self = Environment.ProcessPath!;
    var dll = typeof(SyntheticBatch).Assembly.Location;
    var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(self) == "dotnet") psi.ArgumentList.Add(dll);
    foreach (var a in new[] { "--phase", phase, "--file", file }) psi.ArgumentList.Add(a);
    using var child = Process.Start(psi)!;
    var output = child.StandardOutput.ReadToEnd();
    child.WaitForExit();
    if (child.ExitCode != 0) throw new InvalidOperationException($"phase {phase} failed: {output}");
    var parts = output.Trim().Split(' ');
    return new PhaseResult(phase, long.Parse(parts[0], CultureInfo.InvariantCulture),
        double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture),
        long.Parse(parts[3], CultureInfo.InvariantCulture));
}

internal sealed record PhaseResult(string Phase, long Lines, double Seconds, long PeakBytes, long AllocatedBytes);
