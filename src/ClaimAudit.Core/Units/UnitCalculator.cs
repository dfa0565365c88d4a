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
            var i = merged.FindIndex(m => m.Code == code);
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
        var total = CmsTotalUnits(merged.Sum(l => l.CountedMinutes));
        var units = merged.Select(l => l.CountedMinutes / UnitMinutes).ToArray();
        var leftover = total - units.Sum();
        var order = Enumerable.Range(0, merged.Count)
            .Where(i => merged[i].CountedMinutes % UnitMinutes > 0)
            .OrderByDescending(i => merged[i].CountedMinutes % UnitMinutes)
            .ThenByDescending(i => merged[i].CountedMinutes)
            .ThenByDescending(i => merged[i].Rate)
            .ThenBy(i => merged[i].Code, StringComparer.Ordinal);
        foreach (var i in order)
        {
            if (leftover <= 0) break;
            units[i]++;
            leftover--;
        }
        return merged.Select((l, i) => new CodeUnits(l.Code, l.CountedMinutes, units[i])).ToList();
    }
}
