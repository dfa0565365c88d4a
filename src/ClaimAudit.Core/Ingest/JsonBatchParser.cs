using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Ingest;

/// <summary>
/// Reads a JSON visit batch (PRODUCT.md section 2) as a stream: the root object is walked token by
/// token and each entry of <c>visits</c> is deserialised on its own once it is wholly in the buffer,
/// so memory holds one visit at a time, not the document. Syntax errors are file-level (they carry
/// the line and byte); a visit whose values have the wrong shape or fail validation is rejected
/// with every reason, its row being its 1-based index in <c>visits</c>.
/// </summary>
internal static class JsonBatchParser
{
    private enum Stage { Start, RootProperties, Visits, Done }

    /// <summary>
    /// The most JSON one visit may take: room for a note at <see cref="VisitAssembler.MaxNoteLength"/>
    /// written entirely in \u escapes (six bytes a character) and its lines. A larger visit is
    /// rejected without being held: the reader streams past it.
    /// </summary>
    public const int MaxVisitBytes = 16 * 1024 * 1024;

    /// <param name="maxVisitBytes">Tests lower it; see <see cref="MaxVisitBytes"/>.</param>
    public static IngestResult Parse(Stream input, VisitAssembler assembler, int maxVisitBytes = MaxVisitBytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            return Walk(input, assembler, ref buffer, maxVisitBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static IngestResult Walk(Stream input, VisitAssembler assembler, ref byte[] buffer, int maxVisitBytes)
    {
        var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        var state = new JsonReaderState(options);
        var length = 0;
        var final = false;
        var stage = Stage.Start;
        string? batchId = null;
        var visitIndex = 0;
        var sawVisits = false;
        var work = new VisitWork();
        // Set when a visit too large to hold was streamed past and stands as a JSON null in the buffer.
        var skippedVisit = false;

        // The UTF-8 BOM is allowed; the reader does not skip it by itself.
        length = Fill(input, buffer, 0, ref final);
        var start = buffer.AsSpan(0, length).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;

        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, length - start), final, state);
            var resume = state;
            long resumeAt = 0;
            var needMore = false;
            while (!needMore && stage != Stage.Done)
            {
                resume = reader.CurrentState;
                resumeAt = reader.BytesConsumed;
                if (!reader.Read()) { needMore = true; break; }
                switch (stage)
                {
                    case Stage.Start:
                        if (reader.TokenType != JsonTokenType.StartObject)
                            return IngestResult.Failed("the JSON batch must be an object with a \"visits\" array (section 2 of the input format)");
                        stage = Stage.RootProperties;
                        break;

                    case Stage.RootProperties:
                        if (reader.TokenType == JsonTokenType.EndObject) { stage = Stage.Done; break; }
                        var name = Columns.Key(reader.GetString() ?? "");
                        if (!reader.Read()) { needMore = true; break; }
                        if (name == "visits")
                        {
                            sawVisits = true;
                            if (reader.TokenType == JsonTokenType.StartArray) stage = Stage.Visits;
                            else if (reader.TokenType != JsonTokenType.Null)
                                return IngestResult.Failed("\"visits\" must be an array of visits");
                        }
                        else if (name == "batchid" && reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
                        {
                            // A number is kept as written: 1e999 or 30 digits do not fit a decimal, and an id is not arithmetic.
                            batchId = reader.TokenType == JsonTokenType.String ? reader.GetString() : System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                        }
                        else if (!reader.TrySkip()) { needMore = true; }
                        break;

                    case Stage.Visits:
                        if (reader.TokenType == JsonTokenType.EndArray) { stage = Stage.RootProperties; break; }
                        if (skippedVisit)
                        {
                            skippedVisit = false;
                            visitIndex++;
                            assembler.Reject(visitIndex, [TooLarge(maxVisitBytes)], null);
                            break;
                        }
                        var whole = reader;
                        if (!whole.TrySkip()) { needMore = true; break; }
                        visitIndex++;
                        ReadVisit(ref reader, visitIndex, whole.BytesConsumed - reader.BytesConsumed + 1, assembler, work);
                        reader = whole;
                        break;
                }
            }

            if (stage == Stage.Done)
            {
                // Nothing may follow the batch: a second batch appended to the file would otherwise vanish.
                var consumed = start + (int)reader.BytesConsumed;
                if (HasContent(buffer.AsSpan(consumed, length - consumed)) || RestHasContent(input, buffer, final))
                    return IngestResult.Failed("the file goes on after the JSON batch ends (two batches in one file?); send one batch per file");
                break;
            }
            if (final)
                return IngestResult.Failed(stage == Stage.Start ? "the file is empty" : "malformed JSON: the file ends before the batch is complete");

            // Keep the unfinished value, read more behind it (growing the buffer for a large visit).
            state = resume;
            var keep = length - start - (int)resumeAt;
            Buffer.BlockCopy(buffer, start + (int)resumeAt, buffer, 0, keep);
            start = 0;
            length = keep;
            if (length == buffer.Length && stage == Stage.Visits && buffer.Length >= maxVisitBytes
                && SkipValue(input, ref buffer, ref length, ref final))
            {
                skippedVisit = true;
                continue;
            }
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                Buffer.BlockCopy(buffer, 0, larger, 0, length);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            length = Fill(input, buffer, length, ref final);
        }

        if (!sawVisits)
            return IngestResult.Failed("the JSON batch has no \"visits\" array");
        var (visits, rejected) = assembler.Finish();
        return new IngestResult { BatchId = batchId, Visits = visits, RejectedRows = rejected, NoteColumn = work.SawNote };
    }

    private static readonly SearchValues<byte> ScalarEnds = SearchValues.Create(",]} \t\r\n"u8);
    private static readonly SearchValues<byte> Structural = SearchValues.Create("\"{}[]"u8);

    private static string TooLarge(int maxVisitBytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"the visit is larger than {maxVisitBytes / (1024.0 * 1024):0.#} MiB of JSON; a note may have at most {VisitAssembler.MaxNoteLength:N0} characters");

    /// <summary>
    /// Streams past the value that starts the buffer (after any commas and whitespace) without
    /// holding it, and leaves in the buffer what preceded it, <c>null</c> in its place, and what
    /// follows it, for the reader to resume on from the state it had before the value. False (the
    /// buffer untouched) when the value does not start within the first bytes; a value the input
    /// ends inside leaves the buffer ending early, which the reader reports as a truncated file.
    /// </summary>
    private static bool SkipValue(Stream input, ref byte[] buffer, ref int length, ref bool final)
    {
        var prefix = buffer.AsSpan(0, Math.Min(length, 1024)).IndexOfAnyExcept(" \t\r\n,"u8);
        if (prefix < 0 || buffer[prefix] == (byte)'/') return false; // a comment: rare enough to simply hold
        var saved = buffer.AsSpan(0, prefix).ToArray();
        var first = buffer[prefix];
        // The value's end: a string's closing quote, the bracket closing an object or array (strings
        // inside skipped with their escapes), or the delimiter after a number or literal.
        int depth = 0, at = prefix + 1;
        bool inString = first == (byte)'"', escaped = false;
        if (first is (byte)'{' or (byte)'[') depth = 1;
        var end = -1;
        while (end < 0)
        {
            var span = buffer.AsSpan(0, length);
            while (at < length && end < 0)
            {
                if (escaped) { escaped = false; at++; continue; }
                if (inString)
                {
                    var i = span[at..].IndexOfAny((byte)'\\', (byte)'"');
                    if (i < 0) { at = length; break; }
                    at += i;
                    if (span[at] == (byte)'\\') escaped = true;
                    else { inString = false; if (depth == 0) end = at + 1; }
                    at++;
                    continue;
                }
                if (depth == 0)
                {
                    // A number or literal: it ends at the next delimiter.
                    var d = span[at..].IndexOfAny(ScalarEnds);
                    if (d < 0) { at = length; break; }
                    end = at + d;
                    break;
                }
                var j = span[at..].IndexOfAny(Structural);
                if (j < 0) { at = length; break; }
                at += j;
                switch (span[at])
                {
                    case (byte)'"': inString = true; break;
                    case (byte)'{' or (byte)'[': depth++; break;
                    default: if (--depth == 0) end = at + 1; break;
                }
                at++;
            }
            if (end >= 0) break;
            if (final) { end = length; break; }
            // Nothing scanned is kept: the buffer is refilled from its start.
            length = 0;
            at = 0;
            length = Fill(input, buffer, length, ref final);
        }

        var rest = length - end;
        var needed = saved.Length + 4 + rest;
        if (needed > buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(needed);
            Buffer.BlockCopy(buffer, end, larger, saved.Length + 4, rest);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        else Buffer.BlockCopy(buffer, end, buffer, saved.Length + 4, rest);
        saved.CopyTo(buffer, 0);
        "null"u8.CopyTo(buffer.AsSpan(saved.Length));
        length = needed;
        return true;
    }

    private static bool HasContent(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(" \t\r\n"u8) >= 0;

    // The rest of the stream, read through the (no longer needed) buffer.
    private static bool RestHasContent(Stream input, byte[] buffer, bool final)
    {
        while (!final)
        {
            var n = input.Read(buffer, 0, buffer.Length);
            if (n == 0) return false;
            if (HasContent(buffer.AsSpan(0, n))) return true;
        }
        return false;
    }

    private static int Fill(Stream input, byte[] buffer, int length, ref bool final)
    {
        while (length < buffer.Length && !final)
        {
            var n = input.Read(buffer, length, buffer.Length - length);
            if (n == 0) final = true;
            length += n;
        }
        return length;
    }

    private sealed class VisitWork
    {
        public readonly RowCells VisitCells = new();
        public readonly RowCells LineCells = new();
        public readonly List<string> Errors = [];
        public readonly List<string> DiagnosisCodes = [];
        public readonly List<ServiceLine> Lines = [];
        /// <summary>A visit of the batch carried a note field: the batch's documentation is reviewed.</summary>
        public bool SawNote;
    }

    private static void ReadVisit(ref Utf8JsonReader reader, int row, long visitBytes, VisitAssembler assembler, VisitWork work)
    {
        work.Errors.Clear();
        work.DiagnosisCodes.Clear();
        work.Lines.Clear();
        work.VisitCells.Clear();

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            assembler.Reject(row, [$"visit {row} is not an object"], null);
            return;
        }
        // A string has at most as many characters as its JSON has bytes: only a visit longer than
        // the note limit can hold a string over it, and only such a visit is looked through first.
        if (visitBytes > VisitAssembler.MaxNoteLength && FindOversizeStrings(reader, work.Errors, out var oversizeVisitId))
        {
            assembler.Reject(row, work.Errors, oversizeVisitId);
            return;
        }
        JsonVisit? dto;
        try
        {
            dto = JsonSerializer.Deserialize(ref reader, IngestJsonContext.Default.JsonVisit);
        }
        catch (JsonException ex)
        {
            assembler.Reject(row, [$"the visit is not in the expected shape at {ex.Path ?? "$"} (lines must be an array of objects)"], null);
            return;
        }
        if (dto is null) { assembler.Reject(row, [$"visit {row} is not an object"], null); return; }

        try
        {
            ReadVisitValues(dto, row, assembler, work);
        }
        catch (InvalidOperationException)
        {
            // JsonElement.GetString throws on a string that is not valid UTF-8 (the sniffer checks
            // only the first bytes): the visit is rejected, the rest of the batch is read.
            assembler.Reject(row, ["the visit contains text that is not valid UTF-8"], null);
        }
    }

    /// <summary>
    /// Walks a copy of the reader through the visit and names every string over
    /// <see cref="VisitAssembler.MaxNoteLength"/> characters, counting them in place: the visit is
    /// rejected before a JsonElement copy or a string of the huge value is made. Also picks up the
    /// visit id (when it is a short string), so that the rejection names its visit.
    /// </summary>
    private static bool FindOversizeStrings(Utf8JsonReader scan, List<string> errors, out string? visitId)
    {
        visitId = null;
        var visitDepth = scan.CurrentDepth;
        string? property = null, outer = null;
        var atVisitLevel = false;
        while (scan.Read() && scan.CurrentDepth > visitDepth)
        {
            if (scan.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName)) continue;
            var length = scan.ValueSpan.Length > VisitAssembler.MaxNoteLength ? CharCount(scan.ValueSpan, scan.ValueIsEscaped) : 0;
            if (scan.TokenType == JsonTokenType.PropertyName)
            {
                if (length > VisitAssembler.MaxNoteLength) { errors.Add($"a field name {TooLong(length)}"); property = null; continue; }
                property = TryGetString(ref scan) ?? "a field";
                atVisitLevel = scan.CurrentDepth == visitDepth + 1;
                if (atVisitLevel) outer = property;
                else property = $"{outer}.{property}"; // lines.note
                continue;
            }
            if (length > VisitAssembler.MaxNoteLength)
                errors.Add($"{property ?? "a value"} {TooLong(length)}");
            else if (atVisitLevel && scan.CurrentDepth == visitDepth + 1 && property is not null && Columns.Key(property) == "visitid")
                visitId = TryGetString(ref scan);
        }
        return errors.Count > 0;
    }

    // Invalid UTF-8 is the visit's own error, found when it is read; here it only means no name.
    private static string? TryGetString(ref Utf8JsonReader reader)
    {
        try { return reader.GetString(); }
        catch (InvalidOperationException) { return null; }
    }

    private static string TooLong(int length) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"is longer than {VisitAssembler.MaxNoteLength:N0} characters (it has {length:N0})");

    /// <summary>The characters of a JSON string as .NET counts them, from its raw bytes (escapes undone in the count only).</summary>
    private static int CharCount(ReadOnlySpan<byte> raw, bool escaped)
    {
        if (!escaped) return System.Text.Encoding.UTF8.GetCharCount(raw);
        var count = 0;
        while (!raw.IsEmpty)
        {
            var slash = raw.IndexOf((byte)'\\');
            if (slash < 0) return count + System.Text.Encoding.UTF8.GetCharCount(raw);
            count += System.Text.Encoding.UTF8.GetCharCount(raw[..slash]) + 1;
            // \uXXXX is one UTF-16 character (a surrogate pair is two escapes); any other escape is two bytes.
            var skip = slash + 1 < raw.Length && raw[slash + 1] == (byte)'u' ? 6 : 2;
            raw = raw[Math.Min(slash + skip, raw.Length)..];
        }
        return count;
    }

    private static void ReadVisitValues(JsonVisit dto, int row, VisitAssembler assembler, VisitWork work)
    {
        var errors = work.Errors;
        var cells = work.VisitCells;
        Set(cells, Column.VisitId, dto.VisitId, errors);
        Set(cells, Column.PatientId, dto.PatientId, errors);
        Set(cells, Column.DateOfService, dto.DateOfService, errors);
        Set(cells, Column.PayerId, dto.PayerId, errors);
        Set(cells, Column.DiagnosisCodes, dto.DiagnosisCodes, errors, allowArray: true);
        Set(cells, Column.YtdTherapyAmount, dto.YtdTherapyAmount, errors);
        Set(cells, Column.Note, dto.Note, errors);

        if (dto.Note is { ValueKind: not JsonValueKind.Null }) work.SawNote = true;
        var key = assembler.ParseVisitKey(cells, errors);
        var ytd = assembler.ParseVisitExtras(cells, errors, work.DiagnosisCodes);
        var (ptSlp, ot) = ReadYtdAmounts(dto.YtdTherapyAmounts, errors);

        if (dto.Lines is null || dto.Lines.Count == 0) errors.Add("the visit has no lines");
        else
        {
            for (var i = 0; i < dto.Lines.Count; i++)
            {
                var prefix = $"line {i + 1}: ";
                var source = dto.Lines[i];
                if (source is null) { errors.Add($"{prefix}is not an object"); continue; }
                var lineCells = work.LineCells;
                lineCells.Clear();
                Set(lineCells, Column.CptCode, source.Code ?? source.CptCode, errors, prefix: prefix);
                Set(lineCells, Column.Minutes, source.Minutes, errors, prefix: prefix);
                Set(lineCells, Column.OneOnOne, source.OneOnOne, errors, prefix: prefix);
                Set(lineCells, Column.DividedAttentionMinutes, source.DividedAttentionMinutes, errors, prefix: prefix);
                Set(lineCells, Column.ProviderRole, source.ProviderRole, errors, prefix: prefix);
                Set(lineCells, Column.AssistantMinutes, source.AssistantMinutes, errors, prefix: prefix);
                Set(lineCells, Column.BilledUnits, source.BilledUnits, errors, prefix: prefix);
                Set(lineCells, Column.BilledModifiers, source.BilledModifiers, errors, allowArray: true, prefix: prefix);
                Set(lineCells, Column.Provider, source.ProviderId ?? source.Provider, errors, prefix: prefix);
                var line = assembler.ParseLine(lineCells, key, row, errors, prefix);
                if (line is not null) work.Lines.Add(line);
            }
        }

        ReadEpisodeObjects(dto, cells, errors);
        var episode = assembler.ParseEpisode(cells, errors);

        if (errors.Count > 0 || !key.IsComplete) { assembler.Reject(row, errors, key.VisitId); return; }
        assembler.Accept(key, row, CollectionsMarshal.AsSpan(work.Lines), work.DiagnosisCodes, new YtdInput(ytd, ptSlp, ot), cells[Column.Note], episode);
    }

    /// <summary>
    /// Section 10: <c>episode: {startOfCare, pocStart, pocEnd, pocCertifiedDate, progressReport}</c> and
    /// <c>authorization: {number, start, end, visits}</c>, read into the cells the CSV columns fill so
    /// that both are validated alike. Names match like every JSON name; unknown ones are ignored, as
    /// on the visit.
    /// </summary>
    private static void ReadEpisodeObjects(JsonVisit dto, RowCells cells, List<string> errors)
    {
        ReadObject(dto.Episode, "episode", EpisodeFields, cells, errors);
        ReadObject(dto.Authorization, "authorization", AuthorizationFields, cells, errors);
    }

    private static readonly (string Key, Column Column)[] EpisodeFields =
        [("startofcare", Column.StartOfCare), ("pocstart", Column.PocStart), ("pocend", Column.PocEnd), ("poccertifieddate", Column.PocCertifiedDate), ("progressreport", Column.ProgressReport)];

    private static readonly (string Key, Column Column)[] AuthorizationFields =
        [("number", Column.AuthNumber), ("start", Column.AuthStart), ("end", Column.AuthEnd), ("visits", Column.AuthVisits)];

    private static void ReadObject(JsonElement? value, string name, (string Key, Column Column)[] fields, RowCells cells, List<string> errors)
    {
        if (value is not { } element || element.ValueKind == JsonValueKind.Null) return;
        if (element.ValueKind != JsonValueKind.Object)
        {
            var shape = string.Join(", ", fields.Select(f => $"\"{Columns.JsonNames[(int)f.Column][(name.Length + 1)..]}\": …"));
            errors.Add($"{name} must be an object: {{{shape}}}");
            return;
        }
        foreach (var property in element.EnumerateObject())
        {
            var key = Columns.Key(property.Name);
            foreach (var (fieldKey, column) in fields)
                if (key == fieldKey) Set(cells, column, property.Value, errors);
        }
    }

    /// <summary><c>ytdTherapyAmounts: {"PT_SLP": 1210.50, "OT": 300}</c>: each KX group's amount before the visit.</summary>
    private static (decimal? PtSlp, decimal? Ot) ReadYtdAmounts(JsonElement? value, List<string> errors)
    {
        const string Field = "ytdTherapyAmounts";
        if (value is not { } element || element.ValueKind == JsonValueKind.Null) return (null, null);
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{Field} must be an object: {{\"PT_SLP\": 1210.50, \"OT\": 300}}");
            return (null, null);
        }
        decimal? ptSlp = null, ot = null;
        foreach (var group in element.EnumerateObject())
        {
            if (group.Value.ValueKind == JsonValueKind.Null) continue; // not given
            var text = group.Value.ValueKind switch
            {
                JsonValueKind.Number => group.Value.GetRawText(),
                JsonValueKind.String => group.Value.GetString(),
                _ => null,
            };
            var field = $"{Field}.{group.Name}";
            var amount = text is null ? null : VisitAssembler.ParseYtd(text.Trim(), field, errors);
            if (text is null) errors.Add($"{field} must be a dollar amount");
            switch (Columns.Key(group.Name))
            {
                case "ptslp": ptSlp = amount; break;
                case "ot": ot = amount; break;
                default: errors.Add($"{Field} has an unknown group {VisitAssembler.Quote(group.Name)}: use PT_SLP (PT and SLP together) or OT"); break;
            }
        }
        return (ptSlp, ot);
    }

    /// <summary>A JSON value as the text the shared validation reads: strings as they are, numbers and booleans as written, arrays joined with ';'.</summary>
    private static void Set(RowCells cells, Column column, JsonElement? value, List<string> errors, bool allowArray = false, string prefix = "")
    {
        if (value is not { } element) return;
        switch (element.ValueKind)
        {
            case JsonValueKind.String: cells.Set(column, element.GetString()); break;
            case JsonValueKind.Number: cells.Set(column, element.GetRawText()); break;
            case JsonValueKind.True: cells.Set(column, "true"); break;
            case JsonValueKind.False: cells.Set(column, "false"); break;
            case JsonValueKind.Array when allowArray:
                var parts = new List<string>();
                foreach (var item in element.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String) parts.Add(item.GetString()!);
                    else errors.Add($"{prefix}{Columns.JsonNames[(int)column]} must be an array of strings");
                }
                cells.Set(column, string.Join(';', parts));
                break;
            case JsonValueKind.Null or JsonValueKind.Undefined: break;
            default:
                errors.Add($"{prefix}{Columns.JsonNames[(int)column]} must be {(allowArray ? "an array of strings" : "a string or a number")}");
                break;
        }
    }
}

/// <summary>A visit of the JSON input. Values are kept as JSON so a wrong type is a reason on the visit, not a file error.</summary>
internal sealed class JsonVisit
{
    public JsonElement? VisitId { get; set; }
    public JsonElement? PatientId { get; set; }
    public JsonElement? DateOfService { get; set; }
    public JsonElement? PayerId { get; set; }
    public JsonElement? DiagnosisCodes { get; set; }
    public JsonElement? YtdTherapyAmount { get; set; }
    public JsonElement? YtdTherapyAmounts { get; set; }
    public JsonElement? Note { get; set; }
    /// <summary>Section 10: <c>{startOfCare, pocStart, pocEnd, pocCertifiedDate, progressReport}</c>.</summary>
    public JsonElement? Episode { get; set; }
    /// <summary>Section 10: <c>{number, start, end, visits}</c>.</summary>
    public JsonElement? Authorization { get; set; }
    public List<JsonLine?>? Lines { get; set; }
}

/// <summary>A line of a JSON visit.</summary>
internal sealed class JsonLine
{
    public JsonElement? Code { get; set; }
    /// <summary>Accepted as a synonym of <see cref="Code"/>, the CSV column name.</summary>
    public JsonElement? CptCode { get; set; }
    public JsonElement? Minutes { get; set; }
    public JsonElement? OneOnOne { get; set; }
    public JsonElement? DividedAttentionMinutes { get; set; }
    public JsonElement? ProviderRole { get; set; }
    public JsonElement? AssistantMinutes { get; set; }
    public JsonElement? BilledUnits { get; set; }
    public JsonElement? BilledModifiers { get; set; }
    /// <summary>The rendering provider (name or NPI); <c>provider</c> is accepted as a synonym.</summary>
    public JsonElement? ProviderId { get; set; }
    public JsonElement? Provider { get; set; }
}

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonVisit))]
internal sealed partial class IngestJsonContext : JsonSerializerContext;
