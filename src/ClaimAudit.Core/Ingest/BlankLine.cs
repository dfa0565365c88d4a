using System.Text;

namespace ClaimAudit.Core.Ingest;

/// <summary>
/// The one definition of a blank line of a table (section 2, "blank lines are skipped"): nothing but
/// whitespace — non-breaking spaces included — and separators of any of the kinds a header may use
/// (',', ';', tab). The separator sniffer and the CSV reader both skip exactly these, so a stray
/// ",,,," line above a semicolon header cannot make them disagree on which line is the header.
/// </summary>
internal static class BlankLine
{
    public static bool Is(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
            if (c is not (',' or ';' or '\t') && !char.IsWhiteSpace(c)) return false;
        return true;
    }

    /// <summary>The same for a line as UTF-8 bytes (a line cut short at the end of the sniffed prefix still counts).</summary>
    public static bool Is(ReadOnlySpan<byte> utf8Line)
    {
        Span<char> chars = stackalloc char[256];
        var decoder = Encoding.UTF8.GetDecoder();
        while (!utf8Line.IsEmpty)
        {
            var take = Math.Min(utf8Line.Length, 192);
            decoder.Convert(utf8Line[..take], chars, flush: take == utf8Line.Length, out var used, out var written, out _);
            if (!Is(chars[..written])) return false;
            utf8Line = utf8Line[used..];
        }
        return true;
    }
}
