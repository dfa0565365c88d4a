namespace ClaimAudit.Core.Units;

/// <summary>Minutes of one timed code in a visit (same-code lines already added together) and its payer rate for tie-breaks.</summary>
internal readonly record struct TimedMinutes(string Code, int CountedMinutes, decimal Rate = 0m);

/// <summary>Units allocated to one code.</summary>
internal readonly record struct CodeUnits(string Code, int Minutes, int Units);

/// <summary>The unit methods of PRODUCT.md section 3. Pure arithmetic, no payer lookups.</summary>
internal static class UnitCalculator
{
    public const int UnitMinutes = 15;

    /// <summary>
    /// Units per code. Codes appearing more than once are added together first. The result keeps
    /// the order in which codes first appear.
    /// </summary>
    public static IReadOnlyList<CodeUnits> Compute(UnitMethod method, IEnumerable<TimedMinutes> lines)
    {
        var merged = Merge(lines);
        return method switch
        {
            UnitMethod.Cms => Cms(merged),
            UnitMethod.Ama => merged.Select(l => new CodeUnits(l.Code, l.CountedMinutes,
                l.CountedMinutes / UnitMinutes + (l.CountedMinutes % UnitMinutes >= 8 ? 1 : 0))).ToList(),
            UnitMethod.Strict => merged.Select(l => new CodeUnits(l.Code, l.CountedMinutes, l.CountedMinutes / UnitMinutes)).ToList(),
            _ => throw new ArgumentOutOfRangeException(nameof(method)),
        };
    }

    /// <summary>Total units the 8-minute rule allows for T timed minutes: (T + 7) / 15.</summary>
    public static int CmsTotalUnits(int totalMinutes) => totalMinutes <= 0 ? 0 : (totalMinutes + 7) / UnitMinutes;

    private static List<TimedMinutes> Merge(IEnumerable<TimedMinutes> lines)
    {
        var merged = new List<TimedMinutes>();
        foreach (var line in lines)
        {
            var code = line.Code.Trim().ToUpperInvariant();
            // A loop, not FindIndex: its predicate would capture the code, a closure a line on every visit.
            var i = merged.Count - 1;
            while (i >= 0 && merged[i].Code != code) i--;
            if (i < 0) merged.Add(line with { Code = code, CountedMinutes = Math.Max(0, line.CountedMinutes) });
            else merged[i] = merged[i] with { CountedMinutes = merged[i].CountedMinutes + Math.Max(0, line.CountedMinutes), Rate = Math.Max(merged[i].Rate, line.Rate) };
        }
        return merged;
    }

    // Medicare: total units from the visit's total timed minutes; each code first gets its whole
    // quarter-hours, the units left over go one each to the largest remainders. Ties: more counted
    // minutes, then the higher rate, then the lower code.
    private static List<CodeUnits> Cms(List<TimedMinutes> merged)
    {
        var minutes = 0;
        foreach (var line in merged) minutes += line.CountedMinutes;
        var leftover = CmsTotalUnits(minutes);
        var units = new int[merged.Count];
        for (var i = 0; i < merged.Count; i++) leftover -= units[i] = merged[i].CountedMinutes / UnitMinutes;
        if (leftover > 0)
        {
            // Codes with a remainder, best first: a stable insertion sort (a visit has a few codes;
            // the LINQ sort it replaces built four key arrays and a delegate a visit).
            var order = new int[merged.Count];
            var count = 0;
            for (var i = 0; i < merged.Count; i++)
            {
                if (merged[i].CountedMinutes % UnitMinutes == 0) continue;
                var at = count++;
                while (at > 0 && OutranksForLeftover(merged[i], merged[order[at - 1]])) order[at] = order[--at];
                order[at] = i;
            }
            for (var k = 0; k < count && leftover > 0; k++, leftover--) units[order[k]]++;
        }
        var result = new List<CodeUnits>(merged.Count);
        for (var i = 0; i < merged.Count; i++) result.Add(new CodeUnits(merged[i].Code, merged[i].CountedMinutes, units[i]));
        return result;
    }

    // Larger remainder, then more counted minutes, then the higher rate, then the lower code.
    private static bool OutranksForLeftover(TimedMinutes a, TimedMinutes b)
    {
        if (a.CountedMinutes % UnitMinutes != b.CountedMinutes % UnitMinutes) return a.CountedMinutes % UnitMinutes > b.CountedMinutes % UnitMinutes;
        if (a.CountedMinutes != b.CountedMinutes) return a.CountedMinutes > b.CountedMinutes;
        if (a.Rate != b.Rate) return a.Rate > b.Rate;
        return string.CompareOrdinal(a.Code, b.Code) < 0;
    }
}
