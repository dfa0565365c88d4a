using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// A note that reached the export inside an interface message, turned back into the note a reviewer
/// reads: an HL7 v2 message (MDM^T02, ORU^R01) whose OBX segments carry the note's lines, with HL7's
/// escapes (<c>\.br\</c> for a line break, <c>\T\</c> for &amp;, <c>\X0D\</c> hex) left in, and the
/// FHIR resources an integration pulls (DocumentReference text, an Observation per code's minutes, a
/// QuestionnaireResponse's answers), one JSON resource a line or a Bundle. The message's envelope
/// (MSH, PID, resource ids, the patient's name) is not the note; each value is written as the form a
/// clinician reads ("97112 Neuromuscular reeducation timed minutes: 23 min", "Treated one-on-one …?: Yes").
/// </summary>
internal static class InterfaceMessages
{
    /// <summary>The note inside an HL7 v2 message or FHIR JSON; null when the note is neither.</summary>
    public static string? TextOf(ReadOnlySpan<char> note)
    {
        var start = note.TrimStart();
        if (start.Length < 8) return null;
        if (IsSegmentStart(start)) return Hl7Text(start);
        if (start[0] is '{' or '[' && start[..Math.Min(start.Length, 400)].Contains("\"resourceType\"", StringComparison.Ordinal)) return FhirText(start);
        return null;
    }

    // "MSH|^~\&|…" or a message without its header that opens on a segment: "OBX|1|TX|…", "NTE|1||…".
    private static bool IsSegmentStart(ReadOnlySpan<char> text) =>
        text.StartsWith("MSH|", StringComparison.Ordinal)
        || (text.StartsWith("OBX|", StringComparison.Ordinal) || text.StartsWith("NTE|", StringComparison.Ordinal)) && text.Contains("\nOBX|", StringComparison.Ordinal);

    private static string? Hl7Text(ReadOnlySpan<char> message)
    {
        // The field separator is "|" (a message is recognised by "MSH|"); the component, repetition and escape marks are MSH-2's
        // (^, ~, \ unless it says otherwise) — taken only where MSH-2 is four distinct marks that are no letters, digits or spaces.
        const char field = '|';
        char component = '^', repetition = '~', escape = '\\';
        if (message.Length >= 8 && message[4..8] is var marks && marks.IndexOfAnyInRange('0', '9') < 0 && !marks.ContainsAny(' ', '|') && !HasLetter(marks)
            && marks[0] != marks[1] && marks[0] != marks[2] && marks[1] != marks[2])
            (component, repetition, escape) = (marks[0], marks[1], marks[2]);
        var sb = new StringBuilder(message.Length);
        foreach (var range in message.SplitAny('\r', '\n'))
        {
            var line = message[range];
            if (line.IsWhiteSpace()) continue;
            if (line.Length < 4 || line[3] != field || !IsSegmentId(line[..3]))
            {
                // A line that is not a segment: a feed that wrapped the note's text across lines.
                sb.Append(Unescape(line, escape)).Append('\n');
                continue;
            }
            var fields = SplitFields(line, field);
            switch (line[..3])
            {
                case "OBX":
                    AppendObservation(sb, fields, component, repetition, escape);
                    break;
                case "NTE":
                    // NTE-3: a comment on the segment before it.
                    if (fields.Count > 3) AppendRepetitions(sb, fields[3], repetition, escape);
                    break;
                // The envelope (MSH, EVN, PID, PV1, ORC, OBR, TXA …): the patient, accounts, ids — not the note.
            }
        }
        return sb.ToString();
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsLetter(c)) return true;
        return false;
    }

    private static bool IsSegmentId(ReadOnlySpan<char> id) =>
        char.IsAsciiLetterUpper(id[0]) && char.IsAsciiLetterUpper(id[1]) && (char.IsAsciiLetterUpper(id[2]) || char.IsAsciiDigit(id[2]));

    private static List<string> SplitFields(ReadOnlySpan<char> line, char field)
    {
        var fields = new List<string>();
        foreach (var range in line.Split(field)) fields.Add(line[range].ToString());
        return fields;
    }

    // OBX-2 the value's type, OBX-3 what was observed (code^text^system), OBX-5 the value, OBX-6 its units.
    private static void AppendObservation(StringBuilder sb, List<string> fields, char component, char repetition, char escape)
    {
        if (fields.Count <= 5) return;
        var type = fields[2];
        if (type is "TX" or "FT" or "ST")
        {
            AppendRepetitions(sb, fields[5], repetition, escape);
            return;
        }
        var label = Label(fields[3], component, escape);
        var value = fields[5].Split(repetition).Select(v => ValueText(v, component, escape)).Where(v => v.Length > 0).ToList();
        // ("OBX|2|CE|ONE2ONE^One-on-one^LOCAL||||…": an observation sent without a value says nothing, not its name.)
        if (value.Count == 0) return;
        sb.Append(label).Append(": ").AppendJoin(", ", value);
        if (fields.Count > 6 && fields[6].Length > 0 && type is "NM" or "SN")
            sb.Append(' ').Append(Unescape(fields[6].Split(component)[0], escape));
        sb.Append('\n');
    }

    // "97112-MIN^Neuromuscular reeducation timed minutes^LOCAL" → "97112 Neuromuscular reeducation timed minutes": the
    // observation's text, after the CPT code its identifier starts with (the code a clinician would write beside it).
    private static string Label(string identifier, char component, char escape)
    {
        var parts = identifier.Split(component);
        var code = parts[0];
        var text = parts.Length > 1 && parts[1].Length > 0 ? Unescape(parts[1], escape) : Unescape(code, escape);
        var cpt = CptAtStart(code);
        return cpt is not null && !text.StartsWith(cpt, StringComparison.Ordinal) ? cpt + " " + text : text;
    }

    // A coded value ("Y^Yes^HL70136") is its text; a plain one as it is.
    private static string ValueText(string value, char component, char escape)
    {
        var parts = value.Split(component);
        return Unescape(parts.Length > 1 && parts[1].Length > 0 ? parts[1] : parts[0], escape);
    }

    private static void AppendRepetitions(StringBuilder sb, string value, char repetition, char escape)
    {
        // A text value's repetitions are its lines.
        foreach (var part in value.Split(repetition)) sb.Append(Unescape(part, escape)).Append('\n');
    }

    private static string? CptAtStart(string code) =>
        code.Length >= 5 && code.AsSpan(0, 5).IndexOfAnyExceptInRange('0', '9') < 0 && (code.Length == 5 || !char.IsAsciiDigit(code[5])) ? code[..5] : null;

    // HL7's escapes: \F\ \S\ \T\ \R\ \E\ for the separators, \.br\ (and \.sp\, \.ce\) for a line break, \Xhh…\ for bytes,
    // \H\ \N\ (highlighting) and the other formatting commands for nothing.
    internal static string Unescape(ReadOnlySpan<char> text, char escape = '\\')
    {
        if (text.IndexOf(escape) < 0) return text.ToString();
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var close = text[i] == escape ? text[(i + 1)..].IndexOf(escape) : -1;
            if (close <= 0)
            {
                sb.Append(text[i++]);
                continue;
            }
            var sequence = text.Slice(i + 1, close);
            i += close + 2;
            switch (sequence)
            {
                case "F": sb.Append('|'); break;
                case "S": sb.Append('^'); break;
                case "T": sb.Append('&'); break;
                case "R": sb.Append('~'); break;
                case "E": sb.Append('\\'); break;
                case ".br" or ".sp" or ".ce": sb.Append('\n'); break;
                default:
                    if (sequence[0] == 'X' && HexText(sequence[1..]) is { } bytes) sb.Append(bytes);
                    break;
            }
        }
        return sb.ToString();
    }

    private static string? HexText(ReadOnlySpan<char> hex)
    {
        if (hex.Length == 0 || hex.Length % 2 != 0) return null;
        var bytes = new byte[hex.Length / 2];
        for (var b = 0; b < bytes.Length; b++)
            if (!byte.TryParse(hex.Slice(b * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out bytes[b])) return null;
        return Encoding.UTF8.GetString(bytes);
    }

    private static string? FhirText(ReadOnlySpan<char> json)
    {
        var sb = new StringBuilder(json.Length);
        var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
        // One resource or a Bundle; or NDJSON, a resource a line (a bulk export's file).
        if (TryParse(json, options) is { } whole)
        {
            using (whole) AppendResource(sb, whole.RootElement);
            return sb.ToString();
        }
        var any = false;
        foreach (var range in json.Split('\n'))
        {
            var line = json[range].Trim();
            if (line.IsEmpty) continue;
            if (TryParse(line, options) is { } document)
            {
                using (document) AppendResource(sb, document.RootElement);
                any = true;
            }
            else sb.Append(line).Append('\n');
        }
        return any ? sb.ToString() : null;
    }

    private static JsonDocument? TryParse(ReadOnlySpan<char> json, JsonDocumentOptions options)
    {
        try { return JsonDocument.Parse(json.ToString(), options); }
        catch (JsonException) { return null; }
    }

    private static void AppendResource(StringBuilder sb, JsonElement resource)
    {
        if (resource.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in resource.EnumerateArray()) AppendResource(sb, item);
            return;
        }
        if (resource.ValueKind != JsonValueKind.Object) return;
        var rendered = sb.Length;
        switch (String(resource, "resourceType"))
        {
            case "Bundle":
                foreach (var entry in Array(resource, "entry"))
                    if (entry.TryGetProperty("resource", out var inner)) AppendResource(sb, inner);
                return;
            case "DocumentReference":
                foreach (var content in Array(resource, "content"))
                    if (content.TryGetProperty("attachment", out var attachment)) AppendAttachment(sb, attachment);
                break;
            case "Observation":
                AppendObservation(sb, resource);
                foreach (var component in Array(resource, "component")) AppendObservation(sb, component);
                break;
            case "QuestionnaireResponse":
                AppendItems(sb, resource);
                break;
            case "Composition":
                foreach (var section in Array(resource, "section")) AppendSection(sb, section);
                break;
            // Patient, Practitioner, Encounter …: who and when, not the note.
            default:
                return;
        }
        foreach (var note in Array(resource, "note")) AppendLine(sb, String(note, "text"));
        // A resource with nothing structured to read: its narrative.
        if (sb.Length == rendered) AppendNarrative(sb, resource);
    }

    private static void AppendAttachment(StringBuilder sb, JsonElement attachment)
    {
        if (String(attachment, "data") is not { } data) return;
        var type = String(attachment, "contentType") ?? "text/plain";
        // FHIR carries an attachment's data in base64; an integration that wrote the text as it is is read as it is.
        var text = Base64Text(data) ?? data;
        AppendLine(sb, type.Contains("html", StringComparison.OrdinalIgnoreCase) ? NoteMarkup.PlainTextOf(text) ?? text : text);
    }

    private static string? Base64Text(string data)
    {
        if (data.Length < 4 || data.Length % 4 != 0 || data.AsSpan().ContainsAny(' ', '\n')) return null;
        var bytes = new byte[data.Length / 4 * 3];
        if (!Convert.TryFromBase64String(data, bytes, out var written)) return null;
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, written); }
        catch (DecoderFallbackException) { return null; }
    }

    // "97112 Neuromuscular reeducation - timed minutes: 23 min": the code's CPT and text, then the value with its unit.
    private static void AppendObservation(StringBuilder sb, JsonElement observation)
    {
        if (!observation.TryGetProperty("code", out var code)) return;
        var text = String(code, "text");
        string? cpt = null;
        foreach (var coding in Array(code, "coding"))
        {
            text ??= String(coding, "display");
            if (String(coding, "code") is { } c && CptAtStart(c) is { } found && (String(coding, "system") ?? "").Contains("cpt", StringComparison.OrdinalIgnoreCase)) cpt ??= found;
        }
        var label = text ?? cpt ?? "";
        if (cpt is not null && !label.StartsWith(cpt, StringComparison.Ordinal)) label = cpt + " " + label;
        var value = ValueOf(observation);
        if (value is null && label.Length == 0) return;
        sb.Append(label).Append(": ").Append(value).Append('\n');
    }

    // A questionnaire's item as its form shows it: the question, then its answers ("Yes"/"No" for a boolean); an item
    // with no answer is a blank field.
    private static void AppendItems(StringBuilder sb, JsonElement parent)
    {
        foreach (var item in Array(parent, "item"))
        {
            var answers = Array(item, "answer").Select(ValueOf).Where(a => a is not null).ToList();
            if (String(item, "text") is { } question) sb.Append(question).Append(": ").AppendJoin(", ", answers).Append('\n');
            foreach (var answer in Array(item, "answer")) AppendItems(sb, answer);
            AppendItems(sb, item);
        }
    }

    private static void AppendSection(StringBuilder sb, JsonElement section)
    {
        AppendLine(sb, String(section, "title"));
        AppendNarrative(sb, section);
        foreach (var inner in Array(section, "section")) AppendSection(sb, inner);
    }

    private static void AppendNarrative(StringBuilder sb, JsonElement element)
    {
        if (element.TryGetProperty("text", out var narrative) && narrative.ValueKind == JsonValueKind.Object && String(narrative, "div") is { } div)
            AppendLine(sb, NoteMarkup.PlainTextOf(div) ?? div);
    }

    // value[x] of an Observation or an answer: a quantity with its unit, a boolean as Yes/No, a coding's display.
    private static string? ValueOf(JsonElement element)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!property.Name.StartsWith("value", StringComparison.Ordinal)) continue;
            var v = property.Value;
            switch (v.ValueKind)
            {
                case JsonValueKind.True: return "Yes";
                case JsonValueKind.False: return "No";
                case JsonValueKind.String: return v.GetString();
                case JsonValueKind.Number: return v.GetRawText();
                case JsonValueKind.Object:
                    if (v.TryGetProperty("value", out var number) && number.ValueKind == JsonValueKind.Number)
                        return (String(v, "unit") ?? String(v, "code")) is { } unit ? number.GetRawText() + " " + unit : number.GetRawText();
                    return String(v, "display") ?? String(v, "text") ?? Array(v, "coding").Select(c => String(c, "display") ?? String(c, "code")).FirstOrDefault(t => t is not null);
            }
        }
        return null;
    }

    private static void AppendLine(StringBuilder sb, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        sb.Append(text.TrimEnd()).Append('\n');
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement.ArrayEnumerator Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : default;
}
