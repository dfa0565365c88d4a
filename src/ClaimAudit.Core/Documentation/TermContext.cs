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
    /// A template field answered no: "One-on-one: N", "Constant attendance (Y/N): No", "1:1 - no",
    /// "Tech.PNF=FALSE", "FOAM 0" under a "(1 = done)" legend — the term, then optionally "Y/N", then
    /// "n", "no", "false", "UTA" (unable to assess), "N/A" (or that 0, on the legend's line or the next, after anything but a measure:
    /// "LOB 0" is a count) ending its clause —
    /// or a Y/N field left unanswered (or an EHR pick list left as its code, "{YES/NO:20388}", or a Word
    /// drop-down never set, "Choose an item."); a form export's "Unchecked" answers no.
    /// </summary>
    public static bool IsAnsweredNo(NoteScratch s, int m, byte[]? kinds = null, bool mode = false)
    {
        var t = s.MatchStart[m] + s.MatchLength[m];
        // "Seen individually: Y̶E̶S̶ / NO": the struck answer is no answer; the one left stands.
        while (t < s.Count && (s.Flags[t] & TokenFlags.Struck) != 0 && s.Line[t] == s.Line[t - 1]) t++;
        // "Individual (1:1): No — balance class": the field's name said again in parentheses before its colon; the answer is after it.
        const TokenFlags restated = TokenFlags.AfterParen | TokenFlags.ClosesParen | TokenFlags.Label;
        if (t + 1 < s.Count && (s.Flags[t] & restated) == restated && s.Line[t] == s.Line[t - 1] && s.MatchAt[t] >= 0 && s.MatchPhrase[s.MatchAt[t]].HasTerm) t++;
        // "One-on-one (all timed minutes): N/A": the field's scope in parentheses before its colon; the answer is after it.
        else if (ScopeInParenthesesEnd(s, t) is int scopeEnd) t = scopeEnd;
        if (t >= s.Count) return false;
        // "3. 1:1" a heading alone on its line (after its list number), "No. Mrs. Han was on the parallel bar …" opening the next:
        // the heading answered no.
        if (mode && s.Line[t] == s.Line[t - 1] + 1 && s.Token(t) is "no" && EndsClause(s, t) && HeadingAloneOnItsLine(s, s.MatchStart[m], t)
            // (A sentence after it, not "No. of sets: 3", "No. 3 tandem".)
            && (t + 1 >= s.Count || s.Line[t + 1] != s.Line[t] || ((s.Flags[t + 1] & TokenFlags.TitleCase) != 0 && s.Token(t + 1) is not "of"
                // (Nor "No. Visits: 6/12", "No. Reps: 3 x 10": a field's name after the number's abbreviation.)
                && (s.Flags[t + 1] & TokenFlags.Label) == 0 && !(t + 2 < s.Count && (s.Flags[t + 2] & TokenFlags.Label) != 0)))) return true;
        // "One-on-one (all timed minutes): --Select--": a drop-down left at its prompt, nothing chosen.
        if (mode && (s.Flags[t - 1] & TokenFlags.Label) != 0 && s.Token(t) is "select" && s.Line[t] == s.Line[t - 1]
            && (t + 1 >= s.Count || s.Line[t + 1] != s.Line[t] || (s.Token(t + 1) is "one" && (t + 2 >= s.Count || s.Line[t + 2] != s.Line[t])))) return true;
        // "Were any services provided in a group? → No", "Any concurrent services? → No": a question about
        // the session's mode is answered by the next words on its line (the question may end a word or two
        // after the term). Not any question: "Dizziness with gaze stabilization exercises? No." answers the dizziness.
        var sentence = s.Sentence[t - 1];
        // "Functional goal addressed: N/A": the field's last word, then its answer.
        // "1:1 attended | N" (a two-cell row), "1:1 time   N/A": the field's last word ends its cell, the answer fills the next
        // and last ("Code | 1:1 provided | No. of units | Min" is a table's heading, not an answer).
        // (A field of that time's exceptions is not it: "Missed 1:1 time: none", "Interruptions to 1:1 time: none".)
        if (t + 1 < s.Count && s.Token(t) is "addressed" or "targeted" or "treated" or "attended" or "provided" or "performed" or "delivered" or "time"
            && ((s.Flags[t] & TokenFlags.Label) != 0 || (s.Cell[t + 1] != s.Cell[t] && s.Line[t + 1] == s.Line[t] && IsTwoCellRow(s, t))) && s.Sentence[t + 1] == sentence
            && (s.Token(t) is not "time" || StartsItsLine(s, s.MatchStart[m]))
            && s.Token(t + 1) is "n" or "no" or "na" or "n/a" or "none" or "nil")
        {
            // The answer alone ("N/A", "none"), not the start of a remark ("no progress this week").
            var end = s.Token(t + 1) is "n" && t + 2 < s.Count && s.Token(t + 2) is "a" && s.Clause[t + 2] == s.Clause[t + 1] ? t + 2 : t + 1;
            if (EndsClause(s, end)) return true;
        }
        // "Proprioception impaired? N   Tone abnormal? N": a finding asked of the term, answered no and nothing else.
        if (t + 1 < s.Count && (s.Flags[t] & TokenFlags.Question) != 0 && s.Token(t) is "impaired" or "abnormal" or "decreased" or "reduced" or "limited" or "present"
            && s.Token(t + 1) is "n" or "no" && s.Line[t + 1] == s.Line[t]
            // The answer alone in its cell (not "Dizziness present? No, except with rolling to the R", nor before a remark in
            // parentheses: "Balance impaired? N    (pt's opinion; PT disagrees, Berg 38/56)").
            && (t + 2 >= s.Count || s.Line[t + 2] != s.Line[t + 1] || (s.Cell[t + 2] != s.Cell[t + 1] && (s.Flags[t + 2] & TokenFlags.AfterParen) == 0))) return true;
        var q = t - 1;
        while (q < t + 1 && q + 1 < s.Count && (s.Flags[q] & TokenFlags.Question) == 0 && s.Sentence[q + 1] == sentence && !StartsTerm(s, q + 1)) q++;
        if (mode && (s.Flags[q] & TokenFlags.Question) != 0 && q + 1 < s.Count && s.Line[q + 1] == s.Line[q])
        {
            t = q + 1;
            sentence = s.Sentence[t];
        }
        // "Direct 1:1 client contact (Y/N): N": a word or two of the field's name before its Y/N.
        for (var skip = 1; skip <= 2 && mode && t + skip + 1 < s.Count; skip++)
            if (s.Sentence[t + skip] == sentence && s.Token(t + skip) is "y" && s.Token(t + skip + 1) is "n" && PlainWords(s, t, t + skip)
                // ("(circle): (Y) N" is an instruction, and a circled answer reads as no answer once typed.)
                && s.Token(t) is not ("circle" or "tick" or "check" or "select")) { t += skip; break; }
        // "Direct 1:1 contact for NMR:  N  (pt worked in the LiteGait while PT evaluated a new patient)": up to three words of
        // the field's name, its colon, then its answer no.
        // (Not past an answer: "One-on-one: Yes ▸ Group: No".)
        if (mode && (s.Flags[t - 1] & TokenFlags.Label) == 0)
            for (var k = t; k <= t + 3 && k + 1 < s.Count && s.Sentence[k] == sentence && s.Line[k] == s.Line[t - 1]; k++)
            {
                // Only the words such a field's name is made of ("contact", "time", "for", a code's name), in the term's clause:
                // not "1:1 w/ PT, caregiver present: N", "1:1 today   Group: No", "1:1 session - Late arrival: N".
                if (s.Clause[k] != s.Clause[t - 1] || (s.Flags[k] & (TokenFlags.Number | TokenFlags.CodeLike)) != 0 || StartsTerm(s, k)
                    || !((s.MatchAt[k] >= 0 && s.MatchPhrase[s.MatchAt[k]].Has(PhraseKind.CodeName)) || s.Token(k) is "contact" or "time" or "tx" or "treatment" or "session" or "provided" or "for" or "during" or "the" or "flag" or "toggle" or "switch")) break;
                if ((s.Flags[k] & TokenFlags.Label) == 0) continue;
                // ("1ON1 FLAG: N", "1:1 toggle: OFF": a system's flag or switch, the one word of the field's name after the term.)
                var isSwitch = s.Token(k) is "flag" or "toggle" or "switch";
                if ((k > t || isSwitch) && (s.Token(k + 1) is "n" or "no" || (isSwitch && s.Token(k + 1) is "off")) && s.Line[k + 1] == s.Line[k] && s.Sentence[k + 1] == sentence
                    && !(s.Token(k + 1) is "n" && k + 2 < s.Count && s.Token(k + 2) is "a")) t = k + 1;
                break;
            }
        // "Direct 1:1 (circle):  Y   N": the form's instruction before its answers.
        if (t + 1 < s.Count && s.Token(t) is "circle" or "tick" or "check" && s.Sentence[t] == sentence)
        {
            var y = t + (s.Token(t + 1) is "one" ? 2 : 1);
            // Only "Y  N  [neither circled]": a circled "(Y)" is no different from "Y" once read.
            if (y + 3 < s.Count && s.Token(y) is "y" && s.Token(y + 1) is "n" && s.Token(y + 2) is "neither" or "none") t = y;
        }
        var yesNo = t + 1 < s.Count && s.Token(t) is "y" && s.Token(t + 1) is "n" && s.Sentence[t + 1] == sentence
            // ("One-on-one:  (Y) / N": the Y circled alone is the answer, as in "1:1 for the timed code: (Y) / N".)
            && !((s.Flags[t] & TokenFlags.AfterParen) != 0 && (s.Flags[t] & TokenFlags.ClosesParen) != 0 && (s.Flags[t + 1] & TokenFlags.AfterParen) == 0);
        // "1:1 w/ PTA?   Y ✓   N __": a tick after one of the two answers it (after the N, no).
        if (yesNo && ((s.Flags[t] & TokenFlags.TickAfter) != 0) != ((s.Flags[t + 1] & TokenFlags.TickAfter) != 0))
            return (s.Flags[t + 1] & TokenFlags.TickAfter) != 0;
        // An EHR's pick list left as its code: "Pt treated 1:1: {YES/NO:20388}", "1:1 treatment provided: {Yes/No:20314}"
        // (a word or two of the field's name between).
        for (var k = t; k <= t + 3 && k + 2 < s.Count && s.Sentence[k] == sentence; k++)
        {
            if (s.Token(k) is "yes" && s.Token(k + 1) is "no" && (s.Flags[k + 2] & TokenFlags.Integer) != 0
                && s.Sentence[k + 2] == sentence && (k + 3 >= s.Count || s.Sentence[k + 3] != s.Sentence[k + 2])
                && (k == t || ((s.Flags[k - 1] & TokenFlags.Label) != 0 && PlainWords(s, t, k)))) return true;
            if (k > t && (s.Flags[k - 1] & TokenFlags.Label) != 0) break;
        }
        // "Concurrent/group: No": the field names two modes, its answer after both.
        if (t + 1 < s.Count && (s.Flags[t] & TokenFlags.Label) != 0 && s.Token(t) is "group" or "concurrent" or "cotreat" or "co-treat" && s.Clause[t] == s.Clause[t - 1]
            && s.Token(t - 1) is "group" or "concurrent" or "cotreat" or "co-treat" or "semi-private"
            && s.Sentence[t + 1] == sentence && s.Token(t + 1) is "no" or "n" && EndsClause(s, t + 1)) return true;
        // A Word template's drop-down never set: "One-on-one treatment: Choose an item."
        for (var k = t; k < Math.Min(s.Count - 2, t + 3) && s.Sentence[k] == sentence; k++)
            if (s.Token(k) is "choose" && s.Token(k + 1) is "an" && s.Token(k + 2) is "item") return true;
        // A form export's "Unchecked", after the field's last words ("1:1 treatment: Unchecked"); a typed
        // paper form's "(not ticked)" after its dotted label ("Concurrent / group ....... (not ticked)").
        for (var k = t; k < Math.Min(s.Count, t + 4) && s.Line[k] == s.Line[t - 1]; k++)
        {
            if (s.Clause[k] != s.Clause[t - 1] && !s.DotLeaderBetween(t - 1, k)) break;
            if (s.Token(k) is "unchecked" or "unticked" && EndsClause(s, k)) return true;
            if (s.Token(k) is "not" && k + 1 < s.Count && s.Token(k + 1) is "ticked" or "checked" or "marked" or "selected" && EndsClause(s, k + 1)) return true;
            // "1:1 Yes Group Unchecked", "Perturbation training Checked BAPS Unchecked": the answer is another item's.
            if (s.Token(k) is "yes" or "y" or "no" or "n" or "checked" or "ticked" || (s.MatchAt[k] >= 0 && s.MatchStart[s.MatchAt[k]] == k && s.MatchPhrase[s.MatchAt[k]].HasTerm)) break;
        }
        // "Vestibular / gaze ........ N", "Motor recruitment / timing ..... UTA": a dotted row's item of a
        // few words, its answer after the leader.
        if (!yesNo && t < s.Count && DotLeaderSoonOnLine(s, t) is int answer) t = answer;
        // "Wobble board / foam          N", "Stepping strategy drills     N": an item of a few words in a two-cell row, the
        // other cell its answer alone — the answer of every term in the item's cell.
        else if (!yesNo && RowAnswer(s, m) is int rowAnswer) (t, sentence) = (rowAnswer, s.Sentence[rowAnswer]);
        if (yesNo) t += 2;
        // "1:1 (Y/N):" with nothing after it was not answered; nor was "Y   N   [neither circled]".
        if (yesNo && (t >= s.Count || s.Sentence[t] != sentence)) return true;
        if (yesNo && t + 1 < s.Count && s.Token(t) is "neither" or "none" && s.Token(t + 1) is "circled" or "marked" or "ticked" or "selected") return true;
        // "PNF ..... n/p" under the note's legend "(n/p = not performed)".
        if (!yesNo && t + 1 < s.Count && s.Token(t) is "n" && s.Token(t + 1) is "p" && EndsClause(s, t + 1) && SaysNotPerformed(s)) return true;
        if (!yesNo && s.Token(t) is "np" or "n/p" && EndsClause(s, t) && SaysNotPerformed(s)) return true;
        // "Rocker board ......... not done": a dotted row's answer in words.
        if (!yesNo && t + 1 < s.Count && s.Token(t) is "not" && s.Token(t + 1) is "done" or "performed" or "completed" or "attempted" && EndsClause(s, t + 1)
            && s.DotLeaderBetween(s.MatchStart[m], t) && s.Line[t] == s.Line[s.MatchStart[m]]) return true;
        if (t >= s.Count || s.Sentence[t] != sentence || !(s.Token(t) is "n" or "no" or "false" or "unchecked" or "uta" or "n/a" or "na" || (!yesNo && s.Token(t) is "0" && IsFlagUnderLegend(s, m, kinds))
            || (s.Token(t) is "off" && t > 0 && s.Token(t - 1) is "toggle" or "switch" or "flag")
            // "Constant attendance: partly; I stepped out …": not for the whole service.
            || (mode && s.Token(t) is "partly" or "partially" && (s.Flags[t - 1] & TokenFlags.Label) != 0))) return false;
        // "N/A", which the tokenizer reads as "n" and "a": not applicable, answered no.
        if (s.Token(t) is "n" && t + 1 < s.Count && s.Token(t + 1) is "a" && s.Clause[t + 1] == s.Clause[t]) t++;
        // A transcriber's note of the mark on paper: "Y   N   [N circled]".
        if (yesNo && t + 1 < s.Count && s.Token(t + 1) is "circled" or "marked" or "selected" && s.Line[t + 1] == s.Line[t]) return true;
        // The answer ends its clause, or a spaced dash or a parenthesis starts a remark ("1:1 (Y/N): N — slot shared",
        // "One-on-one: N (pt and the next pt shared the balance area)", "1ON1 FLAG: N - MR. PRUITT ON THE ROCKER BOARD").
        // (A typed hyphen only after a mode's answer: "Proprioception: N - R" is normal on the right.)
        return t + 1 >= s.Count || s.Clause[t + 1] != s.Clause[t] || (s.Flags[t + 1] & TokenFlags.AfterDash) != 0 || (mode && (s.Flags[t + 1] & TokenFlags.AfterSpacedHyphen) != 0)
            || ((s.Flags[t + 1] & TokenFlags.AfterParen) != 0 && !RemarkTakesItBack(s, t + 1));
    }

    /// <summary>
    /// The value picked from an EHR pick list printed after the term's field ("One-on-one: {Yes/No:1234} Yes" — the list's
    /// options, its number, then the value): true for yes, false for no; null where there is no such list or nothing after it.
    /// </summary>
    public static bool? PickListValue(NoteScratch s, int m)
    {
        var end = s.MatchStart[m] + s.MatchLength[m];
        // (The list answers the mode's own field — a label's colon between the mode and the list, all in one clause: not "1:1 w/ PT;
        // interpreter {Yes/No:20} No", "one-on-one. Consent {Yes/No:301} No".)
        var labelled = false;
        for (var k = end; k <= end + 3 && k + 3 < s.Count && s.Line[k] == s.Line[end - 1] && s.Sentence[k] == s.Sentence[end - 1] && s.Clause[k] == s.Clause[end - 1]; k++)
        {
            labelled |= (s.Flags[k - 1] & TokenFlags.Label) != 0;
            if (labelled && s.Token(k) is "yes" && s.Token(k + 1) is "no" && (s.Flags[k + 2] & TokenFlags.Integer) != 0 && s.Line[k + 3] == s.Line[k])
                return s.Token(k + 3) is "yes" or "y" ? true : s.Token(k + 3) is "no" or "n" ? false : null;
        }
        return null;
    }

    // "(all timed minutes):", "(billed time):" right after a field's name: the index after its closing label, else null.
    private static int? ScopeInParenthesesEnd(NoteScratch s, int t)
    {
        if (t >= s.Count || (s.Flags[t] & TokenFlags.AfterParen) == 0 || s.Line[t] != s.Line[t - 1]) return null;
        for (var k = t; k < s.Count && k < t + 4 && s.Line[k] == s.Line[t]; k++)
        {
            if (s.Token(k) is not ("all" or "timed" or "minutes" or "min" or "mins" or "billed" or "time" or "for" or "the" or "code" or "codes" or "units" or "service" or "services")) return null;
            if ((s.Flags[k] & TokenFlags.ClosesParen) != 0) return (s.Flags[k] & TokenFlags.Label) != 0 ? k + 1 : null;
        }
        return null;
    }

    // A parenthesis closes on a token in [from, to).
    private static bool ClosesBetween(NoteScratch s, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to; k++)
            if ((s.Flags[k] & TokenFlags.ClosesParen) != 0) return true;
        return false;
    }

    // A remark in parentheses after an answer that turns it ("N (actually Y - alternated with pt in bay 2)", "N (except 5 min
    // overlap)"), read up to its closing parenthesis or a dozen words.
    private static bool RemarkTakesItBack(NoteScratch s, int from)
    {
        for (var k = from; k < Math.Min(s.Count, from + 12) && s.Sentence[k] == s.Sentence[from]; k++)
        {
            if (s.Token(k) is "actually" or "except" or "but" or "y" or "yes") return true;
            if ((s.Flags[k] & TokenFlags.ClosesParen) != 0) break;
        }
        return false;
    }

    private static bool StartsItsLine(NoteScratch s, int k) => k == 0 || s.Line[k - 1] != s.Line[k];

    // Token t's line has two cells, t in the first.
    private static bool IsTwoCellRow(NoteScratch s, int t)
    {
        var first = s.LineStartOf(t);
        var last = s.LineEndOf(t) - 1;
        return s.Cell[t] == s.Cell[first] && s.Cell[last] == s.Cell[first] + 1;
    }

    // The first token of the second and last cell of match m's row, where m lies in the first (its item, at most six
    // tokens) and the second holds one token, or "n/a".
    private static int? RowAnswer(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var (first, last) = (s.LineStartOf(start), s.LineEndOf(start) - 1);
        if (s.Cell[start] != s.Cell[first] || s.Cell[last] != s.Cell[first] + 1) return null;
        var answer = start + s.MatchLength[m];
        // (The item's words, not a field with its own answer: "Direct 1:1 (circle): (Y)  N".)
        for (; answer <= last && s.Cell[answer] == s.Cell[first]; answer++)
            if (answer - first >= 6 || (s.Flags[answer] & TokenFlags.Label) != 0 || s.Token(answer) is "y" or "yes" or "x" or "n" or "no") return null;
        if (answer - first > 6 || (s.Flags[start + s.MatchLength[m] - 1] & TokenFlags.Label) != 0) return null;
        return IsLoneAnswer(s, answer, last) && UnderDoneHeading(s, first) ? answer : null;
    }

    private static bool IsLoneAnswer(NoteScratch s, int from, int last) =>
        from == last || (last == from + 1 && s.Token(from) is "n" && s.Token(last) is "a");

    // Above the row starting at token first, past rows of an item and a lone answer, a heading whose second cell asks
    // whether it was done ("Technique          Done (Y/N)", "Exercise    Performed", "Item    Today") — not another
    // question about it ("Pain?", "UE support", "Progressed today", "Dizzy?").
    private static bool UnderDoneHeading(NoteScratch s, int first)
    {
        for (var rows = 0; rows < 30 && first > 0; rows++)
        {
            first = s.LineStartOf(first - 1);
            var last = s.LineEndOf(first) - 1;
            // "Technique                     Y|N": the answer column's heading, its bar read as a cell's edge.
            // (Headed by the kind of item, not a question about it: "Dizziness provoked?  Y|N", "Cues required  Y|N".)
            // (Nor under a question on the line above it: "Pain with:", "UE support required?".)
            if (last > first + 1 && last - first <= 4 && s.Cell[last] == s.Cell[first] + 2 && s.Token(last) is "n" && s.Token(last - 1) is "y"
                && s.Cell[last - 1] == s.Cell[first] + 1 && s.Cell[last - 2] == s.Cell[first] && NamesItsItems(s, first, last - 1)
                && (first == 0 || ((s.Flags[first - 1] & (TokenFlags.Label | TokenFlags.Question)) == 0 && !LeadInLine(s, first - 1)))) return true;
            if (s.Cell[last] != s.Cell[first] + 1) return false;
            // (A row's item and a heading's question are a few words: a longer row is no such table's, and is not read.)
            var second = first;
            while (s.Cell[second] == s.Cell[first] && second - first <= 12) second++;
            if (s.Cell[second] == s.Cell[first] || last - second > 6) return false;
            var asksDone = false;
            var onlyDoneWords = true;
            for (var k = second; k <= last; k++)
            {
                asksDone |= s.Token(k) is "done" or "performed" or "completed" or "provided" or "given" or "today" or "y";
                onlyDoneWords &= s.Token(k) is "done" or "performed" or "completed" or "provided" or "given" or "today" or "y" or "n" or "yes" or "no" or "tx" or "treated";
            }
            if (asksDone && onlyDoneWords && (second < last || !IsLoneAnswer(s, second, last) || s.Token(second) is "done" or "performed" or "completed" or "today")) return true;
            if (!IsLoneAnswer(s, second, last)) return false;
        }
        return false;
    }

    // The line of token t is a short lead-in of a few plain words ("Symptoms reproduced with each —", "Modification needed"): the
    // question the table below it answers.
    private static bool LeadInLine(NoteScratch s, int t)
    {
        var first = s.LineStartOf(t);
        if (t - first > 6) return false;
        for (var k = first; k <= t; k++)
            if ((s.Flags[k] & (TokenFlags.Number | TokenFlags.CodeLike)) != 0 || s.StartsOrIn(k, PhraseKind.CodeName)) return false;
        return true;
    }

    // The heading's first cell [first, end) names only the kind of item its rows list ("Technique", "Interventions performed").
    private static bool NamesItsItems(NoteScratch s, int first, int end)
    {
        for (var k = first; k < end; k++)
            if (s.Token(k) is not ("technique" or "techniques" or "intervention" or "interventions" or "exercise" or "exercises" or "activity" or "activities"
                or "task" or "tasks" or "item" or "items" or "tx" or "treatment" or "performed" or "done" or "today")) return false;
        return true;
    }

    // The token after a dot leader that stands within three words after t on t's line, if any.
    private static int? DotLeaderSoonOnLine(NoteScratch s, int t)
    {
        for (var i = s.DotLeaderIndexAfter(t); i < s.DotLeaders.Count && s.DotLeaders[i] - t <= 3; i++)
            if (s.DotLeaders[i] < s.Count && s.Line[s.DotLeaders[i]] == s.Line[t]) return s.DotLeaders[i];
        return null;
    }

    // "(n/p = not performed)": in an exercise log without it "n/p" as often means no pain.
    private static bool SaysNotPerformed(NoteScratch s)
    {
        if (s.NotPerformedStamp == s.Stamp) return s.NotPerformedKey;
        var key = false;
        for (var k = 0; k + 3 < s.Count && !key; k++)
            key = s.Token(k) is "n" && s.Token(k + 1) is "p" && s.Token(k + 2) is "not" && s.Token(k + 3) is "performed";
        (s.NotPerformedStamp, s.NotPerformedKey) = (s.Stamp, key);
        return key;
    }

    private static bool IsMeasureOnly(byte[]? kinds, Phrase phrase)
    {
        if (kinds is null) return false;
        var any = false;
        foreach (var target in phrase.Targets)
        {
            if (target.Kind != PhraseKind.Term) continue;
            if (kinds[target.Id] != 4) return false;
            any = true;
        }
        return any;
    }

    private static bool PlainWords(NoteScratch s, int from, int to)
    {
        for (var k = from; k < to; k++)
            if ((s.Flags[k] & (TokenFlags.Number | TokenFlags.CodeLike)) != 0 || s.MatchAt[k] >= 0) return false;
        return true;
    }

    private static bool StartsTerm(NoteScratch s, int k) => s.MatchAt[k] >= 0 && s.MatchStart[s.MatchAt[k]] == k && s.MatchPhrase[s.MatchAt[k]].HasTerm;

    /// <summary>Token k is the last of its clause (or of the note).</summary>
    // The words from its line's start to end are the term alone, or a list's number and the term.
    private static bool HeadingAloneOnItsLine(NoteScratch s, int start, int end)
    {
        var first = s.LineStartOf(start);
        return first == start || (first + 1 == start && (s.Flags[first] & TokenFlags.Integer) != 0 && s.Sentence[first] != s.Sentence[start]);
    }

    internal static bool EndsClause(NoteScratch s, int k) => k + 1 >= s.Count || s.Clause[k + 1] != s.Clause[k];

    /// <summary>The term is followed by a lone 0, or 0 minutes, ending its clause ("Group 0 |", "Concurrent: 0 min", "Concurrent min 0").</summary>
    public static bool HasZeroAfter(NoteScratch s, int m)
    {
        var t = s.MatchStart[m] + s.MatchLength[m];
        if (t < s.Count && s.Clause[t] == s.Clause[t - 1] && s.StartsOrIn(t, PhraseKind.MinuteUnit)) t++;
        if (t >= s.Count || s.Token(t) is not "0" || s.Sentence[t] != s.Sentence[t - 1]) return false;
        var next = t + 1;
        if (next < s.Count && s.Clause[next] == s.Clause[t] && s.StartsOrIn(next, PhraseKind.MinuteUnit)) next++;
        // "Concurrent min 0 / Group min 0": a spaced slash ends the option as a clause would.
        return next >= s.Count || s.Clause[next] != s.Clause[t] || (s.Flags[next] & TokenFlags.AfterSpacedSlash) != 0;
    }

    /// <summary>
    /// The term heads a table's column and every row below has 0 in it: "Code | 1:1 min | Concurrent min | Group min"
    /// over "97112 | 23 | 0 | 0" — no minutes in that mode.
    /// </summary>
    public static bool IsZeroColumn(NoteScratch s, int m, bool sharedModes = false)
    {
        var t = s.MatchStart[m];
        var (lineStart, lineEnd) = (s.LineStartOf(t), s.LineEndOf(t));
        var cells = s.Cell[lineEnd - 1] - s.Cell[lineStart] + 1;
        var column = s.Cell[t] - s.Cell[lineStart];
        if (cells < 3 || column == 0 || ColumnZeros(s, lineEnd, cells, column) == 0) return false;
        // "Concurrent min 0 | Group min 30": group and concurrent are one term — zero in one of the
        // modes' columns is not zero in the other's.
        for (var k = lineStart; k < lineEnd && sharedModes; k++)
            if (s.Cell[k] != s.Cell[t] && s.Token(k) is "group" or "concurrent" or "co-treat" or "cotreat" or "semi-private" && ColumnZeros(s, lineEnd, cells, s.Cell[k] - s.Cell[lineStart]) == 0)
                return false;
        return true;
    }

    // The rows under a heading line (ending at rowsFrom) with 0 in that column, or 0 when a row has anything else there.
    private static int ColumnZeros(NoteScratch s, int rowsFrom, int cells, int column)
    {
        var zeros = 0;
        for (var row = rowsFrom; row < s.Count && zeros < 50;)
        {
            var (start, end) = (row, s.LineEndOf(row));
            if (s.Cell[end - 1] - s.Cell[start] + 1 != cells) break;
            var cell = start;
            while (cell < end && s.Cell[cell] - s.Cell[start] < column) cell++;
            if (cell >= end || s.Cell[cell] - s.Cell[start] != column || (cell + 1 < end && s.Cell[cell + 1] == s.Cell[cell])) return 0;
            if (s.Token(cell) is not "0") return 0;
            zeros++;
            row = end;
        }
        return zeros;
    }

    private static bool IsFlagUnderLegend(NoteScratch s, int m, byte[]? kinds)
    {
        var line = s.Line[s.MatchStart[m]];
        if (s.BinaryLegendLine < 0 || line < s.BinaryLegendLine || line > s.BinaryLegendLine + 1) return false;
        if (kinds is null) return true;
        foreach (var target in s.MatchPhrase[m].Targets)
            if (target.Kind is PhraseKind.Term && kinds[target.Id] != 4) return true;
        return false;
    }

    // A cue negates a term in the same clause within reach, unless a scope end ("with", "during")
    // or a pseudo-negation ("no loss of balance") stands between them. A cue's object is the terms
    // after it up to a word that turns to something else ("without UE support compared with 8 s last
    // week" negates only the support), and a list of one kind across commas ("no foam, balance beam or
    // rocker board") — not the next clause's other thing ("Denies pain, STM to L upper trap").
    // "no hip or knee control", "no trunk control", "no L ankle sensation": what the patient lacks, the deficit — not a body
    // part said to be untouched. "no" right before the part (or parts joined by "or"/"and"), a word of control after them.
    private static bool LacksItsControl(NoteScratch s, int start, int end)
    {
        if (start == 0 || s.Token(start - 1) is not "no") return false;
        var k = end;
        for (var joined = 0; joined < 2 && k + 1 < s.Count && s.Clause[k] == s.Clause[start] && s.Token(k) is "or" or "and"; joined++) k += 2;
        return k < s.Count && s.Clause[k] == s.Clause[start] && s.Token(k) is "control" or "sensation" or "activation" or "movement" or "motor"
            && !(k + 1 < s.Count && s.Clause[k + 1] == s.Clause[k] && s.Token(k + 1) is "deficit" or "deficits" or "issues" or "problems" or "concerns" or "limitations" or "changes");
    }

    public static bool IsNegated(NoteScratch s, int m, byte[]? kinds = null)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        if (LacksItsControl(s, start, end)) return false;
        var anchor = start;
        var after = start;
        for (var k = m - 1; k >= 0 && !IsObjectEnd(s, start); k--)
        {
            var kEnd = s.MatchStart[k] + s.MatchLength[k];
            if (anchor - kEnd > NegationReach) break;
            var p = s.MatchPhrase[k];
            if (s.Clause[kEnd - 1] != s.Clause[anchor])
            {
                if (!p.HasTerm || s.Sentence[kEnd - 1] != s.Sentence[anchor] || s.Cell[kEnd - 1] != s.Cell[anchor]
                    || !OnlyJoiningWordsBetween(s, kEnd, after) || !SameKind(kinds, p, s.MatchPhrase[m]) || !(CoordinatedList(s, kEnd, end) || ListAfterDenial(s, kEnd, start, end))) break;
                anchor = after = s.MatchStart[k];
                continue;
            }
            if (p.Has(PhraseKind.ScopeEnd) || p.Has(PhraseKind.Pseudo)) break;
            // "can't tell where his foot is pointing w/ eyes closed — R ankle proprioception down": a spaced dash ends what the
            // negation reaches; so does a hyphen typed with a space each side ("Group: No - seen 1:1 the whole session").
            if (p.Has(PhraseKind.NegationBefore) && DashBetween(s, kEnd, start, TokenFlags.AfterDash | TokenFlags.AfterSpacedHyphen)) break;
            // "(not in class): rocker board": a negation inside a parenthesis that closes before the term reaches nothing after it.
            if (p.Has(PhraseKind.NegationBefore) && ClosesBetween(s, kEnd - 1, start)) break;
            // "opposition to ring tip without FPL substitution 4 of 5": "without" says how the counted thing
            // was done, not that the count was not made; it reaches numbers only right before them.
            // "held the knee out of hyperextension on 7 of 10 weight shifts": "held" says what was held, and a
            // score after it is the result, not a thing left undone.
            if (p.Has(PhraseKind.NegationBefore) && !IsDuration(s, s.MatchStart[k], kEnd)
                && (s.Token(s.MatchStart[k]) is not "without" || (s.Flags[start] & (TokenFlags.Number | TokenFlags.Fraction)) == 0 || kEnd == start)
                // ("held half kneeling 20 s", "held tall kneeling 25 seconds": the position held, then for how long.)
                && !(s.Token(s.MatchStart[k]) is "held" && kEnd < s.Count && s.Token(kEnd) is "the" or "her" or "his" or "their" or "to" or "half" or "tall" or "kneeling"
                    or "quadruped" or "plank" or "sitting" or "standing" or "stance" or "tandem" or "sls" && IsMeasureOnly(kinds, s.MatchPhrase[m]))) return true;
            if (p.HasTerm)
            {
                // "no overlapping appt: smooth pursuit …": a label's value is another thing than the label.
                if (!OnlyJoiningWordsBetween(s, kEnd, after) || (s.Flags[kEnd - 1] & TokenFlags.Label) != 0 || DashBetween(s, kEnd, after)
                    || DeviceThenWhereWalked(s, kEnd, after)) break;
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
            // ("One-on-one ............ <not documented>": a field's value right after its dot leader is in its clause.)
            var fieldValue = kStart == end && s.Line[kStart] == s.Line[end - 1] && s.DotLeaderBetween(end - 1, kStart);
            if (kStart - end > NegationReach || (s.Clause[kStart] != s.Clause[end - 1] && !fieldValue)) break;
            var p = s.MatchPhrase[k];
            if (p.Has(PhraseKind.ScopeEnd) || p.Has(PhraseKind.Pseudo)) break;
            // ("1:1 only pt — husband held the dog in the kitchen": "held" with its object is someone holding a thing, not the
            // service withheld.)
            if (p.Has(PhraseKind.NegationAfter) && !IsDuration(s, kStart, kStart + s.MatchLength[k])
                && !(s.MatchLength[k] == 1 && s.Token(kStart) is "held" && kStart + 1 < s.Count && s.Clause[kStart + 1] == s.Clause[kStart]
                    && s.Token(kStart + 1) is "the" or "a" or "his" or "her" or "their" or "my" or "onto")
                // ("8/10 perturb held": a count's "held" is its result — the perturbations withstood.)
                && !(s.MatchLength[k] == 1 && s.Token(kStart) is "held" && (s.Flags[start] & (TokenFlags.Fraction | TokenFlags.Number)) != 0)) return true;
            if (fieldValue) break;
            if (p.HasTerm)
            {
                if ((s.Flags[last - 1] & TokenFlags.Label) != 0 || !OnlyJoiningWordsBetween(s, last, kStart)) break;
                last = kStart + s.MatchLength[k];
            }
        }
        return NamesATest(s, start, end) && RowNotDone(s, end);
    }

    // The term's words hold a name of their own ("9HPT", "6MWT"), not only a value and its unit ("12 s").
    // (Not "Berg 44/56", "TUG 14.2 s": a name with its value after it — a value was written.)
    private static bool NamesATest(NoteScratch s, int start, int end)
    {
        var named = false;
        for (var t = start; t < end; t++)
            if ((s.Flags[t] & (TokenFlags.Number | TokenFlags.Fraction)) == 0) named |= !IsSideOrUnit(s.Token(t));
            else if (named) return false;
        return named;
    }

    // "9HPT:  R ____ s   L ____ s   (not done — hands too tired)", "6MWT ______ m    30s CST ______    (deferred — tank low)": a row
    // that gives its tests no value — only sides, units and other tests' names after them — and ends in a remark in brackets that
    // they were not done. (Not "SLS L 12 s (not done on the R)": a value was written.)
    private static bool RowNotDone(NoteScratch s, int end)
    {
        var line = s.Line[end - 1];
        for (var k = end; k < s.Count && s.Line[k] == line && k < end + RowNotDoneReach; k++)
        {
            if ((s.Flags[k] & TokenFlags.AfterParen) != 0)
                return s.MatchAt[k] >= 0 && s.MatchStart[s.MatchAt[k]] == k && s.MatchPhrase[s.MatchAt[k]].Has(PhraseKind.NegationAfter);
            // Another test's name may hold a number ("30s CST"); a number of its own is a value.
            if ((s.Flags[k] & (TokenFlags.Number | TokenFlags.Fraction)) != 0)
            {
                if (!InTestName(s, k)) return false;
                // (Past the length and its test's name: "30s CST".)
                if (s.MatchAt[k] < 0 || !NamesATest(s, s.MatchStart[s.MatchAt[k]], s.MatchStart[s.MatchAt[k]] + s.MatchLength[s.MatchAt[k]])) k += 2;
                continue;
            }
            if (s.MatchAt[k] < 0 && !IsSideOrUnit(s.Token(k))) return false;
        }
        return false;
    }

    private static bool IsSideOrUnit(ReadOnlySpan<char> w) => w is "r" or "l" or "rt" or "lt" or "b" or "bil" or "s" or "sec" or "secs" or "m" or "ft" or "cm" or "reps" or "x";

    // The number is part of a phrase that names something with a word of its own ("30s CST"), not a value and its unit ("12 s").
    private static bool InTestName(NoteScratch s, int k)
    {
        // ("30s CST", "2 min step": a length, then the test's name — its value left blank after it.)
        if (k + 2 < s.Count && s.Line[k + 2] == s.Line[k] && s.Token(k + 1) is "s" or "sec" or "min" or "m"
            && (s.Flags[k + 2] & (TokenFlags.Number | TokenFlags.Fraction)) == 0 && !IsSideOrUnit(s.Token(k + 2)) && s.Clause[k + 2] == s.Clause[k]) return true;
        if (s.MatchAt[k] < 0 || !s.MatchPhrase[s.MatchAt[k]].HasTerm) return false;
        var from = s.MatchStart[s.MatchAt[k]];
        for (var t = from; t < from + s.MatchLength[s.MatchAt[k]]; t++)
            if ((s.Flags[t] & (TokenFlags.Number | TokenFlags.Fraction)) == 0 && !IsSideOrUnit(s.Token(t))) return true;
        return false;
    }

    /// <summary>How far along its row a test's "(not done …)" is looked for.</summary>
    private const int RowNotDoneReach = 16;

    // "SLS held 20 s", "stretch held 3x30 sec", "held x 3", "cuff held at 40 mmHg": "held" and an amount (or a position) is how long,
    // how often or at what level, not that the service was withheld ("NMR held today d/t BP", "PNF held 2/2 pain",
    // "No 1:1 today" are).
    private static bool IsDuration(NoteScratch s, int cueStart, int t)
    {
        if (s.Token(cueStart) is not "held") return false;
        // "signs Felipe held up", "the cards she held up": something raised for the patient to see, not a service withheld.
        if (t < s.Count && s.Token(t) is "up" && s.Clause[t] == s.Clause[cueStart]) return true;
        // "hand-held mirror": a thing held in the hand.
        if (cueStart > 0 && s.Token(cueStart - 1) is "hand" && s.Clause[cueStart - 1] == s.Clause[cueStart]) return true;
        // "w/ MP held in ext", "wrist held in neutral": a joint held in a position, how the motion was done (not "BAPS held in extension
        // per MD protocol").
        if (t + 1 < s.Count && s.Token(t) is "in" && s.Token(t + 1) is "ext" or "extension" or "flex" or "flexion" or "neutral" or "place" or "position"
            && cueStart > 0 && s.Token(cueStart - 1) is "mp" or "mcp" or "pip" or "dip" or "ip" or "wrist" or "elbow" or "knee" or "ankle" or "thumb" or "finger" or "fingers" or "digits" or "hip" or "shoulder") return true;
        // "held at" a level only: a pressure, an angle, a load ("PNF held at 6 wks post-op", "held at 1400" are withheld).
        if (t + 2 < s.Count && s.Token(t) is "at")
        {
            if ((s.Flags[t + 1] & TokenFlags.Number) == 0) return false;
            // ("held at 40 → 50 mmHg": a level raised, its unit after the second.)
            var level = t + 1;
            if (level + 2 < s.Count && (s.Flags[level + 1] & TokenFlags.Number) != 0) level++;
            return (s.Flags[level] & (TokenFlags.Degrees | TokenFlags.Percent | TokenFlags.Pounds)) != 0
                || s.Token(level + 1) is "mmhg" or "mm" or "deg" or "degrees" or "lb" or "lbs" or "kg" or "cm" or "percent";
        }
        if (t < s.Count && s.Token(t) is "for" or "x") t++;
        return t < s.Count && ((((s.Flags[t] & (TokenFlags.Number | TokenFlags.Count)) != 0)
            && (s.Flags[t] & (TokenFlags.Fraction | TokenFlags.DateOrTime | TokenFlags.LikelyDate | TokenFlags.CodeLike)) == 0) || NumberWords.IsQuantity(s, t));
    }

    // The words that end a negation's object: what follows them is said of something else.
    private static bool IsObjectEnd(NoteScratch s, int t) =>
        s.Token(t) is "compared" or "vs" or "versus" or "than" or "but" or "then" or "while" or "since" or "because" or "after" or "before" or "from" or "improved" or "up" or "down"
            or "following" or "post" or "reported" or "reports" or "secondary" or "due";

    // "gait training without the cane on the yard gravel": what is done without is the device ending at deviceEnd; the surface after
    // "on", "over" or "across" is where the walking was done.
    private static bool DeviceThenWhereWalked(NoteScratch s, int deviceEnd, int to)
    {
        // (Only a device said to be left off, "without the cane": not "not cleared for the cane on grass", which denies both.)
        var before = deviceEnd - 2;
        while (before >= 0 && s.Token(before) is "the" or "a" or "an" or "his" or "her" or "their" or "any" or "using" or "use") before--;
        if (before < 0 || s.Token(before) is not ("without" or "w/o")) return false;
        if (s.Token(deviceEnd - 1) is not ("cane" or "walker" or "rollator" or "crutch" or "crutches" or "device" or "ad" or "rail" or "rails" or "handrail"
            or "railing" or "brace" or "afo" or "poles" or "pole" or "stick" or "assist" or "support")) return false;
        for (var k = deviceEnd; k < to; k++)
            if (s.Token(k) is "on" or "over" or "across" or "along" or "through" or "around") return true;
        return false;
    }

    private static bool OnlyJoiningWordsBetween(NoteScratch s, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (IsObjectEnd(s, t)) return false;
        return true;
    }

    private static bool IsCoordinator(NoteScratch s, int t) => s.Token(t) is "and" or "or" or "nor";

    // An "and"/"or"/"nor" closes the list somewhere from 'from' to a few words past its item ending at 'end'.
    // "ROS: pt denies dizziness, weakness, numbness, falls": a review of systems lists what is denied with commas alone — the
    // list goes on from "denies" (or "denied") through terms and commas only, each item a clause of its own.
    private const int DenialListReach = 40;

    private static bool ListAfterDenial(NoteScratch s, int from, int start, int end)
    {
        // (The term is the whole of its clause, as a list's items are: not "Denies pain, STM to L upper trap 3 x 60 s".)
        if ((start > 0 && s.Clause[start - 1] == s.Clause[start]) || (end < s.Count && s.Clause[end] == s.Clause[start])) return false;
        // (A list of a dozen items at most is looked back over, so that a note of thousands keeps its time in proportion.)
        for (var k = from - 1; k >= Math.Max(0, from - DenialListReach) && s.Sentence[k] == s.Sentence[from - 1]; k--)
        {
            if (s.Token(k) is "denies" or "denied" or "denying") return true;
            if (s.MatchAt[k] < 0 && s.Token(k) is not ("and" or "or" or "any")) return false;
        }
        return false;
    }

    private static bool CoordinatedList(NoteScratch s, int from, int end)
    {
        for (var t = from; t < Math.Min(s.Count, end + 3) && s.Sentence[t] == s.Sentence[from]; t++)
            if (IsCoordinator(s, t)) return true;
        return false;
    }

    // Two phrases name terms of one kind — techniques, deficits or measures (a profile's lists of
    // each) — or the kinds are not known: "denies pain, dizziness or nausea" is one list of findings.
    private static bool SameKind(byte[]? kinds, Phrase a, Phrase b)
    {
        if (kinds is null) return true;
        foreach (var x in a.Targets)
            foreach (var y in b.Targets)
                if (x.Kind is PhraseKind.Term or PhraseKind.Impaired && y.Kind is PhraseKind.Term or PhraseKind.Impaired && (kinds[x.Id] & kinds[y.Id]) != 0) return true;
        return false;
    }

    // "impaired reciprocal coordination", "delayed R ankle strategy", "balance deficits", "coordination
    // is impaired": a cue shortly before in the same clause (not across "with", "during", …) or right after.
    public static bool HasImpairmentCue(NoteScratch s, int m) => HasImpairmentCueBefore(s, m, immediately: false) || HasImpairmentCueAfter(s, m) || AnsweredYesUnderImpairments(s, m);

    // "Impairments (Y/N)" over "  Standing balance ..... Y": a row of an impairment list, the term opening it and answered yes
    // after its dot leader, under a heading that names impairments (the rows between it and the heading one line each).
    private static bool AnsweredYesUnderImpairments(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        var lineStart = s.LineStartOf(start);
        if (start != lineStart || end + 1 != s.LineEndOf(start) || s.Token(end) is not ("y" or "yes") || !s.DotLeaderBetween(end - 1, end)) return false;
        var row = lineStart;
        for (var lines = 0; lines < 12 && row > 0; lines++)
        {
            var above = s.LineStartOf(row - 1);
            // The heading is the list's name and its "(Y/N)" alone (not "Deficits (goal met Y/N)", "Problems list reviewed (WNL Y/N)").
            if (s.Token(above) is "impairments" or "impairment" or "deficits" or "problems")
                return s.LineEndOf(above) - above == 3 && s.Token(above + 1) is "y" && s.Token(above + 2) is "n";
            if (!s.DotLeaderBetween(above, s.LineEndOf(above))) return false;
            row = above;
        }
        return false;
    }

    /// <summary>
    /// An impairment cue right before the term ("delayed compensatory stepping", "↓ ankle strategy"),
    /// or, when not <paramref name="immediately"/>, within reach before it in its clause.
    /// </summary>
    public static bool HasImpairmentCueBefore(NoteScratch s, int m, bool immediately)
    {
        var start = s.MatchStart[m];
        var reach = immediately ? 0 : ImpairmentReachBefore;
        if ((s.Flags[start] & TokenFlags.Decreased) != 0) return true;
        // "Problem: sequencing.", "Deficits: timing": a problem field's label says what follows is wrong.
        if (!immediately && start > 0 && (s.Flags[start - 1] & TokenFlags.Label) != 0 && s.Clause[start - 1] == s.Clause[start]
            && s.Token(start - 1) is "problem" or "problems" or "deficit" or "deficits" or "impairment" or "impairments" or "limitation" or "limitations") return true;
        for (var k = start - 1; k >= Math.Max(0, start - reach) && s.Clause[k] == s.Clause[start]; k--)
            if ((s.Flags[k] & TokenFlags.Decreased) != 0) return true;
        if (!immediately && TickedUnderImpairmentsLabel(s, start)) return true;
        for (var k = m - 1; k >= 0; k--)
        {
            var kEnd = s.MatchStart[k] + s.MatchLength[k];
            // "Her problem is right ankle and knee position sense": the side and region words between do not count.
            if ((start - kEnd > reach && !OnlySideWordsBetween(s, kEnd, start)) || (s.Clause[kEnd - 1] != s.Clause[start] && !CueAloneInClauseBefore(s, k, start))) break;
            var p = s.MatchPhrase[k];
            // ("foam stance with slow head turns": how the turns were done, a drill's pace.)
            if (p.Has(PhraseKind.ImpairmentBefore) && !(kEnd == start && s.MatchLength[k] == 1 && s.Token(kEnd - 1) is "slow"
                && s.Token(start + s.MatchLength[m] - 1) is "turns" or "rotations")) return true;
            if (p.Has(PhraseKind.ScopeEnd)) break;
        }
        return false;
    }

    // "Impairments addressed: [ ] proprioception  [ ] vestibular  [X] coordination": an option left ticked on a line of boxes whose
    // label names impairments, deficits or problems.
    private static bool TickedUnderImpairmentsLabel(NoteScratch s, int start)
    {
        if ((s.Flags[start] & TokenFlags.Unticked) != 0) return false;
        var first = s.LineStartOf(start);
        var label = -1;
        for (var k = first; k < Math.Min(start, first + 3); k++)
            if ((s.Flags[k] & TokenFlags.Label) != 0) { label = k; break; }
        if (label < 0) return false;
        var named = false;
        for (var k = first; k <= label; k++) named |= s.Token(k) is "impairment" or "impairments" or "deficit" or "deficits" or "problem" or "problems";
        if (!named) return false;
        for (int k = label + 1, end = Math.Min(s.LineEndOf(start), label + 40); k < end; k++)
            if ((s.Flags[k] & TokenFlags.Unticked) != 0) return true;
        return false;
    }

    // "Delayed, multi-step compensatory stepping": a cue that is its clause's only words, in the term's
    // sentence right before the term's clause, qualifies what follows the comma.
    private static bool CueAloneInClauseBefore(NoteScratch s, int k, int start)
    {
        var kStart = s.MatchStart[k];
        var kEnd = kStart + s.MatchLength[k];
        var clause = s.Clause[kStart];
        // An impairment word, not a manner ("Slow, controlled weight shifts" is how they were done).
        return clause == s.Clause[start] - 1 && s.Sentence[kStart] == s.Sentence[start] && s.MatchPhrase[k].Has(PhraseKind.ImpairmentBefore)
            && s.Token(kStart) is "delayed" or "slowed" or "impaired" or "decreased" or "reduced" or "poor" or "diminished" or "absent" or "abnormal" or "deficient"
            && (kStart == 0 || s.Clause[kStart - 1] != clause) && s.Clause[kEnd] != clause;
    }

    // "Her problem is right ankle and knee position sense": only sides and regions between, at most six of them
    // ("Reduced R hip and knee pain in SLS" has "pain in" between: the cue is the pain's).
    private static bool OnlySideWordsBetween(NoteScratch s, int from, int to)
    {
        if (to - from > 6) return false;
        for (var k = from; k < to; k++)
            if (s.Token(k) is not ("r" or "l" or "b" or "right" or "left" or "bilat" or "bilateral" or "and" or "ankle" or "knee" or "hip" or "foot" or "feet"
                or "le" or "ue" or "leg" or "legs" or "arm" or "hand" or "trunk" or "lower" or "upper" or "extremity" or "side" or "sided")) return false;
        return true;
    }

    private static bool HasImpairmentCueAfter(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        // "(+) Romberg", "Dix-Hallpike +": a positive test is a finding.
        if (((s.Flags[start] | s.Flags[end - 1]) & TokenFlags.Positive) != 0) return true;
        if ((s.Flags[end - 1] & TokenFlags.DecreasedAfter) != 0) return true;
        // "Limits of stability ↓ fwd/back", "Cadence ↓ 72 steps/min": the arrow right after the term (it marks the next word).
        // (Not "Weight shifting ↓ R knee pain 5/10 to 2/10": there the arrow is the pain's.)
        if (end < s.Count && s.Clause[end] == s.Clause[end - 1] && (s.Flags[end] & TokenFlags.Decreased) != 0
            && s.Token(end) is not ("r" or "l" or "b" or "right" or "left" or "bilat" or "pain" or "swelling" or "edema")
            && !(end + 1 < s.Count && s.Token(end + 1) is "pain" or "knee" or "hip" or "ankle" or "shoulder")) return true;
        if (TickedOptionIsACue(s, m)) return true;
        for (var k = m + 1; k < s.MatchCount; k++)
        {
            var kStart = s.MatchStart[k];
            if (kStart - end > ImpairmentReachAfter || s.Clause[kStart] != s.Clause[end - 1]) break;
            // (Not "Ankle strategy not weak today"; "ankle strategy not observed" is absent, still a finding.)
            if (s.MatchPhrase[k].Has(PhraseKind.ImpairmentAfter) && !OffAsAPreposition(s, kStart)
                && !(kStart > 0 && s.Token(kStart - 1) is "not" or "longer" && s.Token(kStart) is not ("observed" or "noted" or "present" or "seen"))) return true;
        }
        return false;
    }

    // "Sensation:   ☐ intact   ☒ diminished   ☐ absent": a field's label answered by the one option ticked after it, past
    // the boxes and the options left unticked on its line (not "Sensation: ☒ intact ☐ diminished", nor "Balance: [ ] rocker
    // board [x] level floor" — what is ticked there is no impairment word).
    private static bool TickedOptionIsACue(NoteScratch s, int m) =>
        TickedOptionAfterLabel(s, m) is var k and >= 0 && s.MatchAt[k] >= 0 && s.MatchStart[s.MatchAt[k]] == k && s.MatchPhrase[s.MatchAt[k]].Has(PhraseKind.ImpairmentAfter);

    /// <summary>
    /// The first word of the option ticked right after term <paramref name="m"/> when the term is a field's label
    /// ("Proprioception:   ☐ intact   ☒ diminished"): past the boxes and the options left unticked, within twelve words on its
    /// line; -1 if the label has no ticked option there.
    /// </summary>
    public static int TickedOptionAfterLabel(NoteScratch s, int m)
    {
        var end = s.MatchStart[m] + s.MatchLength[m];
        if ((s.Flags[end - 1] & TokenFlags.Label) == 0)
        {
            // "Sensation (median n. distribution): ☐ intact ☒ diminished": a remark in brackets between the label and its colon.
            if (end >= s.Count || (s.Flags[end] & TokenFlags.AfterParen) == 0 || s.Line[end] != s.Line[end - 1]) return -1;
            var close = end;
            while (close < Math.Min(s.Count, end + 6) && s.Line[close] == s.Line[end - 1] && (s.Flags[close] & TokenFlags.ClosesParen) == 0) close++;
            if (close >= s.Count || s.Line[close] != s.Line[end - 1] || (s.Flags[close] & (TokenFlags.ClosesParen | TokenFlags.Label)) != (TokenFlags.ClosesParen | TokenFlags.Label)) return -1;
            end = close + 1;
        }
        var ticked = false;
        for (var k = end; k < Math.Min(s.Count, end + 12) && s.Line[k] == s.Line[end - 1]; k++)
        {
            if (s.Token(k) is "☒") { ticked = true; continue; }
            if (s.Token(k) is "☐" || (s.Flags[k] & TokenFlags.Unticked) != 0) continue;
            return ticked ? k : -1;
        }
        return -1;
    }

    // "stepping onto & off a half foam roller", "stepping on and off the step", "stepping down off a 24-in box": "off" before what is stepped off, not
    // "balance is off".
    private static bool OffAsAPreposition(NoteScratch s, int k) =>
        s.Token(k) is "off" && k > 0 && s.Token(k - 1) is "onto" or "on" or "and" or "step" or "steps" or "stepping" or "stepped" or "down" or "hopping" or "jumping"
        && k + 1 < s.Count && s.Clause[k + 1] == s.Clause[k] && s.Token(k + 1) is "a" or "an" or "the" or "of" or "his" or "her" or "their";

    private static bool DashBetween(NoteScratch s, int from, int to, TokenFlags dash = TokenFlags.AfterDash)
    {
        for (var k = from; k <= to && k < s.Count; k++)
            if ((s.Flags[k] & dash) != 0) return true;
        return false;
    }

    // A number-bound term ("TUG") counts only with its value near it: "TUG 14.2 s", "8 s tandem stance".
    public static bool HasNumberNear(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        // A unit in brackets after the measure's name ("Girth L leg (cm): ankle 25.1") names the column, not a
        // step away from its numbers.
        // ("TDC (tissue dielectric constant) L / R: breast lateral 46 / 30": the name spelled out in brackets and a heading of the sides
        // right after it, before the values.)
        var heading = end;
        if (heading < s.Count && (s.Flags[heading] & TokenFlags.AfterParen) != 0)
            for (var c = heading; c < Math.Min(s.Count, heading + 5) && (s.Flags[c] & TokenFlags.Number) == 0; c++)
                if ((s.Flags[c] & TokenFlags.ClosesParen) != 0) { heading = c + 1; break; }
        var sides = heading;
        while (sides < Math.Min(s.Count, heading + 2) && s.Token(sides) is "l" or "r" or "left" or "right") sides++;
        if (sides - heading < 2 || (s.Flags[sides - 1] & TokenFlags.Label) == 0) sides = heading;
        for (int t = end, reach = sides + NumberReachAfter; t < Math.Min(s.Count, reach) && s.Sentence[t] == s.Sentence[start]; t++)
        {
            if (IsBracketedUnit(s, t) && reach < sides + NumberReachAfter + 2) reach++;
            else if ((IsMeasureNumber(s, t) && !NameOwnNumber(s, t)) || (t == end && (s.Flags[t] & TokenFlags.LikelyDate) != 0 && (s.Flags[t] & TokenFlags.Unticked) == 0)) return true;
        }
        for (var t = start - 1; t >= Math.Max(0, start - NumberReachBefore) && s.Sentence[t] == s.Sentence[start]; t--)
            if (IsMeasureNumber(s, t)) return true;
        // A pattern phrase ("# perturbations") carries its own number — not the number of a test's name ("PDMS-2", "BOT-2",
        // "GMFM-66": glued to the name by a hyphen).
        for (var t = start; t < end; t++)
            if (IsMeasureNumber(s, t) && !NameOwnNumber(s, t)) return true;
        return TableUnderTitle(s, start, end);
    }

    // "PDMS-2", "BOT-2", "GMFM-66": a number glued by a hyphen to the word before it, part of a test's name.
    private static bool NameOwnNumber(NoteScratch s, int t) => (s.Flags[t] & TokenFlags.NameNumber) != 0;

    /// <summary>How many words may stand on a table's title line beside the measure's name, and how many lines under it are its table.</summary>
    private const int TitleWordsMax = 6, TableLinesMax = 4;

    // "PRINTOUT — Limits of Stability (pasted)" over "FWD ..... 1.32 ... 2.8 ..... 61": the measure's name titles its line (a few
    // words, no number on it) and the lines under it are its table, a row of two numbers or more.
    private static bool TableUnderTitle(NoteScratch s, int start, int end)
    {
        var lineStart = s.LineStartOf(start);
        var lineEnd = s.LineEndOf(start);
        if (lineEnd - lineStart > TitleWordsMax + (end - start) || lineEnd >= s.Count) return false;
        for (var t = lineStart; t < lineEnd; t++)
            if ((s.Flags[t] & (TokenFlags.Number | TokenFlags.Label)) != 0 && t != end - 1) return false;
        var lines = 0;
        for (var t = lineEnd; t < s.Count && lines < TableLinesMax; lines++)
        {
            var next = s.LineEndOf(t);
            var numbers = 0;
            for (var k = t; k < next; k++)
                if (IsMeasureNumber(s, k)) numbers++;
            if (numbers >= 2) return true;
            t = next;
        }
        return false;
    }

    private static bool IsBracketedUnit(NoteScratch s, int t) =>
        (s.Flags[t] & TokenFlags.AfterParen) != 0 && s.Token(t) is "cm" or "mm" or "in" or "inches" or "deg" or "degrees" or "sec" or "s" or "kg" or "lb" or "lbs" or "ml";

    // A number in a blank template field ("Berg: ___/56") is the field's scale, not a result.
    // A number written as a word counts as a quantity ("Berg forty-four out of fifty-six", "twenty seconds").
    // Nor is the time since an event ("RC repair 12 wk", "3 days post-op").
    private static bool IsMeasureNumber(NoteScratch s, int t) =>
        ((s.Flags[t] & TokenFlags.Number) != 0 || NumberWords.IsQuantity(s, t))
        && !(t + 1 < s.Count && s.Token(t + 1) is "wk" or "wks" or "week" or "weeks" or "day" or "days" or "mo" or "mos" or "month" or "months"
            or "yr" or "yrs" or "year" or "years" or "yo" or "po" or "postop"
            // (an ordinal: "too unsteady for 2nd trial")
            or "st" or "nd" or "rd" or "th")
        && (s.Flags[t] & (TokenFlags.DateOrTime | TokenFlags.CodeLike | TokenFlags.Unticked | TokenFlags.LikelyDate)) == 0
        && !s.IsMinuteNumber(t)
        // (A vital sign's value: "chest pain · SpO2 < 88%", "pain … HR 84".)
        && !(t > 0 && s.Clause[t - 1] == s.Clause[t] && s.Token(t - 1) is "spo2" or "sao2" or "hr" or "bp" or "map" or "rr" or "pulse" or "sat" or "sats");
}
