using ClaimAudit.Core.Ingest;

namespace ClaimAudit.Core.Payers;

/// <summary>
/// A clinic's payer names to payer profile ids (PRODUCT.md section 13): exports name the payer
/// ("Medicare Part B", "NORIDIAN JF", "Aetna PPO"), the audit needs a profile. Names are matched
/// ignoring case, spaces and punctuation, so "Medicare - Part B" is "MEDICARE PART B".
/// </summary>
public sealed class PayerMap
{
    private readonly Dictionary<string, string> _byKey;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private PayerMap(List<KeyValuePair<string, string>> entries, Dictionary<string, string> byKey)
    {
        Entries = entries;
        _byKey = byKey;
        _lookup = byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static PayerMap Empty { get; } = new([], new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The entries as given, each profile id lower-cased.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries { get; }

    public bool IsEmpty => Entries.Count == 0;

    /// <summary>
    /// Validates the entries; throws <see cref="InvalidDataException"/> naming every bad one. With
    /// <paramref name="isProfile"/>, each target must be a profile the clinic has.
    /// </summary>
    public static PayerMap Create(IEnumerable<KeyValuePair<string, string>> entries, Func<string, bool>? isProfile = null)
    {
        var list = new List<KeyValuePair<string, string>>();
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (name, target) in entries)
        {
            var key = Key(name);
            var id = target.Trim().ToLowerInvariant();
            if (key.Length == 0) { problems.Add($"{VisitAssembler.Quote(name)} has no letters or digits"); continue; }
            if (id.Length == 0) { problems.Add($"{VisitAssembler.Quote(name)} maps to a blank payer profile id"); continue; }
            if (isProfile is not null && !isProfile(id)) { problems.Add($"{VisitAssembler.Quote(name)} maps to {VisitAssembler.Quote(id)}, which is not a payer profile"); continue; }
            if (!byKey.TryAdd(key, id))
            {
                problems.Add($"{VisitAssembler.Quote(name)} is listed twice (names are matched ignoring case, spaces and punctuation)");
                continue;
            }
            list.Add(new(name.Trim(), id));
        }
        if (problems.Count > 0) throw new InvalidDataException($"the payer map is not valid: {string.Join("; ", problems)}");
        return new PayerMap(list, byKey);
    }

    /// <summary>Reads <c>{"Medicare Part B": "medicare", …}</c>; throws <see cref="InvalidDataException"/> saying what is wrong.</summary>
    public static PayerMap Parse(ReadOnlySpan<byte> utf8Json, Func<string, bool>? isProfile = null) =>
        Create(NameMapJson.Read(utf8Json, "payer map"), isProfile);

    public static PayerMap Load(Stream json, Func<string, bool>? isProfile = null)
    {
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), isProfile);
    }

    public string ToJson() => NameMapJson.Write(Entries);

    /// <summary>The profile id a payer name maps to, or null.</summary>
    public string? Resolve(ReadOnlySpan<char> name)
    {
        if (_byKey.Count == 0) return null;
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return _lookup.TryGetValue(buffer[..Key(name, buffer)], out var id) ? id : null;
    }

    /// <summary>A name as matched: its letters and digits, lower-cased.</summary>
    public static string Key(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return new string(buffer[..Key(name, buffer)]);
    }

    private static int Key(ReadOnlySpan<char> name, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in name)
            if (char.IsLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
        return n;
    }

    /// <summary>
    /// The known names closest to an unknown one — the map's names and the profile ids — for a
    /// rejection that helps: "unknown payer 'Medicare Part-A' (closest known: 'Medicare Part B', …)".
    /// </summary>
    public IReadOnlyList<string> Closest(ReadOnlySpan<char> name, IEnumerable<string> profileIds, int count = 3)
    {
        var key = Key(name);
        var candidates = new Dictionary<string, (string Display, int Distance)>(StringComparer.Ordinal);
        void Consider(string display)
        {
            var candidateKey = Key(display);
            if (candidateKey.Length == 0 || candidates.ContainsKey(candidateKey)) return;
            candidates[candidateKey] = (display, Distance(key, candidateKey));
        }
        foreach (var (mapped, _) in Entries) Consider(mapped);
        foreach (var id in profileIds) Consider(id);
        return candidates.Values
            .OrderBy(c => c.Distance).ThenBy(c => c.Display, StringComparer.OrdinalIgnoreCase)
            .Take(count).Select(c => c.Display).ToList();
    }

    // Edit distance, except that a name contained in the other ("medicare" in "medicareb") is as
    // close as the letters it lacks.
    private static int Distance(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return Math.Max(a.Length, b.Length);
        if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal)) return Math.Abs(a.Length - b.Length);
        return EditDistance(a.Length > 64 ? a[..64] : a, b.Length > 64 ? b[..64] : b);
    }

    /// <summary>The Levenshtein distance: the fewest one-character insertions, deletions and substitutions from one to the other (the CLI's "did you mean" uses it too).</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
