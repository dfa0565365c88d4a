namespace ClaimAudit.Core.Documentation;

/// <summary>The MinHash signature of a tokenized note's word shingles, for clone detection.</summary>
internal static class NoteSignature
{
    /// <summary>Words per shingle for clone detection.</summary>
    public const int ShingleSize = 4;
    /// <summary>Notes shorter than this are not fingerprinted: any two short notes look alike.</summary>
    public const int MinWordsForFingerprint = 8;

    /// <summary>Weekdays, months and relative days, normalised away like dates (they change when a note is copied forward).</summary>
    public static readonly string[] CalendarWords =
    [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
        "fri", "friday", "sat", "saturday", "sun", "sunday", "today", "yesterday",
    ];

    // "12 minute: .... WALK", "2..minute WALK": a pattern from the number ("# minute walk") read across a dot leader after the
    // number, where the fingerprint has always stopped at the leader (it ended a sentence) and read the number as minutes.
    private static bool PatternCutByLeader(NoteScratch s, int t)
    {
        if ((s.Flags[t] & TokenFlags.Number) == 0 || t + 1 >= s.Count || s.MatchAt[t] < 0 || s.MatchStart[s.MatchAt[t]] != t) return false;
        var end = t + s.MatchLength[s.MatchAt[t]];
        return s.Token(t + 1) is "min" or "mins" or "minute" or "minutes" && end > t + 2 && s.DotLeaderBetween(t, end - 1);
    }

    // Dates, times, weekdays and the minutes of a service are normalised away, so a note copied
    // forward with only those changed is still a copy; measure values are kept, so a note whose
    // numbers progress is not. A word's hash is the FNV-1a of its lower-cased characters taken by
    // the tokenizer (TokenHash); the placeholders, the shingle hash and MinHash's functions are
    // fixed, so signatures stored by earlier batches compare with new ones.
    public static uint[] Compute(NoteScratch s, PhraseIndex phrases)
    {
        const ulong DatePlaceholder = 0x1D47E_0001UL, MinutesPlaceholder = 0x1D47E_0002UL;
        var hashes = s.TokenHashes;
        for (var t = 0; t < s.Count; t++)
        {
            if ((s.Flags[t] & TokenFlags.DateOrTime) != 0 || phrases.IsCalendarWord(s, t)) hashes[t] = DatePlaceholder;
            else if ((s.IsSignatureMinuteNumber(t) || PatternCutByLeader(s, t)) && !phrases.NumberPatternSpansNext(s, t)) hashes[t] = MinutesPlaceholder;
        }
        var shingleCount = Math.Max(1, s.Count - ShingleSize + 1);
        var shingles = s.ShingleHashes(shingleCount);
        for (var i = 0; i < shingleCount; i++)
        {
            var h = 0xCBF29CE484222325UL;
            for (var k = i; k < Math.Min(s.Count, i + ShingleSize); k++) h = (h ^ hashes[k]) * 0x100000001B3UL;
            shingles[i] = MinHash.Mix(h);
        }
        return MinHash.Compute(shingles.AsSpan(0, shingleCount));
    }
}
