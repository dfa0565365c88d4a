namespace ClaimAudit.Core.Ingest;

/// <summary>How one header cell was read: by our own name, a built-in alias, or the clinic's column map.</summary>
public enum HeaderMatch { Name, Alias, ColumnMap }

/// <summary>A header cell of the file: its text, its 0-based position and how it was matched.</summary>
public sealed record HeaderColumn(string Header, int Index, HeaderMatch Match);

/// <summary>One of our fields and the file's columns that fill it (several for modifiers and diagnoses).</summary>
public sealed record FieldColumns(string Field, bool Required, IReadOnlyList<HeaderColumn> Columns);

/// <summary>
/// How a file's header row is understood (PRODUCT.md sections 2 and 13): which of its columns fill
/// which of our fields, which are ignored, which required fields are missing, and, when it cannot be
/// read, why. The same mapping drives the audit and the onboarding dry run (<c>claimaudit
/// columns</c>, <c>POST /api/column-map/preview</c>).
/// </summary>
public sealed class HeaderMapping
{
    private HeaderMapping(IReadOnlyList<FieldColumns> fields, IReadOnlyList<HeaderColumn> ignored, IReadOnlyList<string> missing, string? error, (int, Column)[] bindings)
    {
        Fields = fields;
        Ignored = ignored;
        MissingRequired = missing;
        Error = error;
        Bindings = bindings;
    }

    /// <summary>Every field of section 2, in the order of its table; <see cref="FieldColumns.Columns"/> is empty for a field the file does not have.</summary>
    public IReadOnlyList<FieldColumns> Fields { get; }
    /// <summary>Columns not read: not one of ours, or mapped to "ignore". Blank header cells are not listed.</summary>
    public IReadOnlyList<HeaderColumn> Ignored { get; }
    public IReadOnlyList<string> MissingRequired { get; }
    /// <summary>Why the file cannot be audited with this header (no known column, two columns for one field, a required field missing); null when it can.</summary>
    public string? Error { get; }

    /// <summary>The row names none of our fields: not a header at all (a report title above it, or data).</summary>
    public bool NamesNoField => Bindings.Length == 0;

    /// <summary>
    /// For a first row that is no header: whether this later row looks like the one (it names at
    /// least three of our fields), so the error can say where the header is. Exports from billing
    /// systems often put a report title and a blank line above it.
    /// </summary>
    internal static string? HeaderFurtherDown(HeaderMapping candidate, int rowNumber) =>
        candidate.Bindings.Length >= 3
            ? $"; row {rowNumber} looks like the header ({string.Join(", ", candidate.Fields.Where(f => f.Columns.Count > 0).Take(4).Select(f => f.Columns[0].Header))}, …): delete the rows above it"
            : null;

    /// <summary>How many rows after a first row that is no header are searched for one.</summary>
    internal const int HeaderSearchRows = 20;

    /// <summary>(file column, field) pairs in file column order; list fields appear once per column, in order.</summary>
    internal (int Source, Column Field)[] Bindings { get; }

    /// <summary>The name a row error uses for a field: ours, with the file's header when it differs ("visit_id (Encounter ID)").</summary>
    internal string[] MessageNames()
    {
        var names = (string[])Columns.CsvNames.Clone();
        foreach (var field in Fields)
        {
            if (field.Columns.Count != 1) continue;
            var header = field.Columns[0].Header;
            if (Columns.Key(header) != Columns.Key(field.Field)) names[Array.IndexOf(Columns.CsvNames, field.Field)] = $"{field.Field} ({header})";
        }
        return names;
    }

    public static HeaderMapping Of(IReadOnlyList<string> headers, ColumnMap? map = null)
    {
        map ??= ColumnMap.Empty;
        var byField = new List<HeaderColumn>[Columns.Count];
        var ignored = new List<HeaderColumn>();
        var bindings = new List<(int, Column)>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            if (header.Length == 0) continue;
            Column column;
            HeaderMatch match;
            if (map.TryGet(header, out var mapped))
            {
                if (mapped is null) { ignored.Add(new HeaderColumn(header, i, HeaderMatch.ColumnMap)); continue; }
                (column, match) = (mapped.Value, HeaderMatch.ColumnMap);
            }
            else if (Columns.TryMatchName(header, out column)) match = HeaderMatch.Name;
            else if (Columns.TryMatchAlias(header, out column)) match = HeaderMatch.Alias;
            else { ignored.Add(new HeaderColumn(header, i, HeaderMatch.Name)); continue; } // unknown columns are ignored
            (byField[(int)column] ??= []).Add(new HeaderColumn(header, i, match));
            bindings.Add((i, column));
        }

        var problems = new List<string>();
        for (var c = 0; c < Columns.Count; c++)
        {
            var columns = byField[c];
            if (columns is null || columns.Count < 2) continue;
            var column = (Column)c;
            // Split columns fold ("Mod 1" … "Mod 4"); the same header twice is still a clash.
            var clash = Columns.IsList(column)
                ? columns.GroupBy(h => Columns.Key(h.Header)).FirstOrDefault(g => g.Count() > 1)?.ToList()
                : columns;
            if (clash is null) continue;
            problems.Add($"columns {string.Join(" and ", clash.Select(Describe))} both map to {Columns.CsvNames[c]}; keep one, or map the other to \"{ColumnMap.Ignore}\" in the column map");
        }

        var fields = new FieldColumns[Columns.Count];
        for (var c = 0; c < Columns.Count; c++)
            fields[c] = new FieldColumns(Columns.CsvNames[c], Columns.Required.Contains((Column)c), byField[c] ?? (IReadOnlyList<HeaderColumn>)[]);
        var missing = Columns.Required.Where(c => byField[(int)c] is null).Select(c => Columns.CsvNames[(int)c]).ToList();

        string? error = null;
        if (bindings.Count == 0)
        {
            var required = string.Join(", ", Columns.Required.Select(c => Columns.CsvNames[(int)c]));
            error = $"no header row: the first line must name the columns, at least {required} (it names none of the expected columns)";
        }
        else
        {
            if (missing.Count > 0)
                problems.Add($"required column{(missing.Count == 1 ? "" : "s")} missing from the header: {string.Join(", ", missing)}" +
                             " (if the export calls it something else, name it in the column map)");
            if (problems.Count > 0) error = string.Join("; ", problems);
        }
        return new HeaderMapping(fields, ignored, missing, error, [.. bindings]);
    }

    private static string Describe(HeaderColumn column) => $"{VisitAssembler.Quote(column.Header)} (column {ColumnLetters(column.Index)})";

    /// <summary>A spreadsheet's column letters for a 0-based index: 0 → A, 26 → AA.</summary>
    public static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
