using ClaimAudit.Core.Documentation;

// A frozen copy of the note analyzer as of 972830d (scalar MinHash, dictionary word lookup): the
// oracle the optimised analyzer must agree with exactly, since stored fingerprints compare across batches.
namespace ClaimAudit.Core.Tests.Documentation.Oracle;

/// <summary>
/// Splits a note (or a vocabulary phrase, with <c>pattern</c>) into lower-case word tokens in a
/// <see cref="NoteScratch"/>, recording sentence and clause boundaries, labels and checkboxes, and
/// what kind of number each token is.
/// </summary>
internal static class NoteTokenizer
{
    /// <summary>The characters every checkbox is read as, one token each: empty (☐) and ticked (☒).</summary>
    public const char UncheckedBox = '\u2610', CheckedBox = '\u2612';

    private static bool IsWordChar(char c, bool pattern) => char.IsLetterOrDigit(c) || (pattern && c == '#');

    /// <summary>
    /// A checkbox at text[i] ("[ ]", "[]", "[X]", "[x]", "[✓]", "☐", "☑", "☒"): the box character it
    /// reads as and the characters it takes, or 0 when text[i] starts no checkbox.
    /// </summary>
    private static (char Box, int Length) Checkbox(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c == UncheckedBox) return (UncheckedBox, 1);
        if (c is CheckedBox or '\u2611') return (CheckedBox, 1);
        if (c != '[') return ('\0', 0);
        var j = i + 1;
        while (j < text.Length && text[j] == ' ') j++;
        if (j < text.Length && text[j] == ']') return (UncheckedBox, j + 1 - i);
        if (j < text.Length && text[j] is 'x' or 'X' or '\u2713' or '\u2714' or '*')
        {
            var k = j + 1;
            while (k < text.Length && text[k] == ' ') k++;
            if (k < text.Length && text[k] == ']') return (CheckedBox, k + 1 - i);
        }
        return ('\0', 0);
    }

    /// <summary>
    /// Lower-case word tokens. Digits joined by . / : - stay one token (14.2, 4/10, 1:1, 3/4/2026);
    /// a letter after a digit starts a new token (20min → 20 min, 3x10 → 3 x10); a quote after a
    /// number is a minutes mark ((20') → 20 min). Sentence ends (. ; ! ? … • newline) and clause
    /// ends (, |) are recorded as boundaries, and a word followed by a colon as a label.
    /// </summary>
    public static void Tokenize(ReadOnlySpan<char> text, NoteScratch s, bool pattern)
    {
        s.Reset(text.Length);
        int sentence = 0, clause = 0, i = 0, n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (IsWordChar(c, pattern))
            {
                var start = s.CharCount;
                var prev = '\0';
                while (i < n)
                {
                    c = text[i];
                    if (IsWordChar(c, pattern))
                    {
                        if (char.IsAsciiDigit(prev) && !char.IsDigit(c)) break;
                        s.Append(char.ToLowerInvariant(c));
                    }
                    else if (c is '.' or '/' or ':' or '-' && IsDigitOrWild(prev, pattern) && i + 1 < n && IsDigitOrWild(text[i + 1], pattern))
                    {
                        s.Append(c);
                    }
                    else break;
                    prev = c;
                    i++;
                }
                var flags = Classify(s.Chars.AsSpan(start, s.CharCount - start));
                s.AddToken(start, s.CharCount - start, flags, sentence, clause);
                if ((flags & TokenFlags.Number) != 0 && i < n && text[i] is '\'' or '\u2019' or '\u2032')
                {
                    var unit = s.CharCount;
                    s.Append('m'); s.Append('i'); s.Append('n');
                    s.AddToken(unit, 3, TokenFlags.None, sentence, clause);
                    i++;
                }
                continue;
            }
            if (Checkbox(text, i) is { Length: > 0 } box)
            {
                var at = s.CharCount;
                s.Append(box.Box);
                s.AddToken(at, 1, TokenFlags.None, sentence, clause);
                i += box.Length;
                continue;
            }
            // A bullet ends a sentence only opening its line: inside a line "•" is a ticked radio button,
            // the definition since radio buttons were read (the random property found the reference
            // still ending a sentence there: "0’•WALK …" fingerprinted differently).
            if (c is '.' or ';' or '!' or '?' or '\n' or '\r' or '\u2026' || (c == '\u2022' && OpensLine(text, i))) { sentence++; clause++; }
            else if (c is ',' or '|') clause++;
            // "97140: STM …", "NMR: 20 min": the word before a colon labels what follows.
            else if (c == ':' && s.Count > 0 && s.Sentence[s.Count - 1] == sentence) s.Flags[s.Count - 1] |= TokenFlags.Label;
            i++;
        }
    }

    // In a vocabulary pattern "#/#" is one token (a fraction), as "4/10" is in a note.
    private static bool IsDigitOrWild(char c, bool pattern) => char.IsAsciiDigit(c) || (pattern && c == '#');

    private static bool OpensLine(ReadOnlySpan<char> text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '\t') j--;
        return j < 0 || text[j] is '\n' or '\r';
    }

    private static TokenFlags Classify(ReadOnlySpan<char> token)
    {
        if (char.IsAsciiDigit(token[0]))
        {
            var flags = TokenFlags.Number;
            int separators = 0, slashes = 0;
            var allDigits = true;
            foreach (var ch in token)
            {
                if (ch is '/' or '-') separators++;
                if (ch == '/') slashes++;
                if (ch == ':') separators += 2;
                if (!char.IsAsciiDigit(ch)) allDigits = false;
            }
            if (separators >= 2) flags |= TokenFlags.DateOrTime;
            else if (slashes == 1) flags |= TokenFlags.Fraction;
            if (allDigits) flags |= TokenFlags.Integer;
            if (allDigits && token.Length == 5) flags |= TokenFlags.CodeLike;
            return flags;
        }
        if (token.Length > 1 && token[0] == 'x' && token[1..].IndexOfAnyExceptInRange('0', '9') < 0) return TokenFlags.Count;
        // A HCPCS level II code: a letter and four digits (G0283, E0730).
        if (token.Length == 5 && char.IsAsciiLetter(token[0]) && token[1..].IndexOfAnyExceptInRange('0', '9') < 0) return TokenFlags.CodeLike;
        return TokenFlags.None;
    }
}

/// <summary>What a token is, beyond its text.</summary>
[Flags]
internal enum TokenFlags : byte { None = 0, Number = 1, Count = 2, DateOrTime = 4, Integer = 8, CodeLike = 16, Fraction = 32, Label = 64 }
