using System.Text.Json;

namespace ClaimAudit.Core.Ingest;

/// <summary>
/// What the onboarding dry run found: the file's format (and sheet), how its header is understood,
/// and, when the file cannot be audited as it is, why (<see cref="FileError"/>; the mapping is still
/// there when the header was read, so the user sees what was recognised).
/// </summary>
public sealed record HeaderPreview(InputFormat Format, string? Sheet, HeaderMapping? Mapping, string? FileError)
{
    /// <summary>
    /// The dry run of a file: only its header is read (no payer is looked up, no note analysed), within
    /// the size limit. See <see cref="BatchReader.PreviewHeader"/>.
    /// </summary>
    public static HeaderPreview Of(Stream input, InputFormat format, IngestOptions? options = null, IngestLimits? limits = null) =>
        new BatchReader(_ => null, Documentation.NoteAnalyzer.Default, limits).PreviewHeader(input, format, options);

    /// <summary>
    /// The preview as JSON — the body of <c>POST /api/column-map/preview</c> and of
    /// <c>claimaudit columns --json</c>: <c>{"format", "sheet", "ok", "error", "fields": [{"field",
    /// "required", "columns": [{"header", "column", "match"}]}], "ignored": [{"header", "column"}],
    /// "missingRequired": []}</c>. Columns are spreadsheet letters; match is name, alias or columnMap.
    /// </summary>
    public void WriteJson(Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("format", Format.ToString().ToLowerInvariant());
        if (Sheet is null) json.WriteNull("sheet"); else json.WriteString("sheet", Sheet);
        json.WriteBoolean("ok", FileError is null);
        if (FileError is null) json.WriteNull("error"); else json.WriteString("error", FileError);
        json.WriteStartArray("fields");
        foreach (var field in Mapping?.Fields ?? [])
        {
            json.WriteStartObject();
            json.WriteString("field", field.Field);
            json.WriteBoolean("required", field.Required);
            json.WriteStartArray("columns");
            foreach (var column in field.Columns) WriteColumn(json, column, withMatch: true);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("ignored");
        foreach (var column in Mapping?.Ignored ?? []) WriteColumn(json, column, withMatch: false);
        json.WriteEndArray();
        json.WriteStartArray("missingRequired");
        foreach (var field in Mapping?.MissingRequired ?? []) json.WriteStringValue(field);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteColumn(Utf8JsonWriter json, HeaderColumn column, bool withMatch)
    {
        json.WriteStartObject();
        json.WriteString("header", column.Header);
        json.WriteString("column", HeaderMapping.ColumnLetters(column.Index));
        if (withMatch) json.WriteString("match", MatchName(column.Match));
        else if (column.Match == HeaderMatch.ColumnMap) json.WriteString("reason", "ignored by the column map");
        json.WriteEndObject();
    }

    public static string MatchName(HeaderMatch match) => match switch
    {
        HeaderMatch.Name => "name",
        HeaderMatch.Alias => "alias",
        _ => "columnMap",
    };
}
