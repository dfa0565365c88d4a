using System.Diagnostics;
using System.Globalization;

namespace ClaimAudit.Bench;

/// <summary>One full audit through the real CLI, as a user runs it: <c>dotnet claimaudit.dll audit FILE --out - --format json</c>.</summary>
/// <param name="ExitCode">The CLI's exit code; 128 + N when it was killed by signal N (the OOM killer sends 9).</param>
/// <param name="PeakBytes">Peak RSS from wait4 (GNU time's %M), or the process's own VmHWM when time is not installed.</param>
/// <param name="AllocatedBytes">What the CLI process allocated (GC.GetTotalAllocatedBytes, read at exit by <see cref="StartupHook"/>); null if it never got to exit.</param>
/// <param name="ReportBytes">Bytes the CLI wrote to standard output, counted and discarded.</param>
internal sealed record CliAuditResult(int ExitCode, double Seconds, double? CpuSeconds, long? PeakBytes, long? SelfPeakBytes, long? AllocatedBytes,
    int? Gen2Collections, long ReportBytes, string ErrorTail)
{
    public bool Succeeded => ExitCode == 0;
}

internal static class CliAudit
{
    private const string GnuTime = "/usr/bin/time";

    /// <summary>Builds src/ClaimAudit.Cli in Release (a no-op when it is up to date) and returns the path of its dll.</summary>
    public static string BuildRelease()
    {
        var project = Path.Combine(RepositoryRoot(), "src", "ClaimAudit.Cli", "ClaimAudit.Cli.csproj");
        Console.WriteLine($"building {project} in Release ...");
        var (exit, output) = RunDotnet("build", project, "-c", "Release", "--nologo", "-v", "q");
        if (exit != 0) throw new InvalidOperationException($"building the CLI failed (exit {exit}):\n{output}\nBuild it yourself (dotnet build src/ClaimAudit.Cli -c Release) and pass --cli PATH/claimaudit.dll.");
        // The assembly name comes from the project (claimaudit), not from a guess here.
        var (_, targetPath) = RunDotnet("msbuild", project, "-p:Configuration=Release", "-nologo", "-getProperty:TargetPath");
        var dll = targetPath.Trim();
        if (!File.Exists(dll)) throw new InvalidOperationException($"the CLI build reported '{dll}', which does not exist");
        return dll;
    }

    public static CliAuditResult Run(string cliDll, string file)
    {
        var statsFile = Path.GetTempFileName();
        var timeFile = Path.GetTempFileName();
        try
        {
            var useTime = File.Exists(GnuTime);
            var psi = new ProcessStartInfo(useTime ? GnuTime : "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (useTime) foreach (var a in new[] { "-o", timeFile, "-f", "%M %e %U %S", "dotnet" }) psi.ArgumentList.Add(a);
            foreach (var a in new[] { cliDll, "audit", file, "--out", "-", "--format", "json" }) psi.ArgumentList.Add(a);
            // Workstation GC, as the CLI ships; the hook reads the allocation count from inside the CLI.
            psi.Environment["DOTNET_gcServer"] = "0";
            psi.Environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location;
            psi.Environment[StartupHook.StatsFileVariable] = statsFile;

            var sw = Stopwatch.StartNew();
            using var child = Process.Start(psi)!;
            var errors = child.StandardError.ReadToEndAsync();
            var reportBytes = CountAndDiscard(child.StandardOutput.BaseStream);
            child.WaitForExit();
            sw.Stop();

            var error = errors.GetAwaiter().GetResult().Trim();
            var errorTail = error.Length > 2000 ? "..." + error[^2000..] : error;
            var (peak, cpu) = useTime ? ReadTime(timeFile) : (null, null);
            var stats = File.ReadAllText(statsFile).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long? allocated = null, selfPeak = null;
            int? gen2 = null;
            if (stats.Length >= 5)
            {
                allocated = long.Parse(stats[0], CultureInfo.InvariantCulture);
                selfPeak = long.Parse(stats[1], CultureInfo.InvariantCulture);
                gen2 = int.Parse(stats[4], CultureInfo.InvariantCulture);
            }
            return new CliAuditResult(child.ExitCode, sw.Elapsed.TotalSeconds, cpu, peak ?? selfPeak, selfPeak, allocated, gen2, reportBytes, errorTail);
        }
        finally
        {
            File.Delete(statsFile);
            File.Delete(timeFile);
        }
    }

    // The report is only counted: writing 1-2 GB of JSON to disk would measure the disk, not the audit.
    private static long CountAndDiscard(Stream output)
    {
        var buffer = new byte[1 << 20];
        long total = 0;
        int read;
        while ((read = output.Read(buffer)) > 0) total += read;
        return total;
    }

    // GNU time writes "Command exited with non-zero status N" (or "terminated by signal") before the format line; the numbers are the last line.
    private static (long? PeakBytes, double? CpuSeconds) ReadTime(string timeFile)
    {
        var last = File.ReadAllLines(timeFile).LastOrDefault(l => l.Length > 0);
        var parts = last?.Split(' ');
        if (parts is not { Length: 4 } || !long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib)) return (null, null);
        var user = double.Parse(parts[2], CultureInfo.InvariantCulture);
        var system = double.Parse(parts[3], CultureInfo.InvariantCulture);
        return (kib * 1024, user + system);
    }

    private static (int ExitCode, string Output) RunDotnet(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + errors.GetAwaiter().GetResult());
    }

    // The folder holding Functions.sln, looked for above the bench's binaries, then above the working directory.
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("cannot find Functions.sln above the bench; pass --cli PATH/claimaudit.dll");
    }
}
