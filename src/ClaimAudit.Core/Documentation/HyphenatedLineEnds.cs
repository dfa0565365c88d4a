using System.Text;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// A word broken at a line's end with a hyphen, as paper notes scanned through OCR and text taken from a PDF come
/// ("PROBLEM: R ankle proprio-" / "ception down since …", "Seen one-on-" / "one the whole block"): a reader joins the
/// pieces; so does the review. Only where the line ends on two letters and the hyphen, and the next line opens on a
/// letter of the same case (not "NMR-" / "foam stance", a heading's dash). The hyphen is dropped where the pieces joined
/// make a word of the vocabulary the first piece is not ("proprio" + "ception"); it is kept where the first piece ends a
/// compound ("one-on-" + "one", "sit-to-" + "stand", "one-" + "on-one"), and only the line break goes. Any other hyphen ending a line is a
/// dash ("denies falls this wk-" / "impaired balance"): the lines stay apart.
/// </summary>
internal static class HyphenatedLineEnds
{
    private const int MaxWord = 40;

    /// <summary>The text with its hyphenated line ends joined; null when it has none.</summary>
    public static string? Joined(ReadOnlySpan<char> text, PhraseIndex vocabulary)
    {
        if (text.IndexOf("-\n".AsSpan()) < 0 && text.IndexOf("-\r\n".AsSpan()) < 0) return null;
        StringBuilder? joined = null;
        var copied = 0;
        var at = 0;
        Span<char> pieces = stackalloc char[2 * MaxWord];
        while (at < text.Length && text[at..].IndexOf('\n') is var k and >= 0)
        {
            var lineStart = at;
            var lineBreak = at + k;
            var end = lineBreak > at && text[lineBreak - 1] == '\r' ? lineBreak - 1 : lineBreak;
            var rest = lineBreak + 1;
            at = rest;
            if (end - lineStart < 3 || text[end - 1] != '-' || !char.IsLetter(text[end - 2]) || !char.IsLetter(text[end - 3])
                || rest >= text.Length || !char.IsLetter(text[rest]) || char.IsUpper(text[end - 2]) != char.IsUpper(text[rest])) continue;
            var head = end - 1;
            while (head > lineStart && end - 1 - head < MaxWord && char.IsLetter(text[head - 1])) head--;
            var tail = rest;
            while (tail < text.Length && tail - rest < MaxWord && char.IsLetter(text[tail])) tail++;
            var first = text[head..(end - 1)];
            var second = text[rest..tail];
            var word = pieces[..(first.Length + second.Length)];
            first.ToLowerInvariant(word);
            second.ToLowerInvariant(word[first.Length..]);
            var dropHyphen = vocabulary.IsWord(word) && !vocabulary.IsWord(word[..first.Length]);
            // (A compound's piece keeps its hyphen — "one-on-" / "one"; any other hyphen ending a line is a dash: "denies falls this
            // wk-" / "impaired balance", "R KNEE-" / "SEEN 1:1" stay two lines.)
            // (So does a compound's first word before its joining word's hyphen: "Both one-" / "on-one with the PT", "sit-" / "to-stand".)
            var compoundGoesOn = tail < text.Length && text[tail] == '-' && second.Length <= 3;
            if (!dropHyphen && !(head > lineStart && text[head - 1] == '-') && !compoundGoesOn) continue;
            joined ??= new StringBuilder(text.Length);
            joined.Append(text[copied..(dropHyphen ? end - 1 : end)]);
            copied = rest;
        }
        if (joined is null) return null;
        joined.Append(text[copied..]);
        return joined.ToString();
    }
}
