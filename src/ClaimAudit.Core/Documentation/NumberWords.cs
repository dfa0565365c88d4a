namespace ClaimAudit.Core.Documentation;

/// <summary>
/// Numbers written as words, as dictated notes give them: minutes ("fifteen minutes of NMR", "twenty-five
/// minutes") and the counts of a measure's "k of n" ("seven of ten pulls").
/// </summary>
internal static class NumberWords
{
    private static readonly string[] Units =
        ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>The value of a lower-case number word (1..19, 20, 30, … 90), or 0.</summary>
    public static int ValueOf(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < Units.Length; i++)
            if (word.SequenceEqual(Units[i])) return i;
        for (var i = 2; i < Tens.Length; i++)
            if (word.SequenceEqual(Tens[i])) return i * 10;
        return 0;
    }

    /// <summary>The value of the number word at token t, with a tens word before it ("twenty five" → 25).</summary>
    public static int ValueAt(NoteScratch s, int t)
    {
        var value = ValueOf(s.Token(t));
        if (value is > 0 and < 10 && t > 0 && s.Clause[t - 1] == s.Clause[t] && ValueOf(s.Token(t - 1)) is var tens and >= 20 && tens % 10 == 0)
            value += tens;
        return value;
    }
}
