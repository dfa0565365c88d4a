using System.Globalization;

#pragma warning disable CA1050 // The runtime looks a startup hook up by the exact name "StartupHook", outside any namespace.

/// <summary>
/// Loaded into the real CLI (a child process the bench starts) through DOTNET_STARTUP_HOOKS, so the
/// bench can read what only the process itself knows: how many bytes it allocated. At exit it writes
/// "allocatedBytes peakResidentBytes gen0 gen1 gen2" to the file named by CLAIMAUDIT_BENCH_STATS.
/// It touches only the base library, so loading the bench assembly into the CLI pulls nothing else in,
/// and the CLI itself is run unchanged.
/// </summary>
internal static class StartupHook
{
    public const string StatsFileVariable = "CLAIMAUDIT_BENCH_STATS";

    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable(StatsFileVariable) is not { Length: > 0 } path) return;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture,
                    $"{GC.GetTotalAllocatedBytes(precise: true)} {PeakResidentBytes()} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)}"));
            }
            catch (IOException)
            {
                // A measurement that cannot be written is reported missing by the bench; it must not change the CLI's exit.
            }
        };
    }

    // VmHWM: the process's peak resident set as the kernel counts it.
    private static long PeakResidentBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        return Environment.WorkingSet;
    }
}
