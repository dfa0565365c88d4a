using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;

// Shared by the FsCheck properties (tests/ClaimAudit.Core.Tests/Fuzz) and the fuzz command
// (bench/ClaimAudit.Fuzz links this file): one mutator, so a case the command finds is a case the
// properties can draw. Public API of the engine only: the command is outside InternalsVisibleTo.
namespace ClaimAudit.Core.Tests.Fuzz;

/// <summary>A shipped sample used as the starting point of mutated batches.</summary>
/// <param name="Options">How the CLI would read it (the EMR export needs the sample payer map).</param>
public sealed record FuzzSeed(string Name, bool IsJson, byte[] Bytes, IngestOptions Options);

/// <summary>One mutated batch: its bytes, the format it is read as (the CLI's, from the extension), and what was done to it.</summary>
public sealed record FuzzInput(FuzzSeed Seed, byte[] Bytes, IReadOnlyList<string> Mutations)
{
    public InputFormat Format => Seed.IsJson ? InputFormat.Json : InputFormat.Csv;
    public string Extension => Seed.IsJson ? "json" : "csv";
}

/// <summary>The kinds of damage a batch is put through.</summary>
public enum Mutation
{
    BitFlip, InterestingByte, Truncate, InsertQuote, RemoveQuote, SeparatorSwap, Nul, InvalidUtf8,
    HugeNumber, SetCell, LongField, DuplicateRows, SameDayVisits, BlankLines, Bom, Newlines,
    DeleteChunk, SpliceChunk, SwapLines,
    // JSON only, on the parsed document (the seeds are valid JSON) before any byte-level damage.
    JsonRetype, JsonDropProperty, JsonDeepNesting, JsonLongNote, JsonHugeNumber, JsonDuplicateVisits,
    JsonSameDayVisits, JsonShape,
}

/// <summary>Bounds on what the mutator makes, so a run stays fast and a property can steer clear of a known defect.</summary>
public sealed record MutationLimits
{
    /// <summary>The longest field or note it writes (a few MB at most: the run must stay fast).</summary>
    public int MaxFieldLength { get; init; } = 2 * 1024 * 1024;
    /// <summary>The most copies of a row or visit it adds.</summary>
    public int MaxCopies { get; init; } = 800;
    /// <summary>About the largest batch copies of rows or visits may make (a long note copied a thousand times is not a few MB).</summary>
    public int MaxBytes { get; init; } = 8 * 1024 * 1024;
    /// <summary>How many mutations at most are stacked on one case.</summary>
    public int MaxMutations { get; init; } = 5;
    /// <summary>Kinds never applied.</summary>
    public IReadOnlySet<Mutation> Excluded { get; init; } = new HashSet<Mutation>();
    /// <summary>The numbers written over amounts, minutes and units.</summary>
    public IReadOnlyList<string> HugeNumbers { get; init; } = BatchMutator.AllHugeNumbers;

    public static MutationLimits Default { get; } = new();
}

/// <summary>
/// Mutates a sample batch deterministically from a <see cref="Random"/>: the same seed and random
/// state give the same bytes, so a failing case is reproduced from its case number and run seed.
/// </summary>
public static class BatchMutator
{
    /// <summary>Decimal's maximum and beyond, exponents, negative zero, and values int cannot hold.</summary>
    public static readonly IReadOnlyList<string> AllHugeNumbers =
    [
        "79228162514264337593543950335", "-79228162514264337593543950335", "79228162514264337593543950336",
        "7922816251426433759354395033.5", "99999999999999999999999999999999999999", "1e30", "1E+300", "1e999", "-1e30",
        "1e-30", "-0", "-0.0", "0.000000000000000000000000000001", "2147483647", "2147483648", "-2147483649",
        "9223372036854775808", "NaN", "Infinity", "0x10", "1_000", "1,000.00", "$1,210.50", "12e", "--5", ".5", "5.",
    ];

    /// <summary>Numbers that stay within what the engine holds today (for properties steering clear of the overflow defect).</summary>
    public static readonly IReadOnlyList<string> ModestNumbers =
    [
        "-0", "-0.0", "0.000000000000000000000000000001", "1e-30", "2147483648", "-2147483649", "NaN", "Infinity", "0x10",
        "1_000", "1,000.00", "$1,210.50", "12e", "--5", ".5", "5.", "999999", "-1",
    ];

    private static readonly Mutation[] ByteMutations =
    [
        Mutation.BitFlip, Mutation.InterestingByte, Mutation.Truncate, Mutation.InsertQuote, Mutation.RemoveQuote,
        Mutation.SeparatorSwap, Mutation.Nul, Mutation.InvalidUtf8, Mutation.HugeNumber, Mutation.SetCell, Mutation.LongField,
        Mutation.DuplicateRows, Mutation.SameDayVisits, Mutation.BlankLines, Mutation.Bom, Mutation.Newlines,
        Mutation.DeleteChunk, Mutation.SpliceChunk, Mutation.SwapLines,
    ];

    private static readonly Mutation[] JsonMutations =
    [
        Mutation.JsonRetype, Mutation.JsonDropProperty, Mutation.JsonDeepNesting, Mutation.JsonLongNote, Mutation.JsonHugeNumber,
        Mutation.JsonDuplicateVisits, Mutation.JsonSameDayVisits, Mutation.JsonShape,
    ];

    // Bytes that mean something to a CSV or JSON reader.
    private static readonly byte[] Interesting = [0x00, (byte)'"', (byte)',', (byte)';', (byte)'\t', (byte)'\n', (byte)'\r', (byte)'{', (byte)'}',
        (byte)'[', (byte)']', (byte)':', (byte)'\\', (byte)' ', 0xFF, 0x80, 0xC3, 0xA0];

    private static readonly byte[][] BadUtf8 =
    [
        [0xFF], [0xFE], [0xC0, 0xAF], [0xC3], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ];

    private static readonly string[] BlankLineTexts = ["", " ", ",,,,", ";;;", "\t", "\t\t", "\u00A0", "\u00A0,\u00A0", " , ; \t "];

    private static readonly string[] Separators = [",", ";", "\t", "|"];

    /// <summary>A new batch from <paramref name="seed"/>: one to <see cref="MutationLimits.MaxMutations"/> mutations, drawn from <paramref name="random"/>.</summary>
    public static FuzzInput Mutate(FuzzSeed seed, Random random, MutationLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(random);
        limits ??= MutationLimits.Default;
        var applied = new List<string>();
        var bytes = seed.Bytes;
        var count = 1 + Skewed(random, limits.MaxMutations - 1);

        if (seed.IsJson)
        {
            // JSON damaged byte by byte is mostly a file error ("malformed JSON"): most JSON cases change
            // the document's values and shape instead, and only some add byte-level damage on top.
            var structural = JsonMutations.Where(m => !limits.Excluded.Contains(m)).ToArray();
            var jsonCount = random.Next(10) < 7 ? count : random.Next(count + 1);
            if (structural.Length > 0 && jsonCount > 0)
            {
                var root = JsonNode.Parse(bytes)!;
                var placeholders = new Dictionary<string, string>(StringComparer.Ordinal);
                for (var i = 0; i < jsonCount; i++)
                {
                    var kind = Pick(structural, random);
                    var what = MutateJson(kind, root, random, limits, placeholders);
                    if (what is not null) applied.Add(what);
                }
                var text = root.ToJsonString();
                // Values JsonNode cannot hold (1e999, 30 digits, deep nesting) were put in as placeholders.
                foreach (var (placeholder, raw) in placeholders)
                    text = text.Replace($"\"{placeholder}\"", raw, StringComparison.Ordinal);
                bytes = Encoding.UTF8.GetBytes(text);
                count -= jsonCount;
            }
        }

        var kinds = ByteMutations.Where(m => !limits.Excluded.Contains(m)).ToArray();
        for (var i = 0; i < count && kinds.Length > 0; i++)
        {
            // Stop stacking once the case is large: it stays a case about size, and the run stays fast.
            if (bytes.Length > 2 * limits.MaxFieldLength) break;
            var kind = Pick(kinds, random);
            var (next, what) = MutateBytes(kind, bytes, seed.IsJson, random, limits);
            bytes = next;
            applied.Add(what);
        }
        if (applied.Count == 0) applied.Add("none");
        return new FuzzInput(seed, bytes, applied);
    }

    private static Mutation Pick(Mutation[] kinds, Random random)
    {
        var kind = kinds[random.Next(kinds.Length)];
        // Many visits of one patient are the slow cases, and a few of them find a quadratic path: drawn a third as often.
        if (kind is Mutation.SameDayVisits or Mutation.JsonSameDayVisits && random.Next(3) != 0) kind = kinds[random.Next(kinds.Length)];
        return kind;
    }

    // 0..max, small values far more often than large ones.
    private static int Skewed(Random random, int max)
    {
        var n = 0;
        while (n < max && random.Next(2) == 0) n++;
        return n;
    }

    // A length from 1 to max, log-uniform: mostly short, a few near the maximum.
    private static int LogLength(Random random, int max) =>
        Math.Max(1, (int)Math.Min(max, Math.Exp(random.NextDouble() * Math.Log(Math.Max(2, max)))));

    // How many copies of a row or visit of `size` characters: log-uniform up to max, within the byte budget.
    private static int Copies(Random random, int max, int size, MutationLimits limits) =>
        Math.Min(LogLength(random, Math.Max(1, max)), Math.Max(1, limits.MaxBytes / Math.Max(1, size)));

    private static string Number(Random random, MutationLimits limits) => limits.HugeNumbers[random.Next(limits.HugeNumbers.Count)];

    private static (byte[] Bytes, string What) MutateBytes(Mutation kind, byte[] bytes, bool json, Random random, MutationLimits limits)
    {
        var list = new List<byte>(bytes);
        int At(bool inclusiveEnd = true) => random.Next(list.Count + (inclusiveEnd ? 1 : 0));
        switch (kind)
        {
            case Mutation.BitFlip:
            {
                var n = 1 + random.Next(8);
                for (var i = 0; i < n && list.Count > 0; i++)
                {
                    var at = At(inclusiveEnd: false);
                    list[at] ^= (byte)(1 << random.Next(8));
                }
                return ([.. list], $"bit-flip x{n}");
            }
            case Mutation.InterestingByte:
            {
                var b = Interesting[random.Next(Interesting.Length)];
                if (list.Count > 0 && random.Next(2) == 0) list[At(inclusiveEnd: false)] = b;
                else list.Insert(At(), b);
                return ([.. list], $"byte 0x{b:X2}");
            }
            case Mutation.Truncate:
            {
                var at = At();
                return ([.. list.Take(at)], $"truncate at {at}");
            }
            case Mutation.InsertQuote:
            {
                var n = 1 + random.Next(3);
                for (var i = 0; i < n; i++) list.Insert(QuotePosition(list, random), (byte)'"');
                return ([.. list], $"insert quote x{n}");
            }
            case Mutation.RemoveQuote:
            {
                var quotes = Enumerable.Range(0, list.Count).Where(i => list[i] == '"').ToList();
                var n = Math.Min(quotes.Count, 1 + random.Next(3));
                foreach (var at in quotes.OrderBy(_ => random.Next()).Take(n).OrderDescending()) list.RemoveAt(at);
                return ([.. list], $"remove quote x{n}");
            }
            case Mutation.SeparatorSwap:
            {
                var from = (byte)Separators[random.Next(Separators.Length)][0];
                var to = (byte)Separators[random.Next(Separators.Length)][0];
                var all = random.Next(2) == 0;
                for (var i = 0; i < list.Count; i++)
                    if (list[i] == from && (all || random.Next(4) == 0)) list[i] = to;
                return ([.. list], $"separator {Show(from)}->{Show(to)}{(all ? "" : " (some)")}");
            }
            case Mutation.Nul:
            {
                var n = 1 + random.Next(4);
                for (var i = 0; i < n; i++) list.Insert(At(), 0);
                return ([.. list], $"NUL x{n}");
            }
            case Mutation.InvalidUtf8:
            {
                var seq = BadUtf8[random.Next(BadUtf8.Length)];
                list.InsertRange(At(), seq);
                return ([.. list], $"invalid UTF-8 {Convert.ToHexString(seq)}");
            }
            case Mutation.HugeNumber:
            {
                // A run of digits (an amount, minutes, units, a date part) replaced by a number no column expects.
                var runs = DigitRuns(list);
                var number = Number(random, limits);
                if (runs.Count == 0) { list.InsertRange(At(), Encoding.UTF8.GetBytes(number)); return ([.. list], $"insert number {number}"); }
                var (start, length) = runs[random.Next(runs.Count)];
                list.RemoveRange(start, length);
                list.InsertRange(start, Encoding.UTF8.GetBytes(number));
                return ([.. list], $"number -> {number}");
            }
            case Mutation.SetCell:
            {
                // A cell of a data row (an empty ytd_therapy_amount included) set to a number no column expects.
                var lines = Lines(bytes);
                var number = Number(random, limits);
                if (lines.Count < 2) return (bytes, "set cell (no row)");
                var row = 1 + random.Next(lines.Count - 1);
                var cells = lines[row].Split(',');
                var col = random.Next(cells.Length);
                cells[col] = number;
                lines[row] = string.Join(',', cells);
                return (JoinLines(lines), $"cell {row + 1}:{col + 1} -> {number}");
            }
            case Mutation.LongField:
            {
                var length = LogLength(random, limits.MaxFieldLength);
                var (fill, name) = random.Next(5) switch
                {
                    0 => ("x", "x"),
                    1 => ("therapeutic exercise 23 min, one-on-one; ", "note text"),
                    2 => (",", "separators"),
                    3 => ("\"", "quotes"),
                    _ => ("é€😀", "multi-byte"),
                };
                var sb = new StringBuilder(length + fill.Length);
                while (sb.Length < length) sb.Append(fill);
                list.InsertRange(At(), Encoding.UTF8.GetBytes(sb.ToString(0, length)));
                return ([.. list], $"long field {length} chars of {name}");
            }
            case Mutation.DuplicateRows:
            {
                var lines = Lines(bytes);
                if (lines.Count < 2) return (bytes, "duplicate rows (no row)");
                var row = 1 + random.Next(lines.Count - 1);
                var copies = Copies(random, limits.MaxCopies / 6, lines[row].Length, limits);
                var at = random.Next(2) == 0 ? row + 1 : lines.Count;
                lines.InsertRange(at, Enumerable.Repeat(lines[row], copies));
                return (JoinLines(lines), $"row {row + 1} x{copies}");
            }
            case Mutation.SameDayVisits:
            {
                // Many visits of one patient on one day: the row repeated with a new visit id (first column).
                var lines = Lines(bytes);
                if (lines.Count < 2) return (bytes, "same-day visits (no row)");
                var row = 1 + random.Next(lines.Count - 1);
                var comma = lines[row].IndexOf(',', StringComparison.Ordinal);
                var rest = comma < 0 ? "" : lines[row][comma..];
                var copies = Copies(random, limits.MaxCopies, lines[row].Length, limits);
                lines.InsertRange(row + 1, Enumerable.Range(0, copies).Select(i => $"FZ-{i.ToString(CultureInfo.InvariantCulture)}{rest}"));
                return (JoinLines(lines), $"same-day visits of row {row + 1} x{copies}");
            }
            case Mutation.BlankLines:
            {
                var lines = Lines(bytes);
                var n = 1 + random.Next(4);
                for (var i = 0; i < n; i++) lines.Insert(random.Next(lines.Count + 1), BlankLineTexts[random.Next(BlankLineTexts.Length)]);
                return (JoinLines(lines), $"blank lines x{n}");
            }
            case Mutation.Bom:
            {
                byte[] utf8Bom = [0xEF, 0xBB, 0xBF];
                switch (random.Next(5))
                {
                    case 0: list.InsertRange(0, [.. utf8Bom, .. utf8Bom]); return ([.. list], "two BOMs");
                    case 1: list.InsertRange(LineStart(list, random), utf8Bom); return ([.. list], "BOM mid-file");
                    case 2: list.InsertRange(0, [0xFF, 0xFE]); return ([.. list], "UTF-16 BOM on UTF-8 text");
                    default: list.InsertRange(0, utf8Bom); return ([.. list], "BOM");
                }
            }
            case Mutation.Newlines:
            {
                string[] breaks = ["\r\n", "\n", "\r"];
                var mode = random.Next(4);
                var text = Encoding.UTF8.GetString(bytes);
                var sb = new StringBuilder(text.Length + 64);
                for (var i = 0; i < text.Length; i++)
                {
                    var c = text[i];
                    if (c is '\r' or '\n')
                    {
                        if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                        sb.Append(mode < 3 ? breaks[mode] : breaks[random.Next(3)]);
                    }
                    else sb.Append(c);
                }
                // The decode above turned invalid bytes into U+FFFD: that is damage of its own, and fine.
                return (Encoding.UTF8.GetBytes(sb.ToString()), $"line breaks {(mode < 3 ? Show(breaks[mode]) : "mixed")}");
            }
            case Mutation.DeleteChunk:
            {
                if (list.Count == 0) return (bytes, "delete (empty)");
                var start = At(inclusiveEnd: false);
                var length = 1 + random.Next(Math.Max(1, Math.Min(list.Count - start, list.Count / 10 + 1)));
                list.RemoveRange(start, Math.Min(length, list.Count - start));
                return ([.. list], $"delete {length} bytes at {start}");
            }
            case Mutation.SpliceChunk:
            {
                if (list.Count == 0) return (bytes, "splice (empty)");
                var start = At(inclusiveEnd: false);
                var length = 1 + random.Next(Math.Min(list.Count - start, 200));
                var chunk = list.GetRange(start, length);
                list.InsertRange(At(), chunk);
                return ([.. list], $"splice {length} bytes");
            }
            case Mutation.SwapLines:
            {
                var lines = Lines(bytes);
                if (lines.Count < 2) return (bytes, "swap lines (one line)");
                var a = random.Next(lines.Count);
                var b = random.Next(lines.Count);
                (lines[a], lines[b]) = (lines[b], lines[a]);
                return (JoinLines(lines), $"swap lines {a + 1},{b + 1}");
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, json ? "not a byte mutation of JSON" : "not a byte mutation");
        }
    }

    private static string Show(byte b) => b == '\t' ? "\\t" : ((char)b).ToString();

    private static string Show(string s) => s.Replace("\r", "CR", StringComparison.Ordinal).Replace("\n", "LF", StringComparison.Ordinal);

    // Where a quote hurts most: at the start of a cell, inside one, or at the end of a line.
    private static int QuotePosition(List<byte> list, Random random)
    {
        if (list.Count == 0) return 0;
        var at = random.Next(list.Count);
        switch (random.Next(3))
        {
            case 0:
                while (at < list.Count && list[at] is not ((byte)',' or (byte)';' or (byte)'\t')) at++;
                return Math.Min(list.Count, at + 1);
            case 1:
                while (at < list.Count && list[at] is not ((byte)'\n' or (byte)'\r')) at++;
                return at;
            default:
                return at;
        }
    }

    private static int LineStart(List<byte> list, Random random)
    {
        var at = random.Next(list.Count + 1);
        while (at > 0 && list[at - 1] != '\n') at--;
        return at;
    }

    private static List<(int Start, int Length)> DigitRuns(List<byte> list)
    {
        var runs = new List<(int, int)>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is < (byte)'0' or > (byte)'9') continue;
            var start = i;
            while (i < list.Count && (list[i] is >= (byte)'0' and <= (byte)'9' || list[i] == '.')) i++;
            runs.Add((start, i - start));
        }
        return runs;
    }

    // Lines split at LF (a CR before it stays on the line, so CRLF files keep their line breaks).
    private static List<string> Lines(byte[] bytes) => [.. Encoding.UTF8.GetString(bytes).Split('\n')];

    private static byte[] JoinLines(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    private static string? MutateJson(Mutation kind, JsonNode root, Random random, MutationLimits limits, Dictionary<string, string> placeholders)
    {
        var visits = root["visits"] as JsonArray;
        JsonObject? AnyVisit() => visits is { Count: > 0 } ? visits[random.Next(visits.Count)] as JsonObject : null;
        string Placeholder(string raw)
        {
            var key = $"@@fuzz-{placeholders.Count.ToString(CultureInfo.InvariantCulture)}@@";
            placeholders[key] = raw;
            return key;
        }
        // A visit or one of its lines, and one of its properties.
        (JsonObject Target, string Name)? AnyProperty()
        {
            if (AnyVisit() is not { } visit) return null;
            var target = visit;
            if (random.Next(2) == 0 && visit["lines"] is JsonArray { Count: > 0 } lines && lines[random.Next(lines.Count)] is JsonObject line) target = line;
            var names = target.Select(p => p.Key).ToList();
            return names.Count == 0 ? null : (target, names[random.Next(names.Count)]);
        }

        switch (kind)
        {
            case Mutation.JsonRetype:
            {
                if (AnyProperty() is not { } p) return null;
                JsonNode? value = random.Next(7) switch
                {
                    0 => JsonValue.Create("text"),
                    1 => JsonValue.Create(42),
                    2 => new JsonArray(JsonValue.Create("a"), JsonValue.Create(1)),
                    3 => new JsonObject { ["x"] = 1 },
                    4 => null,
                    5 => JsonValue.Create(true),
                    _ => JsonValue.Create(""),
                };
                p.Target[p.Name] = value;
                return $"json {p.Name} retyped";
            }
            case Mutation.JsonDropProperty:
            {
                if (AnyProperty() is not { } p) return null;
                p.Target.Remove(p.Name);
                return $"json {p.Name} removed";
            }
            case Mutation.JsonDeepNesting:
            {
                int[] depths = [10, 60, 63, 64, 65, 100, 1000, 5000];
                var depth = depths[random.Next(depths.Length)];
                var nested = random.Next(2) == 0
                    ? new string('[', depth) + "1" + new string(']', depth)
                    : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
                if (AnyProperty() is { } p) p.Target[p.Name] = Placeholder(nested);
                else root.AsObject()["deep"] = Placeholder(nested);
                return $"json nesting depth {depth}";
            }
            case Mutation.JsonLongNote:
            {
                if (AnyVisit() is not { } visit) return null;
                var length = LogLength(random, limits.MaxFieldLength);
                var sb = new StringBuilder(length);
                while (sb.Length < length) sb.Append("97110 therapeutic exercise 23 min one-on-one, sit-to-stand x10. ");
                visit["note"] = sb.ToString(0, length);
                return $"json note {length} chars";
            }
            case Mutation.JsonHugeNumber:
            {
                // Amounts, minutes and units, as raw JSON numbers where the text is one, else as strings.
                if (AnyVisit() is not { } visit) return null;
                var number = Number(random, limits);
                var raw = double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && !number.Contains("Infinity", StringComparison.Ordinal)
                    && !number.Contains("NaN", StringComparison.Ordinal) && number[0] != '.' && number[^1] != '.' && !number.Contains("-0", StringComparison.Ordinal)
                    ? number : $"\"{number}\"";
                if (number is "-0" or "-0.0") raw = number;
                string[] visitFields = ["ytdTherapyAmount", "ytdTherapyAmounts"];
                string[] lineFields = ["minutes", "billedUnits", "assistantMinutes", "dividedAttentionMinutes"];
                if (random.Next(2) == 0 || visit["lines"] is not JsonArray { Count: > 0 } lines || lines[random.Next(lines.Count)] is not JsonObject line)
                {
                    var field = visitFields[random.Next(visitFields.Length)];
                    visit[field] = field == "ytdTherapyAmounts"
                        ? new JsonObject { [random.Next(2) == 0 ? "PT_SLP" : "OT"] = Placeholder(raw) }
                        : Placeholder(raw);
                    return $"json {field} {number}";
                }
                var name = lineFields[random.Next(lineFields.Length)];
                line[name] = Placeholder(raw);
                return $"json line {name} {number}";
            }
            case Mutation.JsonDuplicateVisits:
            {
                if (visits is not { Count: > 0 } || AnyVisit() is not { } visit) return null;
                var copies = Copies(random, limits.MaxCopies / 6, visit.ToJsonString().Length, limits);
                for (var i = 0; i < copies; i++) visits.Add(visit.DeepClone());
                return $"json visit x{copies}";
            }
            case Mutation.JsonSameDayVisits:
            {
                if (visits is not { Count: > 0 } || AnyVisit() is not { } visit) return null;
                var copies = Copies(random, limits.MaxCopies, visit.ToJsonString().Length, limits);
                for (var i = 0; i < copies; i++)
                {
                    var clone = visit.DeepClone().AsObject();
                    clone["visitId"] = $"FZ-{i.ToString(CultureInfo.InvariantCulture)}";
                    visits.Add(clone);
                }
                return $"json same-day visits x{copies}";
            }
            case Mutation.JsonShape:
            {
                switch (random.Next(8))
                {
                    case 0: if (AnyVisit() is { } v0) v0["lines"] = new JsonArray(); return "json lines empty";
                    case 1: if (AnyVisit() is { } v1) v1["lines"] = new JsonArray(null, JsonValue.Create(3)); return "json lines not objects";
                    case 2: visits?.Add(null); visits?.Add(JsonValue.Create("visit")); return "json visits not objects";
                    case 3: root.AsObject()["Visits"] = root["visits"]?.DeepClone(); return "json visits twice (case)";
                    case 4: root.AsObject()["batchId"] = Placeholder("79228162514264337593543950336e999"); return "json batchId huge number";
                    case 5: if (AnyVisit() is { } v5) v5["LINES"] = v5["lines"]?.DeepClone(); return "json lines twice (case)";
                    case 6: if (AnyVisit() is { } v6) v6["visitId"] = "V\u001b[31m\u0000\u202e"; return "json visitId control characters";
                    default: root.AsObject()["visits"] = null; return "json visits null";
                }
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a JSON mutation");
        }
    }
}

/// <summary>The shipped samples as fuzz seeds, and the case a run seed and case number stand for.</summary>
public static class FuzzSeeds
{
    /// <summary>
    /// The visit batches under <paramref name="samplesDirectory"/> (*.csv and *.json; payer-map.json is
    /// a payer map and clinic-vocabulary.json a vocabulary, not batches), CSV seeds read with the sample
    /// payer map as the README's example does.
    /// </summary>
    public static IReadOnlyList<FuzzSeed> Load(string samplesDirectory, PayerProfileSet profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var mapPath = Path.Combine(samplesDirectory, "payer-map.json");
        var csvOptions = IngestOptions.Default;
        if (File.Exists(mapPath))
        {
            using var map = File.OpenRead(mapPath);
            csvOptions = new IngestOptions { Payers = PayerMap.Load(map, profiles.Contains) };
        }
        return
        [
            .. Directory.GetFiles(samplesDirectory, "*.csv").Order(StringComparer.Ordinal)
                .Select(p => new FuzzSeed(Path.GetFileName(p), IsJson: false, File.ReadAllBytes(p), csvOptions)),
            .. Directory.GetFiles(samplesDirectory, "*.json").Order(StringComparer.Ordinal)
                .Where(p => Path.GetFileName(p) is not ("payer-map.json" or "clinic-vocabulary.json"))
                .Select(p => new FuzzSeed(Path.GetFileName(p), IsJson: true, File.ReadAllBytes(p), IngestOptions.Default)),
        ];
    }

    /// <summary>
    /// Case <paramref name="caseNumber"/> of the run <paramref name="runSeed"/>: even cases mutate a
    /// CSV seed, odd ones a JSON seed, each from its own random state (so any one case is rebuilt
    /// alone, whatever ran before it or beside it).
    /// </summary>
    public static FuzzInput Case(IReadOnlyList<FuzzSeed> seeds, int runSeed, long caseNumber, MutationLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var random = new Random(CaseSeed(runSeed, caseNumber));
        var json = caseNumber % 2 == 1;
        var pool = seeds.Where(s => s.IsJson == json).ToList();
        if (pool.Count == 0) pool = [.. seeds];
        return BatchMutator.Mutate(pool[random.Next(pool.Count)], random, limits);
    }

    // SplitMix64 of the run seed and case number: System.Random(int) is the same on every run and machine.
    private static int CaseSeed(int runSeed, long caseNumber)
    {
        var z = unchecked((ulong)(uint)runSeed * 0x9E3779B97F4A7C15UL + (ulong)caseNumber + 0x632BE59BD9B4E019UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }
}
