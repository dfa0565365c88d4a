using System.Text;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// A note dictated through speech recognition and pasted unedited, as a reader takes it: punctuation spoken as words
/// ("… twenty two minutes period new paragraph Berg …", "Code colon 97112") is the punctuation, a new paragraph ending a
/// sentence; a code spoken digit by digit ("ninety seven one one two", "ninety seven five thirty") is the code; a score
/// spoken around a slash is the score ("nineteen slash twenty eight"); letters spelled one by one are their abbreviation
/// ("P N F", "M C A stroke"); and the speaker's "scratch that" right after the minutes takes those minutes back ("twenty
/// minutes scratch that twenty three minutes"). Spoken punctuation, scores and letters are read only in a note that speaks
/// its punctuation throughout — three marks at least, of two kinds — so a "rest period" or a "colon" in a history stays
/// a word; other numbers stay words (the analyzer reads "twenty two minutes", "forty six out of fifty six" and the
/// vocabulary's "just the two of us", "four square step test" as they are). A spoken code and the minutes taken back are
/// read wherever they stand, being nothing else.
/// </summary>
internal static class DictatedText
{
    /// <summary>The note as a reader takes its dictation; null when it has nothing dictated.</summary>
    public static string? Read(ReadOnlySpan<char> text)
    {
        var spokenCode = text.IndexOf("ninety seven ", StringComparison.OrdinalIgnoreCase) >= 0;
        var scratch = text.IndexOf("scratch that", StringComparison.OrdinalIgnoreCase) >= 0;
        var punctuation = SpeaksPunctuation(text);
        if (!spokenCode && !scratch && !punctuation) return null;

        var words = Words(text);
        var output = new StringBuilder(text.Length);
        var copied = 0;
        var changed = false;
        for (var w = 0; w < words.Count; w++)
        {
            var (start, end) = words[w];
            var word = text[start..end];
            // A spoken code: "ninety seven" and three more digits spoken.
            if (word.Equals("ninety", StringComparison.OrdinalIgnoreCase) && w + 1 < words.Count && Is(text, words[w + 1], "seven")
                && OnlySpacesBetween(text, words[w], words[w + 1]) && SpokenDigits(text, words, w + 2) is (string digits, int last))
            {
                output.Append(text[copied..start]).Append("97").Append(digits);
                copied = words[last].End;
                w = last;
                changed = true;
                continue;
            }
            // "twenty minutes scratch that twenty three minutes": the minutes said, taken back for the minutes said after.
            if (word.Equals("scratch", StringComparison.OrdinalIgnoreCase) && w + 2 < words.Count && Is(text, words[w + 1], "that")
                && TakenBackMinutes(text, words, w) is int takenFrom && NumberAt(text, words, w + 2) is not null)
            {
                output.Append(text[copied..words[takenFrom].Start]);
                while (output.Length > 0 && output[^1] == ' ') output.Length--;
                copied = words[w + 1].End;
                w++;
                changed = true;
                continue;
            }
            if (!punctuation) continue;
            // "nineteen slash twenty eight": the score, in digits.
            if (NumberAt(text, words, w) is (int left, int leftLast) && leftLast + 2 < words.Count && Is(text, words[leftLast + 1], "slash")
                && NumberAt(text, words, leftLast + 2) is (int right, int rightLast))
            {
                output.Append(text[copied..start]).Append(left).Append('/').Append(right);
                copied = words[rightLast].End;
                w = rightLast;
                changed = true;
                continue;
            }
            // "P N F", "M C A stroke": letters spelled one by one, the abbreviation.
            if (SpelledLetters(text, words, w) is int lettersLast)
            {
                output.Append(text[copied..start]);
                for (var k = w; k <= lettersLast; k++) output.Append(text[words[k].Start]);
                copied = words[lettersLast].End;
                w = lettersLast;
                changed = true;
                continue;
            }
            var mark = Mark(text, words, w, out var markLast);
            if (mark is null) continue;
            output.Append(text[copied..start]);
            while (output.Length > 0 && output[^1] == ' ') output.Length--;
            // (A new paragraph or line ends the sentence before it, if its period was not spoken; the text stays one line, as
            // the recogniser pasted it.)
            if (mark == "\n") mark = output.Length > 0 && output[^1] is '.' or ':' or ';' or ',' ? "" : ".";
            output.Append(mark);
            copied = words[markLast].End;
            w = markLast;
            changed = true;
        }
        if (!changed) return null;
        output.Append(text[copied..]);
        return output.ToString();
    }

    // Three spoken marks at least, of two kinds at least: "period", "comma", "colon", "semicolon", "new paragraph", "new line".
    private static bool SpeaksPunctuation(ReadOnlySpan<char> text)
    {
        int total = 0, kinds = 0;
        foreach (var spoken in (ReadOnlySpan<string>)[" period", " comma", " colon ", " semicolon", "new paragraph", "new line"])
        {
            var count = 0;
            for (var rest = text; rest.IndexOf(spoken, StringComparison.OrdinalIgnoreCase) is var k and >= 0; rest = rest[(k + spoken.Length)..])
                if (rest.Length == k + spoken.Length || !char.IsLetter(rest[k + spoken.Length])) count++;
            total += count;
            if (count > 0) kinds++;
        }
        return total >= 3 && kinds >= 2;
    }

    private static string? Mark(ReadOnlySpan<char> text, List<(int Start, int End)> words, int w, out int last)
    {
        last = w;
        var word = text[words[w].Start..words[w].End];
        if (word.Equals("period", StringComparison.OrdinalIgnoreCase)) return ".";
        if (word.Equals("comma", StringComparison.OrdinalIgnoreCase)) return ",";
        if (word.Equals("colon", StringComparison.OrdinalIgnoreCase)) return ":";
        if (word.Equals("semicolon", StringComparison.OrdinalIgnoreCase)) return ";";
        if ((word.Equals("new", StringComparison.OrdinalIgnoreCase) || word.Equals("next", StringComparison.OrdinalIgnoreCase)) && w + 1 < words.Count
            && (Is(text, words[w + 1], "paragraph") || Is(text, words[w + 1], "line")))
        {
            last = w + 1;
            return "\n";
        }
        return null;
    }

    // The first word of the minutes spoken right before "scratch that" at word w ("twenty minutes", "twenty two min"), or null.
    private static int? TakenBackMinutes(ReadOnlySpan<char> text, List<(int Start, int End)> words, int w)
    {
        if (w < 2 || !OnlySpacesBetween(text, words[w - 1], words[w])) return null;
        var unit = text[words[w - 1].Start..words[w - 1].End];
        if (!(unit.Equals("minutes", StringComparison.OrdinalIgnoreCase) || unit.Equals("minute", StringComparison.OrdinalIgnoreCase)
            || unit.Equals("min", StringComparison.OrdinalIgnoreCase) || unit.Equals("mins", StringComparison.OrdinalIgnoreCase))) return null;
        // The number before the unit: one word or a tens word and its unit ("twenty two").
        for (var first = w - 2; first >= Math.Max(0, w - 3); first--)
            if (NumberAt(text, words, first) is (_, int last) && last == w - 2) return first;
        return null;
    }

    // Three digits spoken from word w on ("one one two", "five thirty", "one forty", "one sixteen", "five thirty five"): the
    // digits and the last word's index; null when the words after do not make three.
    private static (string Digits, int Last)? SpokenDigits(ReadOnlySpan<char> text, List<(int Start, int End)> words, int w)
    {
        Span<char> digits = stackalloc char[3];
        var have = 0;
        for (; w < words.Count && have < 3; w++)
        {
            if (!OnlySpacesBetween(text, words[w - 1], words[w])) return null;
            var word = text[words[w].Start..words[w].End];
            var unit = UnitValue(word);
            if (unit is >= 0 and <= 9)
            {
                digits[have++] = (char)('0' + unit);
                continue;
            }
            if (have > 1) return null;
            var two = unit >= 10 ? unit : TensValue(word);
            if (two < 10) return null;
            // "thirty five": a tens word and its unit.
            if (two % 10 == 0 && two >= 20 && w + 1 < words.Count && OnlySpacesBetween(text, words[w], words[w + 1])
                && UnitValue(text[words[w + 1].Start..words[w + 1].End]) is >= 1 and <= 9 and var u)
            {
                two += u;
                w++;
            }
            digits[have++] = (char)('0' + two / 10);
            digits[have++] = (char)('0' + two % 10);
        }
        return have == 3 ? (new string(digits), w - 1) : null;
    }

    // A number spoken at word w ("nineteen", "twenty eight", "fifty six", "one hundred fifty"): its value and last word's index.
    private static (int Value, int Last)? NumberAt(ReadOnlySpan<char> text, List<(int Start, int End)> words, int w)
    {
        if (UnderHundred(text, words, w) is not (int value, int last)) return null;
        // "one hundred fifty", "two hundred and ten".
        if (value is >= 1 and <= 9 && last + 1 < words.Count && Is(text, words[last + 1], "hundred") && OnlySpacesBetween(text, words[last], words[last + 1]))
        {
            value *= 100;
            last++;
            var next = last + 1 < words.Count && Is(text, words[last + 1], "and") ? last + 2 : last + 1;
            if (next < words.Count && OnlySpacesBetween(text, words[next - 1], words[next]) && UnderHundred(text, words, next) is (int rest, int restLast))
                (value, last) = (value + rest, restLast);
        }
        return (value, last);
    }

    private static (int Value, int Last)? UnderHundred(ReadOnlySpan<char> text, List<(int Start, int End)> words, int w)
    {
        var word = text[words[w].Start..words[w].End];
        // ("oh" is a digit only inside a spoken code.)
        var unit = word.Equals("oh", StringComparison.OrdinalIgnoreCase) ? -1 : UnitValue(word);
        if (unit >= 0) return (unit, w);
        var tens = TensValue(word);
        if (tens < 20) return null;
        // ("twenty two", "twenty-two".)
        if (w + 1 < words.Count && (OnlySpacesBetween(text, words[w], words[w + 1]) || text[words[w].End..words[w + 1].Start] is "-")
            && UnitValue(text[words[w + 1].Start..words[w + 1].End]) is >= 1 and <= 9 and var u)
            return (tens + u, w + 1);
        return (tens, w);
    }

    // Two or more capital letters spoken one by one, spaces between ("P N F", "A C L"): the last one's index, or null.
    private static int? SpelledLetters(ReadOnlySpan<char> text, List<(int Start, int End)> words, int w)
    {
        var last = w;
        while (last < words.Count && words[last].End - words[last].Start == 1 && char.IsUpper(text[words[last].Start])
            && (last == w || text[words[last - 1].End..words[last].Start] is " ")) last++;
        return last - w >= 2 && (w == 0 || words[w - 1].End != words[w].Start - 1 || text[words[w].Start - 1] == ' ') ? last - 1 : null;
    }

    // 0 to 19 for "zero" ("oh") to "nineteen", else -1.
    private static int UnitValue(ReadOnlySpan<char> word)
    {
        if (word.Equals("oh", StringComparison.OrdinalIgnoreCase) || word.Equals("zero", StringComparison.OrdinalIgnoreCase)) return 0;
        return Value(word) is var v and >= 1 and <= 19 ? v : -1;
    }

    // 20, 30, … 90 for "twenty" to "ninety", else -1.
    private static int TensValue(ReadOnlySpan<char> word) => Value(word) is var v and >= 20 ? v : -1;

    // The number word's value as NumberWords reads it (lower case), 0 for none.
    private static int Value(ReadOnlySpan<char> word)
    {
        if (word.Length > 12) return 0;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return NumberWords.ValueOf(lower);
    }

    private static bool Is(ReadOnlySpan<char> text, (int Start, int End) word, string what) =>
        text[word.Start..word.End].Equals(what, StringComparison.OrdinalIgnoreCase);

    private static bool OnlySpacesBetween(ReadOnlySpan<char> text, (int Start, int End) a, (int Start, int End) b) =>
        text[a.End..b.Start].Trim(' ').IsEmpty;

    // The note's words: runs of letters.
    private static List<(int Start, int End)> Words(ReadOnlySpan<char> text)
    {
        var words = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            words.Add((start, i));
        }
        return words;
    }
}
