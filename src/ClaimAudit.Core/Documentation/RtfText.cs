using System.Text;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// The text of an RTF document (a transcription service's note): paragraphs as lines, tabs and table
/// cells as column breaks, escaped and Unicode characters as themselves; font and colour tables,
/// style sheets, pictures and every other destination left out. Written here because no RTF reader is
/// on the package registry this project builds from; it reads what note RTF uses (RTF 1.9 control
/// words), not layout.
/// </summary>
internal static class RtfText
{
    // Groups whose content is not text (RTF 1.9: destinations); "{\*\…}" marks any other one.
    private static readonly HashSet<string> Destinations = new(StringComparer.Ordinal)
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "headerl", "headerr", "headerf",
        "footerl", "footerr", "footerf", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl",
        "themedata", "colorschememapping", "latentstyles", "datastore", "object", "fldinst", "filetbl", "revtbl",
        "pgdsctbl", "author", "operator", "title", "subject", "keywords", "comment", "doccomm", "nonshppict",
    };

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    public static string Of(ReadOnlySpan<char> rtf)
    {
        var sb = new StringBuilder(rtf.Length);
        // Per open group: whether its text is skipped, and how many fallback characters follow a \u.
        var skip = new Stack<(bool Skip, int UnicodeFallback)>();
        var skipping = false;
        var fallback = 1;
        var pendingFallback = 0;
        Span<byte> one = stackalloc byte[1];
        Span<char> decoded = stackalloc char[2];
        for (var i = 0; i < rtf.Length; i++)
        {
            var c = rtf[i];
            switch (c)
            {
                case '{':
                    skip.Push((skipping, fallback));
                    pendingFallback = 0;
                    continue;
                case '}':
                    if (skip.Count > 0) (skipping, fallback) = skip.Pop();
                    pendingFallback = 0;
                    continue;
                case '\r' or '\n':
                    // Line breaks in RTF source are not text.
                    continue;
                case '\\':
                    break;
                default:
                    if (pendingFallback > 0) { pendingFallback--; continue; }
                    if (!skipping) sb.Append(c);
                    continue;
            }

            if (i + 1 >= rtf.Length) break;
            var next = rtf[++i];
            if (!char.IsAsciiLetter(next))
            {
                switch (next)
                {
                    case '\\' or '{' or '}': Emit(next); break;
                    case '~': Emit(' '); break;
                    case '_': Emit('-'); break;
                    case '-': break; // an optional hyphen
                    case '*': skipping = true; break;
                    case '\r' or '\n': Line(); break;
                    case '\'':
                        if (i + 2 < rtf.Length && byte.TryParse(rtf.Slice(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var b))
                        {
                            one[0] = b;
                            var n = Windows1252.GetChars(one, decoded);
                            if (pendingFallback > 0) pendingFallback--;
                            else for (var k = 0; k < n; k++) Emit(decoded[k]);
                            i += 2;
                        }
                        break;
                }
                continue;
            }

            // A control word: letters, an optional signed number, and one space that belongs to it.
            var wordStart = i;
            while (i < rtf.Length && char.IsAsciiLetter(rtf[i])) i++;
            var word = rtf[wordStart..i];
            var numberStart = i;
            if (i < rtf.Length && rtf[i] == '-') i++;
            while (i < rtf.Length && char.IsAsciiDigit(rtf[i])) i++;
            int? number = i > numberStart && int.TryParse(rtf[numberStart..i], out var parsed) ? parsed : null;
            if (i < rtf.Length && rtf[i] == ' ') i++;
            i--;

            switch (word)
            {
                case "par" or "line" or "sect" or "page" or "row": Line(); break;
                case "tab": Emit('\t'); break;
                case "cell": Emit(' '); Emit('|'); Emit(' '); break;
                case "emdash": Emit('—'); break;
                case "endash": Emit('–'); break;
                case "bullet": Emit('•'); break;
                case "lquote": Emit('‘'); break;
                case "rquote": Emit('’'); break;
                case "ldblquote": Emit('“'); break;
                case "rdblquote": Emit('”'); break;
                case "uc": fallback = number ?? 1; break;
                case "u" when number is int code:
                    Emit((char)(code < 0 ? code + 65536 : code));
                    pendingFallback = fallback;
                    break;
                default:
                    if (Destinations.Contains(word.ToString())) skipping = true;
                    break;
            }
        }
        return sb.ToString();

        void Emit(char ch)
        {
            if (!skipping) sb.Append(ch);
        }

        void Line()
        {
            if (!skipping) sb.Append('\n');
        }
    }
}
