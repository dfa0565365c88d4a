namespace ClaimAudit.Bench;

internal sealed record BenchOptions(int Lines, string? File, string? Phase, bool Keep, bool Xlsx, int Rounds)
{
    public static BenchOptions Parse(string[] args)
    {
        int? lines = null;
        string? file = null, phase = null;
        bool keep = false, xlsx = false;
        var rounds = 5;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--lines": lines = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--file": file = args[++i]; break;
                case "--phase": phase = args[++i]; break;
                case "--keep": keep = true; break;
                case "--xlsx": xlsx = true; break;
                case "--rounds": rounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown argument '{args[i]}' (use --lines N, --file PATH, --keep, --xlsx [--rounds N])");
            }
        }
        // A billing export opened in Excel is far smaller than a CSV batch: 100,000 rows is a big one.
        return new BenchOptions(lines ?? (xlsx ? 100_000 : 1_000_000), file, phase, keep, xlsx, Math.Max(1, rounds));
    }
}
