using System.Globalization;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Core.Rules;

/// <summary>Shared wording and look-ups of the section 4 rules, so every message reads the same way.</summary>
internal static class RuleSupport
{
    public static readonly string[] DisciplineModifiers = ["GP", "GO", "GN"];

    /// <summary>
    /// Whether <paramref name="modifiers"/> holds <paramref name="modifier"/> (case-insensitive). An indexed loop:
    /// Enumerable.Contains with a comparer walks the list through an enumerator it allocates, and the modifier
    /// rules ask of every row of every visit.
    /// </summary>
    public static bool Holds(IReadOnlyList<string> modifiers, string modifier)
    {
        for (var i = 0; i < modifiers.Count; i++)
            if (string.Equals(modifiers[i], modifier, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The first of <paramref name="candidates"/> that <paramref name="billed"/> holds, or null.</summary>
    public static string? FirstHeld(IReadOnlyList<string> candidates, IReadOnlyList<string> billed)
    {
        for (var i = 0; i < candidates.Count; i++)
            if (Holds(billed, candidates[i])) return candidates[i];
        return null;
    }

    /// <summary>A finding's amount in whole cents (an assistant's 85 % rate leaves fractions of a cent).</summary>
    public static decimal Dollars(decimal amount) => Model.Money.Cents(amount);

    public static string Money(decimal amount) => Model.Money.Format(amount);

    /// <summary>A payer's rate as a percentage, "85" for 0.85: in the invariant culture, up to two decimals.</summary>
    public static string Percent(decimal rate) => (rate * 100m).ToString("0.##", CultureInfo.InvariantCulture);

    public static string UnitCount(int units) => units == 1 ? "1 unit" : $"{units.ToString(CultureInfo.InvariantCulture)} units";

    /// <summary>Units the claim will carry: the billed units when the clinic said, else the computed ones.</summary>
    public static int ClaimUnits(this CodeLine line) => line.BilledUnits ?? line.ComputedUnits;

    /// <summary>
    /// The line's input rows that bill units: each is a claim line of its own, so modifier rules
    /// judge each (two rows of 97110, one with 59 and one without, are not one line with 59).
    /// </summary>
    public static BilledRowList BilledRows(this CodeLine line) => new(line.Claims);

    /// <summary>The rows of <see cref="BilledRows"/>, walked without allocating (every modifier rule asks on every line).</summary>
    public readonly struct BilledRowList(IReadOnlyList<ClaimRow> rows)
    {
        public Enumerator GetEnumerator() => new(rows);

        public struct Enumerator(IReadOnlyList<ClaimRow> rows)
        {
            private int _index = -1;

            public readonly ClaimRow Current => rows[_index];

            public bool MoveNext()
            {
                while (++_index < rows.Count)
                    if (rows[_index].Units > 0) return true;
                return false;
            }
        }
    }

    /// <summary>
    /// " (row 7)" when the line merges several rows, so the finding says which one — " (ST 0001, segment 23)"
    /// when the row is a position in a file that is not a spreadsheet (an 837P) —; "" for a one-row line.
    /// </summary>
    public static string RowNote(CodeLine line, ClaimRow row) => line.Claims.Count > 1 ? $" ({WhereIs(row.Source)})" : "";

    /// <summary>Where an input line is, as a person finds it in the file: its location (an 837P's segment position) or its row.</summary>
    public static string WhereIs(ServiceLine source) => source.Location ?? $"row {source.Row}";

    public static bool IsTherapyCode(PayerProfile profile, string code) => TherapyCodes.Includes(profile, code);

    /// <summary>"PT" for a physical-therapy line (PT/PTA), "OT", or "SLP": the discipline shown in messages.</summary>
    /// <summary>The article before a role's abbreviation as it is read aloud: "a PT", "a PTA", "an OT", "an OTA", "an SLP".</summary>
    public static string Article(ProviderRole role) => role is ProviderRole.PT or ProviderRole.PTA ? "a" : "an";

    public static string Discipline(ProviderRole role) => role switch
    {
        ProviderRole.PT or ProviderRole.PTA => "physical therapy",
        ProviderRole.OT or ProviderRole.OTA => "occupational therapy",
        _ => "speech-language pathology",
    };

    public static string KxGroupLabel(string kxGroup) => kxGroup == "OT" ? "occupational therapy" : "PT and SLP";

    /// <summary>"20 min of 97112", or "20 counted min of 97112 (5 divided-attention min never count)".</summary>
    public static string MinutesOf(CodeLine line)
    {
        var divided = line.Minutes - line.CountedMinutes;
        return divided > 0
            ? $"{line.CountedMinutes} counted min of {line.Code} ({divided} divided-attention min never count)"
            : $"{line.CountedMinutes} min of {line.Code}";
    }

    public static string MethodPhrase(UnitMethod method) => method switch
    {
        UnitMethod.Ama => "the payer's per-code rule (a partial unit counts from 8 minutes)",
        UnitMethod.Strict => "the payer's whole-15-minute rule",
        _ => "the 8-minute rule",
    };


    /// <summary>
    /// The codes billed (units &gt; 0) for the patient on the visit's date to the same payer, across
    /// every visit of the batch; the visit's own lines are included even when the visit is evaluated
    /// on its own. A payer's edits only see the claims sent to that payer. A look-up per code, so a
    /// visit's same-day work does not grow with the number of visits of the day.
    /// </summary>
    public static SameDayCodes? SameDay(VisitEvaluation e)
    {
        var batch = e.Batch.SameDay(e.Visit.PatientId, e.Visit.DateOfService, e.Visit.PayerId);
        if (e.Batch.Indexed(e.Visit)) return batch;
        foreach (var l in e.Lines)
            if (l.ClaimUnits() > 0) return SameDayCodes.With(batch, e.Visit, e.Lines);
        return batch;
    }

    /// <summary>
    /// KX accumulation: each KX group starts at the patient's year-to-date dollars before the visit
    /// and adds the visit's lines of that group in line order. Yields each line with the total
    /// reached once the line is added.
    /// </summary>
    public static IEnumerable<(CodeLine Line, string KxGroup, decimal Cumulative)> KxWalk(VisitEvaluation e)
    {
        // A visit has at most a few KX groups: running totals in a short list, not a dictionary per visit.
        var groups = new List<(string Group, decimal Total)>(2);
        foreach (var line in e.Lines)
        {
            var group = line.Role.KxGroup();
            var index = -1;
            for (var i = 0; i < groups.Count; i++)
                if (string.Equals(groups[i].Group, group, StringComparison.Ordinal)) { index = i; break; }
            var total = index >= 0 ? groups[index].Total : e.Batch.PriorYtd(e.Visit, group);
            total += line.Value;
            if (index >= 0) groups[index] = (group, total);
            else groups.Add((group, total));
            yield return (line, group, total);
        }
    }

    public static string Year(VisitEvaluation e) => e.Visit.DateOfService.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Says so when the profile has no KX threshold for the year of service and an earlier year's is used.</summary>
    public static string ThresholdYearNote(VisitEvaluation e, int fromYear) =>
        fromYear == e.Visit.DateOfService.Year ? ""
            : $" (the profile has no {Year(e)} threshold yet, so {fromYear.ToString(CultureInfo.InvariantCulture)}'s is used; update the profile when CMS publishes {Year(e)}'s)";

    /// <summary>
    /// The visit's lines that are column 2 of a procedure-to-procedure pair (of the given modifier
    /// indicator) whose column 1 the patient also has on the same date, with those column-1 codes.
    /// </summary>
    public static IEnumerable<(CodeLine Line, List<string> Column1)> PtpColumn2Lines(VisitEvaluation visit, bool modifierAllowed)
    {
        var profile = visit.Profile;
        if (profile.PtpPairs.Count == 0) yield break;
        var sameDay = SameDay(visit);
        if (sameDay is null) yield break;
        foreach (var line in visit.Lines)
        {
            if (line.ClaimUnits() <= 0) continue;
            List<string>? column1 = null;
            foreach (var p in profile.PtpPairs)
            {
                if (p.ModifierAllowed != modifierAllowed || p.Column2 != line.Code) continue;
                if (column1 is not null && column1.Contains(p.Column1)) continue;
                visit.Batch.Work?.SameDay(1);
                if (sameDay.Of(p.Column1) is not null) (column1 ??= []).Add(p.Column1);
            }
            if (column1 is null) continue;
            column1.Sort(StringComparer.Ordinal);
            yield return (line, column1);
        }
    }
}
