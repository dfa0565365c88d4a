using System.Text.Json;

namespace ClaimAudit.Core.Ingest;

/// <summary>
/// Reads the small <c>{"Their name": "our name"}</c> files a clinic writes by hand — the column map
/// and the payer map (PRODUCT.md section 13) — with every problem named, never a stack trace.
/// </summary>
internal static class NameMapJson
{
    public const int MaxEntries = 2_000;
    public const int MaxNameLength = 200;

    /// <summary>The entries in file order; throws <see cref="InvalidDataException"/> saying what is wrong.</summary>
    public static List<KeyValuePair<string, string>> Read(ReadOnlySpan<byte> utf8, string what)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 4 });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is long line ? $" at line {line + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}" : "";
            throw new InvalidDataException($"the {what} is not valid JSON{where}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new InvalidDataException($"the {what} must be a JSON object of names, like {{\"Their name\": \"our name\"}}");
            var entries = new List<KeyValuePair<string, string>>();
            var problems = new List<string>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var name = property.Name.Trim();
                if (name.Length == 0 || name.Length > MaxNameLength)
                    problems.Add($"a name must have 1 to {MaxNameLength} characters (got {VisitAssembler.Quote(name)})");
                else if (property.Value.ValueKind != JsonValueKind.String)
                    problems.Add($"{VisitAssembler.Quote(name)} must map to a string");
                else entries.Add(new(name, property.Value.GetString()!.Trim()));
            }
            if (entries.Count > MaxEntries) problems.Add($"at most {MaxEntries:N0} names (got {entries.Count:N0})");
            if (problems.Count > 0) throw new InvalidDataException($"the {what} is not valid: {string.Join("; ", problems)}");
            return entries;
        }
    }

    public static string Write(IEnumerable<KeyValuePair<string, string>> entries)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in entries) writer.WriteString(name, value);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
