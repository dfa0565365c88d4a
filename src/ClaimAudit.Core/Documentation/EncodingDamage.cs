using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// Undoes what encodings and word processors do to a note on its way into a billing export, so that the note is read as
/// its writer wrote it: UTF-8 read as Windows-1252, once or twice ("canâ€™t", "Ã¢â‚¬â€œ", "35Â°"); Word's invisible
/// characters inside words and numbers (a zero-width space in "2​3 minutes", soft and non-breaking hyphens) and its
/// Symbol-font bullets; tracked changes left in ("[deleted: …] [inserted: …]", read as accepted) and review comments
/// pasted inline ("[Comment JS1: …]", a question to the writer, not the writer's statement); and symbols an old export
/// lost to "?" or "�" ("can?t", "CPT 97112 ? 22 min", "ER 35� to 48�").
/// </summary>
internal static partial class EncodingDamage
{
    // U+00C2, U+00C3 and U+00E2 open the Windows-1252 spelling of every two- and three-byte UTF-8 character a note uses.
    private static readonly SearchValues<char> Marks = SearchValues.Create("\u200B\u200C\u200D\u2060\uFEFF\u00AD\u2011\uF0B7\uF0A7\uF0D8\uFFFD\u00C2\u00C3\u00E2");

    /// <summary>Whether the note shows any of the damage this repairs.</summary>
    public static bool IsIn(ReadOnlySpan<char> note) =>
        note.IndexOfAny(Marks) >= 0
        || (note.Contains('[') && TrackedChange().IsMatch(note))
        || (note.Contains('?') && (LostApostrophe().IsMatch(note) || note.Contains(" ? ", StringComparison.Ordinal)));

    public static string Repair(string text)
    {
        // Twice: a note re-encoded by two interfaces ("Ã¢â‚¬â€œ" is "â€“" once undone, "–" twice).
        if (text.AsSpan().IndexOfAny('\u00C2', '\u00C3', '\u00E2') >= 0) text = Utf8ReadAsWindows1252(Utf8ReadAsWindows1252(text));
        if (text.AsSpan().IndexOfAny(Marks) >= 0)
        {
            var sb = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD': break;
                    case '\u2011': sb.Append('-'); break;
                    case '\uF0B7' or '\uF0A7' or '\uF0D8': sb.Append('•'); break;
                    // A degree sign lost after its number ("ER 35� to 48�"); elsewhere a lost dash or bullet.
                    case '\uFFFD': sb.Append(i > 0 && char.IsAsciiDigit(text[i - 1]) ? "°" : "-"); break;
                    default: sb.Append(c); break;
                }
            }
            text = sb.ToString();
        }
        if (text.Contains('[')) text = TrackedChange().Replace(text, m => m.Groups["kept"].Success ? m.Groups["kept"].Value : "");
        if (text.Contains('?'))
        {
            text = LostApostrophe().Replace(text, "'");
            // "CPT 97112 ? 22 min", "1:1 ? Mitch only", "TX: ? foam tandem ? rocker board": a question mark between spaces is a
            // lost dash or bullet, not a question.
            text = text.Replace(" ? ", " - ", StringComparison.Ordinal);
        }
        return text;
    }

    // Each UTF-8 sequence spelled out in Windows-1252 characters, back to its character; anything else as it is (an "é" written
    // as itself stays).
    private static string Utf8ReadAsWindows1252(string text)
    {
        StringBuilder? sb = null;
        Span<byte> bytes = stackalloc byte[4];
        Span<char> chars = stackalloc char[2];
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var lead = ByteOf(text[i]);
            var length = lead is >= 0xC2 and <= 0xDF ? 2 : lead is >= 0xE0 and <= 0xEF ? 3 : lead is >= 0xF0 and <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > text.Length) continue;
            bytes[0] = (byte)lead;
            var ok = true;
            for (var k = 1; k < length && ok; k++)
            {
                var b = ByteOf(text[i + k]);
                ok = b is >= 0x80 and <= 0xBF;
                bytes[k] = (byte)b;
            }
            if (!ok || System.Text.Unicode.Utf8.ToUtf16(bytes[..length], chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done) continue;
            sb ??= new StringBuilder(text.Length);
            sb.Append(text, copied, i - copied);
            sb.Append(chars[..written]);
            i += length - 1;
            copied = i + 1;
        }
        if (sb is null) return text;
        sb.Append(text, copied, text.Length - copied);
        return sb.ToString();
    }

    // The Windows-1252 byte a character stands for, or -1.
    private static int ByteOf(char c) => c switch
    {
        <= '\u00FF' => c,
        '€' => 0x80, '‚' => 0x82, 'ƒ' => 0x83, '„' => 0x84, '…' => 0x85, '†' => 0x86, '‡' => 0x87, 'ˆ' => 0x88, '‰' => 0x89,
        'Š' => 0x8A, '‹' => 0x8B, 'Œ' => 0x8C, 'Ž' => 0x8E, '‘' => 0x91, '’' => 0x92, '“' => 0x93, '”' => 0x94, '•' => 0x95,
        '–' => 0x96, '—' => 0x97, '˜' => 0x98, '™' => 0x99, 'š' => 0x9A, '›' => 0x9B, 'œ' => 0x9C, 'ž' => 0x9E, 'Ÿ' => 0x9F,
        _ => -1,
    };

    [GeneratedRegex(@"\[(?:deleted|deletion|del):[^\]\n]*\]|\[(?:inserted|insertion|ins):\s*(?<kept>[^\]\n]*)\]|\[Comment [A-Z]{1,4}[0-9]{0,3}:[^\]\n]*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrackedChange();

    // "can?t", "Parkinson?s", "she?ll": an apostrophe lost between a word and its ending.
    [GeneratedRegex(@"(?<=[A-Za-z])\?(?=(?:t|s|ll|re|ve|d|m)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex LostApostrophe();
}
