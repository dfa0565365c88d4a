namespace ClaimAudit.Core.Ingest;

/// <summary>
/// A clinic's own header names for our fields (PRODUCT.md section 13): <c>{"Their Header":
/// "our_field"}</c>, laid over the built-in aliases. A header mapped to <c>"ignore"</c> is not read,
/// which is how an export with two candidate columns for one field (say "Payer ID" and "Payer
/// Name") picks one. Headers match like every header (case, spaces and <c>_-#./</c> ignored).
/// </summary>
public sealed class ColumnMap
{
    public const string Ignore = "ignore";

    private readonly Dictionary<string, int> _byKey; // -1 = ignore

    private ColumnMap(List<KeyValuePair<string, string>> entries, Dictionary<string, int> byKey)
    {
        Entries = entries;
        _byKey = byKey;
    }

    public static ColumnMap Empty { get; } = new([], new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>The entries as given, each field written as our CSV name (or <c>ignore</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries { get; }

    public bool IsEmpty => Entries.Count == 0;

    /// <summary>Validates the entries; throws <see cref="InvalidDataException"/> naming every bad one.</summary>
    public static ColumnMap Create(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var list = new List<KeyValuePair<string, string>>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (header, field) in entries)
        {
            var name = header.Trim();
            var key = Columns.Key(name);
            int target;
            if (string.Equals(field.Trim(), Ignore, StringComparison.OrdinalIgnoreCase)) target = -1;
            else if (Columns.TryMatchName(field, out var column)) target = (int)column;
            else
            {
                problems.Add($"{VisitAssembler.Quote(name)} maps to {VisitAssembler.Quote(field)}, which is not a field (use one of {string.Join(", ", Columns.CsvNames)}, or \"{Ignore}\")");
                continue;
            }
            if (key.Length == 0) { problems.Add("a header name may not be blank"); continue; }
            if (!byKey.TryAdd(key, target))
            {
                problems.Add($"{VisitAssembler.Quote(name)} is listed twice (headers are matched ignoring case, spaces and _-#./)");
                continue;
            }
            list.Add(new(name, target < 0 ? Ignore : Columns.CsvNames[target]));
        }
        if (list.Count > NameMapJson.MaxEntries) problems.Add($"at most {NameMapJson.MaxEntries:N0} headers");
        if (problems.Count > 0) throw new InvalidDataException($"the column map is not valid: {string.Join("; ", problems)}");
        return new ColumnMap(list, byKey);
    }

    /// <summary>Reads <c>{"Their Header": "our_field", …}</c>; throws <see cref="InvalidDataException"/> saying what is wrong.</summary>
    public static ColumnMap Parse(ReadOnlySpan<byte> utf8Json) => Create(NameMapJson.Read(utf8Json, "column map"));

    public static ColumnMap Load(Stream json)
    {
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public string ToJson() => NameMapJson.Write(Entries);

    /// <summary>Whether the map names this header; <paramref name="column"/> is null when it says to ignore it.</summary>
    internal bool TryGet(ReadOnlySpan<char> header, out Column? column)
    {
        column = null;
        if (_byKey.Count == 0 || !_byKey.TryGetValue(Columns.Key(header), out var target)) return false;
        if (target >= 0) column = (Column)target;
        return true;
    }
}
