namespace ClaimAudit.Core.Documentation;

/// <summary>
/// What around a matched term decides whether it counts: a negation cue ("no", "unable to"), an
/// impairment cue for a system or function ("impaired balance"), a number for a number-bound
/// measure ("TUG 14.2 s").
/// </summary>
internal static class TermContext
{
    /// <summary>A negation cue reaches this many tokens across (e.g. "unable to perform BAPS").</summary>
    private const int NegationReach = 4;
    /// <summary>A number-bound term ("TUG") needs a number within this many tokens after it...</summary>
    private const int NumberReachAfter = 4;
    /// <summary>...or this many before it ("8 s tandem stance").</summary>
    private const int NumberReachBefore = 3;

    /// <summary>An impairment cue reaches this many tokens across before a system ("impaired reciprocal coordination")...</summary>
    private const int ImpairmentReachBefore = 3;
    /// <summary>...and this many after one ("balance is impaired").</summary>
    private const int ImpairmentReachAfter = 1;

    // A term in a checklist item left unticked ("[ ] PNF", "Foam ☐") was not done.
    public static bool IsUnticked(NoteScratch s, int m) => (s.Flags[s.MatchStart[m]] & TokenFlags.Unticked) != 0;

    /// <summary>
    /// A template field answered no: "One-on-one: N", "Constant attendance (Y/N): No", "1:1 - no" — the
    /// term, then optionally "Y/N", then "n" or "no" ending its clause — or a Y/N field left unanswered.
    /// </summary>
    public static bool IsAnsweredNo(NoteScratch s, int m)
    {
        var t = s.MatchStart[m] + s.MatchLength[m];
        var yesNo = t + 1 < s.Count && s.Token(t) is "y" && s.Token(t + 1) is "n" && s.Sentence[t + 1] == s.Sentence[t - 1];
        if (yesNo) t += 2;
        // "1:1 (Y/N):" with nothing after it was not answered.
        if (yesNo && (t >= s.Count || s.Sentence[t] != s.Sentence[t - 1])) return true;
        if (t >= s.Count || s.Sentence[t] != s.Sentence[t - 1] || s.Token(t) is not ("n" or "no")) return false;
        return t + 1 >= s.Count || s.Clause[t + 1] != s.Clause[t];
    }

    // A cue negates a term in the same clause within reach, unless a scope end ("with", "during")
    // or a pseudo-negation ("no loss of balance") stands between them.
    public static bool IsNegated(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        // The list a term ends ("no foam, beam or rocker board"): its first term, from which the cue's reach is counted.
        var anchor = start;
        var after = start;
        for (var k = m - 1; k >= 0; k--)
        {
            var kEnd = s.MatchStart[k] + s.MatchLength[k];
            if (anchor - kEnd > NegationReach) break;
            var p = s.MatchPhrase[k];
            if (s.Clause[kEnd - 1] != s.Clause[anchor])
            {
                // Across a comma only to an earlier item of the same list, in its sentence and cell.
                if (!p.HasTerm || s.Sentence[kEnd - 1] != s.Sentence[anchor] || s.Cell[kEnd - 1] != s.Cell[anchor] || !OnlyJoiningWordsBetween(s, kEnd, after)) break;
                anchor = after = s.MatchStart[k];
                continue;
            }
            if (p.Has(PhraseKind.ScopeEnd) || p.Has(PhraseKind.Pseudo)) break;
            if (p.Has(PhraseKind.NegationBefore) && !IsDuration(s, kEnd)) return true;
            // The cue's object ends before a word that joins no two of its terms ("and", "or", "on", "of"):
            // "without UE support compared with 8 s" negates the support, not the comparison; "unable
            // to do tandem stance on foam" both.
            if (p.HasTerm)
            {
                if (!OnlyJoiningWordsBetween(s, kEnd, after)) break;
                anchor = s.MatchStart[k];
            }
            after = s.MatchStart[k];
        }
        // After the term, likewise: "tandem stance on foam not tolerated" negates both; in "postural
        // control: rocker board held today" the cue is the rocker board's (a label's value is another thing).
        var last = end;
        for (var k = m + 1; k < s.MatchCount; k++)
        {
            var kStart = s.MatchStart[k];
            if (kStart - end > NegationReach || s.Clause[kStart] != s.Clause[end - 1]) break;
            var p = s.MatchPhrase[k];
            if (p.Has(PhraseKind.ScopeEnd) || p.Has(PhraseKind.Pseudo)) break;
            if (p.Has(PhraseKind.NegationAfter) && !IsDuration(s, kStart + s.MatchLength[k])) return true;
            if (p.HasTerm)
            {
                if ((s.Flags[last - 1] & TokenFlags.Label) != 0 || !OnlyJoiningWordsBetween(s, last, kStart)) break;
                last = kStart + s.MatchLength[k];
            }
        }
        return false;
    }

    // "SLS held 20 s", "stretch held for 30 seconds", "held x 3": a cue word followed by an amount is
    // how long or how often something was done, not that it was withheld ("NMR held today d/t BP").
    private static bool IsDuration(NoteScratch s, int t)
    {
        if (t < s.Count && s.Token(t) is "for" or "x") t++;
        return t < s.Count && ((s.Flags[t] & (TokenFlags.Number | TokenFlags.Count)) != 0 || NumberWords.IsQuantity(s, t));
    }

    private static bool OnlyJoiningWordsBetween(NoteScratch s, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (s.Token(t) is not ("and" or "or" or "nor" or "&" or "on" or "in" or "of" or "onto" or "at")) return false;
        return true;
    }

    // "impaired reciprocal coordination", "delayed R ankle strategy", "balance deficits", "coordination
    // is impaired": a cue shortly before in the same clause (not across "with", "during", …) or right after.
    public static bool HasImpairmentCue(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        // "(+) Romberg", "Dix-Hallpike +": a positive test is a finding.
        if (((s.Flags[start] | s.Flags[end - 1]) & TokenFlags.Positive) != 0) return true;
        // "↓ L stance time", "↓ anterior/posterior limits of stability": the arrow shortly before, in the clause.
        for (var k = start; k >= Math.Max(0, start - ImpairmentReachBefore) && s.Clause[k] == s.Clause[start]; k--)
            if ((s.Flags[k] & TokenFlags.Decreased) != 0) return true;
        for (var k = m - 1; k >= 0; k--)
        {
            var kEnd = s.MatchStart[k] + s.MatchLength[k];
            if (start - kEnd > ImpairmentReachBefore || s.Clause[kEnd - 1] != s.Clause[start]) break;
            var p = s.MatchPhrase[k];
            if (p.Has(PhraseKind.ImpairmentBefore)) return true;
            if (p.Has(PhraseKind.ScopeEnd)) break;
        }
        for (var k = m + 1; k < s.MatchCount; k++)
        {
            var kStart = s.MatchStart[k];
            if (kStart - end > ImpairmentReachAfter || s.Clause[kStart] != s.Clause[end - 1]) break;
            if (s.MatchPhrase[k].Has(PhraseKind.ImpairmentAfter)) return true;
        }
        return false;
    }

    // A number-bound term ("TUG") counts only with its value near it: "TUG 14.2 s", "8 s tandem stance".
    public static bool HasNumberNear(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        for (var t = end; t < Math.Min(s.Count, end + NumberReachAfter) && s.Sentence[t] == s.Sentence[start]; t++)
            if (IsMeasureNumber(s, t) || (t == end && (s.Flags[t] & TokenFlags.LikelyDate) != 0 && (s.Flags[t] & TokenFlags.Unticked) == 0)) return true;
        for (var t = start - 1; t >= Math.Max(0, start - NumberReachBefore) && s.Sentence[t] == s.Sentence[start]; t--)
            if (IsMeasureNumber(s, t)) return true;
        // A pattern phrase ("# perturbations") carries its own number.
        for (var t = start; t < end; t++)
            if (IsMeasureNumber(s, t)) return true;
        return false;
    }

    // A number in a blank template field ("Berg: ___/56") is the field's scale, not a result.
    // A number written as a word counts as a quantity ("Berg forty-four out of fifty-six", "twenty seconds").
    private static bool IsMeasureNumber(NoteScratch s, int t) =>
        ((s.Flags[t] & TokenFlags.Number) != 0 || NumberWords.IsQuantity(s, t))
        && (s.Flags[t] & (TokenFlags.DateOrTime | TokenFlags.CodeLike | TokenFlags.Unticked | TokenFlags.LikelyDate)) == 0
        && !s.IsMinuteNumber(t);
}
