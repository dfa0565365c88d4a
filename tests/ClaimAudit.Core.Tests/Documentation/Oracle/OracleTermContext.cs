using ClaimAudit.Core.Documentation;

// A frozen copy of the note analyzer as of 972830d (scalar MinHash, dictionary word lookup): the
// oracle the optimised analyzer must agree with exactly, since stored fingerprints compare across batches.
namespace ClaimAudit.Core.Tests.Documentation.Oracle;

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

    // A cue negates a term in the same clause within reach, unless a scope end ("with", "during")
    // or a pseudo-negation ("no loss of balance") stands between them.
    public static bool IsNegated(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        for (var k = m - 1; k >= 0; k--)
        {
            var kEnd = s.MatchStart[k] + s.MatchLength[k];
            if (start - kEnd > NegationReach || s.Clause[kEnd - 1] != s.Clause[start]) break;
            var p = s.MatchPhrase[k];
            if (p.Has(PhraseKind.ScopeEnd) || p.Has(PhraseKind.Pseudo)) break;
            if (p.Has(PhraseKind.NegationBefore)) return true;
        }
        for (var k = m + 1; k < s.MatchCount; k++)
        {
            var kStart = s.MatchStart[k];
            if (kStart - end > NegationReach || s.Clause[kStart] != s.Clause[end - 1]) break;
            var p = s.MatchPhrase[k];
            if (p.Has(PhraseKind.ScopeEnd) || p.Has(PhraseKind.Pseudo)) break;
            if (p.Has(PhraseKind.NegationAfter)) return true;
        }
        return false;
    }

    // "impaired reciprocal coordination", "delayed R ankle strategy", "balance deficits", "coordination
    // is impaired": a cue shortly before in the same clause (not across "with", "during", …) or right after.
    public static bool HasImpairmentCue(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
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
            if (IsMeasureNumber(s, t)) return true;
        for (var t = start - 1; t >= Math.Max(0, start - NumberReachBefore) && s.Sentence[t] == s.Sentence[start]; t--)
            if (IsMeasureNumber(s, t)) return true;
        // A pattern phrase ("# perturbations") carries its own number.
        for (var t = start; t < end; t++)
            if (IsMeasureNumber(s, t)) return true;
        return false;
    }

    private static bool IsMeasureNumber(NoteScratch s, int t) =>
        (s.Flags[t] & TokenFlags.Number) != 0
        && (s.Flags[t] & (TokenFlags.DateOrTime | TokenFlags.CodeLike)) == 0
        && !s.IsMinuteNumber(t);
}
