namespace ClaimAudit.Bench;

internal sealed record BenchOptions(int Lines, string? File, string? Phase, bool Keep)
{
    public static BenchOptions Parse(string[] args)
    {
        int lines = 1_000_000;
        string? file = null, phase = null;
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--lines": lines = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--file": file = args[++i]; break;
                case "--phase": phase = args[++i]; break;
                case "--keep": keep = true; break;
                default: throw new ArgumentException($"unknown argument '{args[i]}' (use --lines N, --file PATH, --keep)");
            }
        }
        return new BenchOptions(lines, file, phase, keep);
    }
}
