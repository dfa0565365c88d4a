namespace ClaimAudit.Core.Units;

/// <summary>One timed code of one visit on a day: its counted minutes, payer rate and the units the clinic billed (null = not said).</summary>
internal readonly record struct DayLine(int Visit, string Code, int CountedMinutes, decimal Rate = 0m, int? Billed = null);

/// <summary>
/// The 8-minute rule over a day rather than a visit (CMS Pub 100-04 ch. 5 §20.2): a patient seen
/// twice on one date by one discipline has the day's timed minutes counted together, so two
/// 7-minute visits are one unit, not zero. The day's units are allocated per code as for one visit
/// (<see cref="UnitCalculator"/>), then each code's units go back to the visits that furnished it.
/// </summary>
internal static class DayUnits
{
    /// <summary>Units of each day line, in the order given.</summary>
    public static int[] Allocate(IReadOnlyList<DayLine> lines)
    {
        var result = new int[lines.Count];
        var perCode = UnitCalculator.Compute(UnitMethod.Cms, lines.Select(l => new TimedMinutes(l.Code, l.CountedMinutes, l.Rate)));
        foreach (var code in perCode)
        {
            // One line of the code (a code billed once on the day, nearly always): it has all the code's units.
            if (OnlyLineOf(lines, code.Code) is int only)
            {
                result[only] = code.Units;
                continue;
            }
            var items = new List<int>();
            for (var i = 0; i < lines.Count; i++)
                if (string.Equals(lines[i].Code, code.Code, StringComparison.OrdinalIgnoreCase)) items.Add(i);
            var left = code.Units;
            foreach (var i in items)
            {
                result[i] = Math.Min(left, Math.Max(0, lines[i].CountedMinutes) / UnitCalculator.UnitMinutes);
                left -= result[i];
            }
            // The units the code has beyond its visits' whole quarter-hours go first where the clinic
            // billed them (so a correct claim is not reported as over- and under-billed at once),
            // then to the largest remainder, then the larger line, then the earlier visit.
            // One sort: each pass hands one unit to each visit in this order (a visit that got one has no
            // remainder left to outrank the others).
            // Ties broken by line index, so the order is total and the unstable sort gives what a stable one would.
            var order = items.ToArray();
            Array.Sort(order, (x, y) => Outranks(lines[x], result[x], lines[y], result[y]) ? -1
                : Outranks(lines[y], result[y], lines[x], result[x]) ? 1 : x.CompareTo(y));
            for (var k = 0; left > 0 && order.Length > 0; k = (k + 1) % order.Length, left--)
                result[order[k]]++;
        }
        return result;
    }

    private static int? OnlyLineOf(IReadOnlyList<DayLine> lines, string code)
    {
        int? only = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!string.Equals(lines[i].Code, code, StringComparison.OrdinalIgnoreCase)) continue;
            if (only is not null) return null;
            only = i;
        }
        return only;
    }

    // Billed more than its whole quarter-hours first, then the larger remainder, then the larger line, then the earlier visit.
    private static bool Outranks(DayLine a, int aUnits, DayLine b, int bUnits)
    {
        bool aBilled = (a.Billed ?? 0) > aUnits, bBilled = (b.Billed ?? 0) > bUnits;
        if (aBilled != bBilled) return aBilled;
        int aRest = Math.Max(0, a.CountedMinutes) % UnitCalculator.UnitMinutes, bRest = Math.Max(0, b.CountedMinutes) % UnitCalculator.UnitMinutes;
        if (aRest != bRest) return aRest > bRest;
        if (a.CountedMinutes != b.CountedMinutes) return a.CountedMinutes > b.CountedMinutes;
        return a.Visit < b.Visit;
    }
}
