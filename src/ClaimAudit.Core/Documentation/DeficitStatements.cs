namespace ClaimAudit.Core.Documentation;

/// <summary>
/// Deficits as a reviewer reads them (issue 18, from the deficit phrase battery): a functional
/// limitation stated as the problem ("unable to step up onto curb", "tub transfer unsafe", "difficulty
/// rolling to L") is the deficit a 97530, 97116, 97110 or 97140 service targets; a deficit's word
/// followed by what says it is not a problem ("proprioception intact", "antalgic gait resolved",
/// "joint mobility WNL", "ADLs independent") states none; nor does a diagnosis or history line
/// ("Dx: M17.11 primary OA R knee", "Hx L hip fx").
/// </summary>
internal static class DeficitStatements
{
    private const int NormalReach = 5;

    /// <summary>Whether match m's deficit is said, right after it in its clause, to be no problem.</summary>
    public static bool SaidNormal(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        for (var k = end; k < Math.Min(s.Count, end + NormalReach) && s.Clause[k] == s.Clause[start]; k++)
        {
            var w = s.Token(k);
            // "STM to L upper trap until spasm resolved": what the treatment went on to, not the state it found.
            if (w is "until" or "till" or "once") return false;
            var normal = w is "intact" or "resolved" or "wnl" or "wfl" or "normal" or "normalized" or "normalised" or "independent" or "neg" or "negative"
                or "symmetric" or "symmetrical" or "unremarkable" or "nil" or "5/5" or "met"
                || (w is "without" or "w/o" && k + 1 < s.Count && s.Token(k + 1) is "difficulty" or "limitation" or "limitations" or "deficit" or "deficits");
            // "not resolved", "not yet independent": still a problem.
            if (normal) return !(k > 0 && s.Token(k - 1) is "not" or "yet" or "partially" or "nearly" or "almost");
        }
        // "Previously poor SLS on R": what it was, not what it is.
        for (var k = start - 1; k >= Math.Max(0, start - 3) && s.Clause[k] == s.Clause[start]; k--)
            if (s.Token(k) is "previously" or "formerly") return true;
        return false;
    }

    /// <summary>Whether match m stands on a diagnosis or history line ("Dx: …", "ICD-10: …", "Hx …", "PMH: …").</summary>
    public static bool OnDiagnosisLine(NoteScratch s, int m)
    {
        var first = s.MatchStart[m];
        while (first > 0 && s.Line[first - 1] == s.Line[first]) first--;
        // The line's first sentence only: "Hx R BPPV cleared 2/18; residual motion-provoked dizziness" goes on to today.
        if (s.Sentence[first] != s.Sentence[s.MatchStart[m]]) return false;
        var w = s.Token(first);
        if (w is "hx" or "pmh") return true;
        if (w is not ("dx" or "diagnosis" or "diagnoses" or "icd" or "icd-10" or "icd10")) return false;
        return (s.Flags[first] & TokenFlags.Label) != 0 || (first + 1 < s.Count && s.Line[first + 1] == s.Line[first] && (s.Flags[first + 1] & TokenFlags.Label) != 0);
    }

    /// <summary>
    /// A functional limitation stated as the problem: a limitation word ("unable", "can't", "difficulty",
    /// "unsafe", "limited", "requires") and a functional task or a way of moving in one clause, the
    /// limitation not denied ("without difficulty", "no longer unable").
    /// </summary>
    public static bool StatesFunctionalLimitation(NoteScratch s, bool[] isFunctionalTask)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (!IsLimitationWord(s, t) || Denied(s, t)) continue;
            var clause = s.Clause[t];
            for (var k = Math.Max(0, t - 6); k < Math.Min(s.Count, t + 8); k++)
            {
                if (s.Clause[k] != clause || k == t) continue;
                if (IsFunctionWord(s.Token(k))) return true;
                if (s.MatchAt[k] >= 0)
                    foreach (var target in s.MatchPhrase[s.MatchAt[k]].Targets)
                        if (target.Kind == PhraseKind.Term && isFunctionalTask[target.Id]) return true;
            }
        }
        return false;
    }

    private static bool IsLimitationWord(NoteScratch s, int t)
    {
        var w = s.Token(t);
        if (w is "unable" or "can't" or "cannot" or "cant" or "difficulty" or "difficult" or "struggles" or "struggling" or "unsafe" or "limited"
            or "inability" or "trouble" or "dependent") return true;
        // "can" + "not" / "t" where the tokenizer splits them.
        if (w is "can" && t + 1 < s.Count && s.Token(t + 1) is "not" or "t") return true;
        // "decreased ability to", "requires mod A", "needs min A x2 for squat pivot".
        if (w is "ability" && t > 0 && (s.Flags[t] & TokenFlags.Decreased) != 0 || (w is "ability" && t > 0 && s.Token(t - 1) is "decreased" or "decr" or "reduced" or "poor")) return true;
        return w is "requires" or "required" or "needs" && t + 2 < s.Count && s.Token(t + 1) is "mod" or "max" or "min" or "moderate" or "maximal" or "minimal" or "assist" or "assistance" or "help" or "cga";
    }

    private static bool Denied(NoteScratch s, int t)
    {
        for (var k = t - 1; k >= Math.Max(0, t - 2) && s.Clause[k] == s.Clause[t]; k--)
            if (s.Token(k) is "no" or "without" or "w/o" or "denies" or "longer" or "not" or "previously" or "formerly") return true;
        return false;
    }

    // The ways of moving and doing a limitation is stated about, beyond the vocabulary's named tasks.
    private static bool IsFunctionWord(ReadOnlySpan<char> w) =>
        w is "rise" or "stand" or "standing" or "sit" or "walk" or "walking" or "amb" or "ambulate" or "ambulating" or "climb" or "climbing"
            or "stairs" or "steps" or "stair" or "curb" or "curbs" or "kneel" or "kneeling" or "squat" or "squatting" or "bend" or "bending" or "stoop"
            or "stooping" or "lift" or "lifting" or "carry" or "carrying" or "reach" or "reaching" or "throw" or "throwing" or "catch" or "catching"
            or "open" or "push" or "pushing" or "pull" or "pulling" or "roll" or "rolling" or "transfer" or "transfers" or "dress" or "dressing"
            or "bathe" or "bathing" or "shower" or "showering" or "toilet" or "toileting" or "getting" or "step" or "turn" or "turns" or "turning"
            or "negotiate" or "floor" or "bed" or "tub" or "car" or "couch" or "chair" or "grasp" or "grip" or "write" or "writing" or "button" or "type" or "typing";
}
