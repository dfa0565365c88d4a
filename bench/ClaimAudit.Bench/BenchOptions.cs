using System.Globalization;

namespace ClaimAudit.Bench;

/// <param name="Sizes">Every batch size to generate and measure side by side (--lines 1000000,4000000).</param>
/// <param name="Cli">A built claimaudit.dll to run instead of building src/ClaimAudit.Cli in Release.</param>
/// <param name="InProcess">Also run the in-process ingest and audit phases at each size.</param>
/// <param name="OnePatient">Visit counts of the one-patient, one-day batch to audit side by side (--one-patient 15k,30k); null for the scale bench.</param>
/// <param name="LongNote">Lengths in characters of one note read side by side in each shape (--long-note 100k,900k); null for the scale bench.</param>
internal sealed record BenchOptions(IReadOnlyList<int> Sizes, string? File, string? Phase, bool Keep, bool Xlsx, int Rounds, string? Cli, bool InProcess,
    IReadOnlyList<int>? OnePatient = null, IReadOnlyList<int>? LongNote = null)
{
    /// <summary>The first size: the --xlsx mode and the --phase children measure one size at a time.</summary>
    public int Lines => Sizes[0];

    public static BenchOptions Parse(string[] args)
    {
        List<int>? sizes = null, onePatient = null, longNote = null;
        string? file = null, phase = null, cli = null;
        bool keep = false, xlsx = false, inProcess = false;
        var rounds = 5;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--lines": sizes = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseCount)]; break;
                case "--file": file = args[++i]; break;
                case "--phase": phase = args[++i]; break;
                case "--keep": keep = true; break;
                case "--xlsx": xlsx = true; break;
                case "--rounds": rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--cli": cli = args[++i]; break;
                case "--in-process": inProcess = true; break;
                case "--one-patient": onePatient = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseCount)]; break;
                case "--long-note": longNote = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseCount)]; break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}' (use --lines N[,N...], --file PATH, --keep, --cli claimaudit.dll, --in-process, --xlsx [--rounds N], --one-patient N,N[,...], --long-note N,N[,...])");
            }
        }
        if (onePatient is not null && (onePatient.Count < 2 || onePatient.Any(n => n <= 0)))
            throw new ArgumentException("--one-patient takes two or more positive visit counts, e.g. --one-patient 15k,30k");
        // (A row's note may hold at most 1,000,000 characters: longer ones are rejected before they are read.)
        if (longNote is not null && (longNote.Count < 2 || longNote.Any(n => n is <= 0 or > 1_000_000)))
            throw new ArgumentException("--long-note takes two or more note lengths of 1 to 1,000,000 characters, e.g. --long-note 100k,900k");
        if (sizes is { Count: 0 } || sizes?.Any(n => n <= 0) == true) throw new ArgumentException("--lines takes positive counts, e.g. --lines 1000000,4000000 (or 1M,4M)");
        // A billing export opened in Excel is far smaller than a CSV batch: 100,000 rows is a big one.
        return new BenchOptions(sizes ?? [xlsx ? 100_000 : 1_000_000], file, phase, keep, xlsx, Math.Max(1, rounds), cli, inProcess, onePatient, longNote);
    }

    // "4000000", "4_000_000", "4M" and "500k" all read as line counts.
    private static int ParseCount(string text)
    {
        var digits = text.Replace("_", "", StringComparison.Ordinal);
        var multiplier = 1;
        if (digits.EndsWith('k') || digits.EndsWith('K')) (multiplier, digits) = (1_000, digits[..^1]);
        else if (digits.EndsWith('m') || digits.EndsWith('M')) (multiplier, digits) = (1_000_000, digits[..^1]);
        return checked(int.Parse(digits, CultureInfo.InvariantCulture) * multiplier);
    }
}
