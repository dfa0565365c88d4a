using System.Text;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// A scanned note's OCR reads a handwritten or smudged m as "rn" ("tandern on foarn", "problern", "outcorne rneasures"): a reader
/// sees the word meant; so does the review. A word with "rn" in it that the vocabulary does not know is read with m for each "rn"
/// where that makes a word of the vocabulary ("foarn" → "foam") — never a word the vocabulary knows as written ("turn", "learn",
/// "morning" are left alone), nor one that would not become a known word, nor a word of three letters ("RNs") or a name
/// capitalised inside its line ("Mrs. Horne").
/// </summary>
internal static class OcrLetterSlips
{
    private const int MaxWord = 40;

    /// <summary>The text with its OCR slips read; null when it has none.</summary>
    public static string? Read(ReadOnlySpan<char> text, PhraseIndex vocabulary)
    {
        if (text.IndexOf("rn".AsSpan(), StringComparison.OrdinalIgnoreCase) < 0) return null;
        StringBuilder? read = null;
        var copied = 0;
        Span<char> written = stackalloc char[MaxWord];
        Span<char> meant = stackalloc char[MaxWord];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            var word = text[start..i];
            // (Not a short word, "RN", "RNs"; nor a capitalised name inside a line, "Mrs. Horne", "Corne".)
            if (word.Length > MaxWord || word.Length < 4 || word.IndexOf("rn".AsSpan(), StringComparison.OrdinalIgnoreCase) < 0
                || (char.IsUpper(word[0]) && word.Length > 1 && char.IsLower(word[1]) && start > 0 && text[..start].TrimEnd(' ') is var before && before.Length > 0 && before[^1] != '\n')) continue;
            word.ToLowerInvariant(written);
            if (vocabulary.IsWord(written[..word.Length])) continue;
            var length = 0;
            for (var k = 0; k < word.Length; k++)
            {
                if (written[k] == 'r' && k + 1 < word.Length && written[k + 1] == 'n') { meant[length++] = 'm'; k++; }
                else meant[length++] = written[k];
            }
            if (!vocabulary.IsWord(meant[..length])) continue;
            read ??= new StringBuilder(text.Length);
            read.Append(text[copied..start]);
            // (The word's case kept: "FOARN" reads "FOAM".)
            for (var k = 0; k < word.Length; k++)
            {
                if (word[k] is 'r' or 'R' && k + 1 < word.Length && word[k + 1] is 'n' or 'N') { read.Append(char.IsUpper(word[k]) ? 'M' : 'm'); k++; }
                else read.Append(word[k]);
            }
            copied = i;
        }
        if (read is null) return null;
        read.Append(text[copied..]);
        return read.ToString();
    }
}
