using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// What the rules said of one visit: its findings in the order the rules found them, and the
/// modifiers each of its lines must carry (section 4). Required modifiers are kept as a bit mask per
/// line over the few modifiers the rules ever require, so a visit's result costs no set per line.
/// </summary>
internal sealed class RuleOutput
{
    // Every modifier a rule may require, in the ordinal order the report lists them.
    private static readonly string[] Known = ["59", "CO", "CQ", "GN", "GO", "GP", "KX", "XE", "XP", "XS", "XU"];

    private readonly IReadOnlyList<CodeLine> _lines;
    private readonly int[] _required;
    // A modifier outside Known (a profile's own distinct-service modifier): rare, kept apart.
    private List<(int Line, string Modifier)>? _others;

    public RuleOutput(IReadOnlyList<CodeLine> lines)
    {
        _lines = lines;
        _required = new int[lines.Count];
    }

    public List<Finding> Findings { get; } = [];

    public void Add(Finding finding) => Findings.Add(finding);

    /// <summary>Records that <paramref name="line"/> (a line of this visit) must carry <paramref name="modifier"/>.</summary>
    public void Require(CodeLine line, string modifier)
    {
        var index = IndexOf(line);
        var bit = Array.IndexOf(Known, modifier);
        if (bit >= 0) _required[index] |= 1 << bit;
        else if (!(_others ??= []).Contains((index, modifier))) _others.Add((index, modifier));
    }

    /// <summary>The modifiers the line at <paramref name="index"/> must carry, without duplicates, in ordinal order.</summary>
    public IReadOnlyList<string> RequiredOf(int index)
    {
        var mask = _required[index];
        if (mask == 0 && _others is null) return [];
        var result = new List<string>(4);
        for (var bit = 0; bit < Known.Length; bit++)
            if ((mask & (1 << bit)) != 0) result.Add(Known[bit]);
        if (_others is not null)
        {
            foreach (var (line, modifier) in _others)
                if (line == index) result.Add(modifier);
            result.Sort(StringComparer.Ordinal);
        }
        return result;
    }

    public IReadOnlyList<string> RequiredOf(CodeLine line) => RequiredOf(IndexOf(line));

    private int IndexOf(CodeLine line)
    {
        for (var i = 0; i < _lines.Count; i++)
            if (ReferenceEquals(_lines[i], line)) return i;
        throw new ArgumentException("the line is not one of this visit's", nameof(line));
    }
}
