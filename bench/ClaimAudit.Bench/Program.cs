using System.Diagnostics;
using System.Globalization;
using ClaimAudit.Bench;

// claimaudit bench: generates a synthetic batch at each size, then measures side by side, each in its
// own child process (so each has its own peak memory), a raw Sep parse of the file and the full
// audit through the real CLI (built in Release first), and checks issue 9's targets.
//   dotnet run -c Release --project bench/ClaimAudit.Bench -- [--lines 1000000,4000000] [--keep]
//     [--file PATH] [--cli PATH/claimaudit.dll] [--in-process]
// --in-process adds the engine's ingest alone and its full audit run in a bench process (old table).
// --xlsx instead writes one .xlsx billing export (100,000 rows unless --lines) and reads it with
// each candidate .xlsx library, --rounds times (5 by default), reporting medians and the ratio.
// --one-patient 15k,30k audits batches of that many visits of one patient on one date (issue 14)
// and reports how the time grows with the visits.
// --long-note 100k,900k reads one note of each length in shapes that once took time growing with the
// square of the length, and reports how the time grows with the length.
var options = BenchOptions.Parse(args);
if (options.Phase is not null) return Phases.Run(options.Phase, options.File!);
if (options.Xlsx) return XlsxBench.Run(options, RunChild);
if (options.OnePatient is not null) return OnePatientBench.Run(options);
if (options.LongNote is not null) return LongNoteBench.Run(options);
return ScaleBench.Run(options, RunChild);

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
    if (child.ExitCode != 0) throw new InvalidOperationException($"phase {phase} failed (exit {child.ExitCode}): {output}");
    var parts = output.Trim().Split(' ');
    return new PhaseResult(phase, long.Parse(parts[0], CultureInfo.InvariantCulture),
        double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture),
        long.Parse(parts[3], CultureInfo.InvariantCulture));
}

internal sealed record PhaseResult(string Phase, long Lines, double Seconds, long PeakBytes, long AllocatedBytes);
