namespace ClaimAudit.Core.Documentation;

/// <summary>
/// Numbers written as words, as dictated notes give them: minutes ("fifteen minutes of NMR", "twenty-five
/// minutes"), the counts of a measure's "k of n" ("seven of ten pulls") and quantities with their unit
/// ("twenty seconds", "three sets of ten", "forty-four out of fifty-six").
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

    // The words after which a number written as a word is a quantity: units of time (not minutes,
    // which the minutes reader reads), distance, weight, angle and count. "One last time", "two in
    // standing", "one hand" are no measure, so the list is of units only, never any word.
    private static readonly HashSet<string> QuantityUnits = new(StringComparer.Ordinal)
    {
        "second", "seconds", "sec", "secs", "s", "hours", "hour",
        "foot", "feet", "ft", "yard", "yards", "yds", "meter", "meters", "metre", "metres", "m", "mile", "miles", "inch", "inches",
        "cm", "mm", "km", "mph", "kilometers", "centimeters", "millimeters",
        "pound", "pounds", "lb", "lbs", "kg", "kilograms", "kilos", "ounce", "ounces", "oz",
        "degree", "degrees", "deg", "percent", "blocks", "cubes", "pegs",
        "rep", "reps", "repetition", "repetitions", "set", "sets", "trial", "trials", "bouts", "rounds", "laps", "passes",
        "circuits", "cycles", "flights", "stairs", "steps", "step", "errors", "stumbles", "catches", "saves", "misses", "drops",
        "perturbations", "losses", "episodes", "rests", "breaks", "cues", "touches", "touchdowns", "beats", "bpm", "breaths", "watts",
    };

    private static bool IsNumber(NoteScratch s, int t) => (s.Flags[t] & (TokenFlags.Number | TokenFlags.NumberWord)) != 0;

    /// <summary>
    /// Token t is a number written as a word that states a quantity: followed by a unit ("twenty
    /// seconds", "three sets", "two pounds"), a count of n ("seven of ten", "four out of five"), or one
    /// part of a compound number ("forty-one", "forty one"), which is never anything but a number.
    /// </summary>
    public static bool IsQuantity(NoteScratch s, int t)
    {
        if ((s.Flags[t] & TokenFlags.NumberWord) == 0) return false;
        // "seven of ten", "four out of five": a count of n, with both numbers there ("one of her knees" is none).
        if (t >= 2 && s.Sentence[t - 2] == s.Sentence[t] && s.Token(t - 1) is "of" && IsNumber(s, s.Token(t - 2) is "out" && t >= 3 ? t - 3 : t - 2)) return true;
        if (t + 2 < s.Count && s.Sentence[t + 2] == s.Sentence[t] && s.Token(t + 1) is "of" && IsNumber(s, t + 2)) return true;
        if (t + 3 < s.Count && s.Sentence[t + 3] == s.Sentence[t] && s.Token(t + 1) is "out" && s.Token(t + 2) is "of" && IsNumber(s, t + 3)) return true;
        if (t + 1 >= s.Count || s.Sentence[t + 1] != s.Sentence[t]) return false;
        var next = s.Token(t + 1);
        if (QuantityUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next)) return true;
        var value = ValueOf(s.Token(t));
        var nextValue = ValueOf(next);
        // "forty one": a tens word and a units word, both parts of a number, unless it is minutes
        // ("twenty five minutes": the minutes reader's; the units word is then excluded as a minute number).
        if (value >= 20 && value % 10 == 0 && nextValue is > 0 and < 10)
            return !(t + 2 < s.Count && s.Token(t + 2) is "min" or "mins" or "minute" or "minutes");
        return value is > 0 and < 10 && t > 0 && s.Sentence[t - 1] == s.Sentence[t] && ValueOf(s.Token(t - 1)) is var tens and >= 20 && tens % 10 == 0;
    }
}
