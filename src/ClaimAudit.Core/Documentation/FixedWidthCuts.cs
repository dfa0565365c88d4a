using System.Text;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// A legacy system's comment field shown at a fixed width ("CRANE OPERATOR, STRUCK … CHAIN F" / "ALL. DIZZY …"):
/// the screen cuts its text at the field's last column wherever that falls, mid-word as often as not. A reader
/// joins the pieces; so does the review. A block is a run of lines at one indentation; its longest lines end at
/// the field's width (30 columns at least); a line that ends there on a letter or digit, followed
/// in its block by a line that starts at the indentation on a letter or digit, may have been cut inside a word. A cut
/// that fell on a space leaves the next line one column further in (the space kept), and is left as it is. Text that
/// wraps at word ends has lines that end at its width too, so a cut is joined only where the pieces joined are a word
/// of the vocabulary and were not two of its words ("PERTURB" / "ATIONS", "TREAT" / "ED", "FOA" / "M") — never "AT THE" /
/// "START", "SLS ON THE R" / "KNEE", "NMR" / "TODAY": a word the vocabulary does not know is left in its pieces, as it
/// reads no term either way.
/// </summary>
internal static class FixedWidthCuts
{
    private const int MinWidth = 30;

    /// <summary>The text with its cut words joined; null when no block in it was cut at a fixed width.</summary>
    public static string? Joined(ReadOnlySpan<char> text, PhraseIndex vocabulary)
    {
        if (!text.Contains('\n')) return null;
        StringBuilder? joined = null;
        var copied = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            // A block: consecutive lines at one indentation (blank lines end it).
            var indent = IndentOf(text, lineStart);
            var blockEnd = lineStart;
            var lines = 0;
            while (blockEnd < text.Length && !IsBlank(text, blockEnd) && IndentOf(text, blockEnd) == indent)
            {
                blockEnd = NextLine(text, blockEnd);
                lines++;
            }
            if (lines == 0)
            {
                lineStart = NextLine(text, lineStart);
                continue;
            }
            if (lines >= 2 && WidthOf(text, lineStart, blockEnd, indent) is int width)
            {
                for (var at = lineStart; at < blockEnd; at = NextLine(text, at))
                {
                    var next = NextLine(text, at);
                    if (next >= blockEnd) break;
                    var end = EndOf(text, at);
                    // (The next line may hold nothing past its indentation: a note cut short after its spaces.)
                    if (end - at != width || next + indent >= EndOf(text, next) || !char.IsLetterOrDigit(text[end - 1]) || !char.IsLetterOrDigit(text[next + indent])
                        || !CutInsideAWord(text, end, next + indent, vocabulary)) continue;
                    joined ??= new StringBuilder(text.Length);
                    joined.Append(text[copied..end]);
                    copied = next + indent;
                }
            }
            lineStart = blockEnd;
        }
        if (joined is null) return null;
        joined.Append(text[copied..]);
        return joined.ToString();
    }

    private const int MaxWord = 40;

    // The word cut at the line's end (ending at end) and its rest opening the next line (from rest).
    private static bool CutInsideAWord(ReadOnlySpan<char> text, int end, int rest, PhraseIndex vocabulary)
    {
        var head = end;
        while (head > 0 && end - head < MaxWord && char.IsLetterOrDigit(text[head - 1])) head--;
        var tail = rest;
        while (tail < text.Length && tail - rest < MaxWord && char.IsLetterOrDigit(text[tail])) tail++;
        var first = text[head..end];
        var second = text[rest..tail];
        if (first.ContainsAny(Digits) || second.ContainsAny(Digits)) return false;
        Span<char> word = stackalloc char[first.Length + second.Length];
        first.ToLowerInvariant(word);
        second.ToLowerInvariant(word[first.Length..]);
        return vocabulary.IsWord(word) && !(vocabulary.IsWord(word[..first.Length]) && vocabulary.IsWord(word[first.Length..]));
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    // The column the block's longest line ends at, when it is wide enough: the field's width.
    private static int? WidthOf(ReadOnlySpan<char> text, int from, int to, int indent)
    {
        var longest = 0;
        for (var at = from; at < to; at = NextLine(text, at))
        {
            if (NextLine(text, at) >= to) break;
            longest = Math.Max(longest, EndOf(text, at) - at);
        }
        return longest - indent >= MinWidth ? longest : null;
    }

    private static int IndentOf(ReadOnlySpan<char> text, int lineStart)
    {
        var k = lineStart;
        while (k < text.Length && text[k] == ' ') k++;
        return k - lineStart;
    }

    // (A line of spaces alone ends before its indentation does: blank too.)
    private static bool IsBlank(ReadOnlySpan<char> text, int lineStart) => EndOf(text, lineStart) <= lineStart + IndentOf(text, lineStart);

    // One past the line's last character other than a space or the line break.
    private static int EndOf(ReadOnlySpan<char> text, int lineStart)
    {
        var end = text[lineStart..].IndexOf('\n') is var nl and >= 0 ? lineStart + nl : text.Length;
        while (end > lineStart && text[end - 1] is ' ' or '\r') end--;
        return end;
    }

    private static int NextLine(ReadOnlySpan<char> text, int lineStart) =>
        text[lineStart..].IndexOf('\n') is var nl and >= 0 ? lineStart + nl + 1 : text.Length;
}
