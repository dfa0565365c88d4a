using System.Globalization;

namespace ClaimAudit.Fuzz;

/// <param name="Cases">How many mutated batches to run (--cases, default 100,000: issue 14's target).</param>
/// <param name="Seed">The run seed: the same seed gives the same cases (--seed, default 1).</param>
/// <param name="Out">Where failing cases are written (--out, default a new temp directory).</param>
/// <param name="Samples">The seed batches (--samples, default the repository's samples/).</param>
/// <param name="Case">Rerun this one case of the run and print what it did (--case N).</param>
/// <param name="Minimize">Shrink one case of each distinct crash or violation to a small reproducer (--no-minimize to skip).</param>
internal sealed record FuzzOptions(long Cases, int Seed, string Out, string Samples, int Threads, double SlowSeconds, long? Case, bool Minimize)
{
    public static FuzzOptions Parse(string[] args)
    {
        long cases = 100_000;
        var seed = 1;
        string? output = null, samples = null;
        var threads = Environment.ProcessorCount;
        var slow = 1.0;
        long? single = null;
        var minimize = true;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--cases": cases = long.Parse(Value().Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--out": output = Value(); break;
                case "--samples": samples = Value(); break;
                case "--threads": threads = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--slow-seconds": slow = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--case": single = long.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--no-minimize": minimize = false; break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}' (use --cases N, --seed N, --out DIR, --samples DIR, --threads N, --slow-seconds S, --case N, --no-minimize)");
            }
        }
        if (cases <= 0) throw new ArgumentException("--cases takes a positive count");
        if (threads <= 0) throw new ArgumentException("--threads takes a positive count");
        output ??= Path.Combine(Path.GetTempPath(), $"claimaudit-fuzz-{seed.ToString(CultureInfo.InvariantCulture)}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        return new FuzzOptions(cases, seed, output, samples ?? FindSamples(), threads, slow, single, minimize);
    }

    // The repository's samples/, found above the working directory or the program.
    private static string FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) return Path.Combine(dir.FullName, "samples");
        }
        throw new ArgumentException("samples/ not found above the working directory; give --samples DIR");
    }
}
