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
            var order = items
                .OrderByDescending(i => (lines[i].Billed ?? 0) > result[i])
                .ThenByDescending(i => Math.Max(0, lines[i].CountedMinutes) % UnitCalculator.UnitMinutes)
                .ThenByDescending(i => lines[i].CountedMinutes)
                .ThenBy(i => lines[i].Visit)
                .ToList();
            for (var k = 0; left > 0 && order.Count > 0; k = (k + 1) % order.Count, left--)
                result[order[k]]++;
        }
        return result;
    }
}
