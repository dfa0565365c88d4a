namespace ClaimAudit.Core.Ingest;

/// <summary>
/// Interns the strings a batch repeats on every row (codes, modifiers, payer ids, diagnosis codes)
/// so a million-line batch holds each distinct value once. Looked up by span, so a repeat costs no
/// allocation. Capped so a file of all-distinct junk cannot grow it without bound; past the cap
/// values are simply not shared.
/// </summary>
internal sealed class StringPool
{
    private readonly int _capacity;
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool(int capacity = 50_000)
    {
        _capacity = capacity;
        _lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        if (_lookup.TryGetValue(text, out var pooled)) return pooled;
        var created = new string(text);
        if (_pool.Count < _capacity) _pool[created] = created;
        return created;
    }

    /// <summary>The pooled upper-case (invariant) form of <paramref name="text"/>.</summary>
    public string GetUpper(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.ToUpperInvariant(buffer);
        return Get(buffer);
    }

    /// <summary>The pooled lower-case (invariant) form of <paramref name="text"/>.</summary>
    public string GetLower(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.ToLowerInvariant(buffer);
        return Get(buffer);
    }
}
