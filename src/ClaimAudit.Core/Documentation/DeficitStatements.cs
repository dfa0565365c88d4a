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
    /// <summary>Whether match m's deficit is said, right after it in its clause, to be no problem.</summary>
    public static bool SaidNormal(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        // Right after the term, past a verb or a side at most: "Proprioception intact bilat", "Vestibular sx
        // resolved", "Joint mobility WNL", "ADLs independent" — not "ataxia with sensation intact", "impaired at
        // the toes but intact at the ankles", "neuropathy limits independent ambulation".
        // "Proprioception:   ☒ intact   ☐ diminished": the option ticked after the field's label says normal.
        // ("Vestibular:   ☐ not tested   ☒ tested": that it was looked at says nothing of what was found.)
        if (TermContext.TickedOptionAfterLabel(s, m) is var ticked and >= 0 && (IsNormalWord(s, ticked) || IsOnlyExamined(s, ticked))) return true;
        var k = end;
        // A screen's "Strength and ROM within normal limits throughout" ("Vestibular and balance exam today within normal
        // limits"): another term joined to it shares what is said of
        // it — only a plain statement of the present (not "Decreased strength and ROM WNL", a goal's "Pt will achieve strength
        // and ROM WNL", or one side's "… WNL R, L knee flexion limited"; checked below).
        var joined = false;
        if (k + 1 < s.Count && s.Clause[k] == s.Clause[start] && s.Token(k) is "and" or "&" && s.MatchAt[k + 1] >= 0 && s.MatchStart[s.MatchAt[k + 1]] == k + 1
            && s.Clause[k + 1] == s.Clause[start] && !ImpairedBefore(s, start, end))
        {
            k = end = k + 1 + s.MatchLength[s.MatchAt[k + 1]];
            joined = true;
        }
        // ("Strength and motion equal side to side": a word of what was measured that is no term of its own, joined likewise.)
        else if (k + 1 < s.Count && s.Clause[k] == s.Clause[start] && s.Token(k) is "and" or "&" && s.Clause[k + 1] == s.Clause[start]
            && s.Token(k + 1) is "motion" or "rom" or "mobility" or "flexibility" or "sensation" && s.MatchAt[k + 1] < 0 && !ImpairedBefore(s, start, end))
        {
            k = end = k + 2;
            joined = true;
        }
        // ("her balance problems have resolved": the impairment's own noun before its verb — then the normal word ends its clause.)
        var problemNoun = false;
        // (The bounds first, for every word: a term that ends the note has no word after it.)
        while (k < s.Count && k < end + 2 && s.Clause[k] == s.Clause[start]
            && (s.Token(k) is "is" or "are" or "was" or "were" or "now" or "sx" or "symptoms" or "has" or "have" or "been" or "all" or "grossly" or "status"
                or "problem" or "problems" or "issues" or "deficits" or "difficulties"
                or "screen" or "screening" or "testing" or "test" || (s.Token(k) is "exam" or "examination" && (s.Flags[k] & TokenFlags.Label) == 0) || (s.Token(k) is "today" && k > end && s.Token(k - 1) is "exam" or "screen" or "testing")))
        {
            problemNoun |= s.Token(k) is "problem" or "problems" or "issues" or "deficits" or "difficulties";
            k++;
        }
        // "Strength screen: 5/5 throughout", "strength 5/5 B": full grades everywhere (not "Strength screening: hip abd 3+/5").
        if (k + 1 < s.Count && s.Sentence[k] == s.Sentence[start] && s.Token(k) is "5/5" && s.Token(k + 1) is "throughout" or "b" or "bilat" or "bilaterally" or "all" or "globally")
            return true;
        // "Strength 5/5 and AROM WFL": a full grade, another finding after it (not "5/5 and 4/5").
        if (k + 2 < s.Count && k == end && s.Token(k) is "5/5" && s.Token(k + 1) is "and" && s.Clause[k + 1] == s.Clause[k] && StartsTermAt(s, k + 2)
            && !ImpairedLaterInSentence(s, k + 2)) return true;
        // "ROM full, no pain": full right after the term, ending its clause (not "pain with full squats", "ROM full, painful arc
        // 80-120 deg", a goal's "to achieve ROM full").
        // ("ROM full throughout": a word of where it is all full may end the clause instead.)
        if (k == end && k < s.Count && s.Token(k) is "full" && s.Clause[k] == s.Clause[start]
            && (TermContext.EndsClause(s, k) || (k + 1 < s.Count && s.Clause[k + 1] == s.Clause[k] && s.Token(k + 1) is "throughout" or "b" or "bilat" or "bilaterally" && TermContext.EndsClause(s, k + 1)))
            && !ImpairedBefore(s, start, end)
            && !GoalWordsBefore(s, start) && !ImpairedLaterInSentence(s, k + 1)) return true;
        // "full AROM all joints", "full ROM throughout": "full" right before the term, which ends its clause or says where it is
        // all full (not a goal's "to regain full ROM", "full ROM except R shoulder", "full squats").
        if (start > 0 && s.Token(start - 1) is "full" && s.Clause[start - 1] == s.Clause[start] && !ImpairedBefore(s, start, end) && !GoalWordsBefore(s, start)
            // ("full" opens its clause or follows a label: not "to regain full ROM", "almost full ROM", "lacks full AROM".)
            && (start == 1 || s.Clause[start - 2] != s.Clause[start - 1] || ((s.Flags[start - 2] & TokenFlags.Label) != 0 && s.Token(start - 2) is not ("target" or "aim" or "goal" or "goals")))
            && !RemarkAfterIsPassive(s, end)
            && (end >= s.Count || s.Clause[end] != s.Clause[start] || s.Token(end) is "throughout" or "b" or "bilat" or "bilaterally" or "globally"
                || (s.Token(end) is "all" && end + 1 < s.Count && s.Token(end + 1) is "joints" or "extremities" or "planes" or "limbs"))
            && !ImpairedLaterInSentence(s, end)) return true;
        if (FullAcrossRegion(s, start, end)) return true;
        // A screen's list: "Screen: light touch, proprioception, stereognosis intact B" — the term ends its clause and plain words
        // follow to the normal word that ends the list.
        if (ListSaidNormal(s, start, end)) return true;
        // A screen's row: "Proprioception     WNL" — the normal word alone in the next cell of the term's line.
        if (k < s.Count && k == end && s.Clause[k] == s.Clause[start] + 1 && s.Line[k] == s.Line[start] && IsNormalWord(s, k)
            && (k + 1 >= s.Count || s.Line[k + 1] != s.Line[k]))
            return true;
        // ("Vestibular (HIT / HS) .... WNL": the tests in brackets after the row's name, then its normal word.)
        if (k == end && k < s.Count && (s.Flags[k] & TokenFlags.AfterParen) != 0 && s.Line[k] == s.Line[start])
            for (var p = k; p < Math.Min(s.Count, k + 4) && s.Line[p] == s.Line[start]; p++)
                if ((s.Flags[p] & TokenFlags.ClosesParen) != 0)
                {
                    var row = p + 1;
                    if (row < s.Count && s.Line[row] == s.Line[start] && s.Cell[row] != s.Cell[p] && IsNormalWord(s, row) && (row + 1 >= s.Count || s.Line[row + 1] != s.Line[row])) return true;
                    break;
                }
        if (k < s.Count && s.Clause[k] == s.Clause[start] && IsNormalWord(s, k))
        {
            // "not resolved", "not fully resolved", "not yet independent": still a problem.
            for (var b = k - 1; b >= Math.Max(start, k - 2); b--)
                if (s.Token(b) is "not" or "yet" or "partially" or "nearly" or "almost" or "never") return false;
            // ("Proprioception deficits have resolved on the R; L still impaired": one side.)
            if (problemNoun && k + 1 < s.Count && s.Clause[k + 1] == s.Clause[k]) return false;
            // "Proprioception intact R, absent L", "Strength within normal limits R, 3+/5 L": the other side is still a deficit.
            for (var r = k + 1; r < s.Count && s.Sentence[r] == s.Sentence[k]; r++)
                if (s.Token(r) is "absent" or "impaired" or "decreased" or "reduced" or "diminished" or "poor" or "abnormal" or "limited" or "except" or "but" or "remains"
                    || (s.Flags[r] & TokenFlags.Decreased) != 0 || IsWeakGrade(s.Token(r))
                    // ("3+/5" reaches the reader as "3" and "5".)
                    || (s.Token(r) is "0" or "1" or "2" or "3" or "4" && r + 1 < s.Count && s.Token(r + 1) is "5" && s.Clause[r + 1] == s.Clause[r])) return false;
            // A goal's or plan's words are where it should end up: "Goal: strength and ROM within normal limits", "To restore
            // postural control within normal limits".
            if ((joined || s.Token(k) is "within") && GoalWordsBefore(s, start)) return false;
            // It ends the clause or is followed by a side or "throughout": "resolved with STM" is how it answered
            // treatment, "independent with HEP" a task done, "normal daily activities" another noun.
            var next = k + (s.Token(k) is "without" or "w/o" ? 2 : s.Token(k) is "within" ? 3 : 1);
            // "… within normal limits: HIT negative B": a colon after it opens the details of the normal finding (not "normal: in UEs only").
            if (next < s.Count && (s.Flags[next - 1] & TokenFlags.Label) != 0 && s.Token(k) is "within" or "wnl" && s.Token(next) is not ("in" or "only" or "except")) return true;
            if (joined) return next >= s.Count || s.Clause[next] != s.Clause[k] || s.Token(next) is "throughout"
                || (s.Token(k) is "equal" or "symmetrical" or "symmetric" && s.Token(next) is "side");
            return next >= s.Count || s.Clause[next] != s.Clause[k] || (s.Flags[next] & TokenFlags.AfterDash) != 0
                || (s.Token(k) is "equal" or "symmetrical" or "symmetric" && s.Token(next) is "side")
                || s.Token(next) is "bilat" or "bilaterally" or "b" or "throughout" or "today" or "now" or "r" or "l" or "and" or "on" or "all"
                // ("cleared by sports med", "cleared for sport": who cleared it, for what.)
                || (s.Token(k) is "cleared" && s.Token(next) is "by" or "for")
                // "intact both LE" (not "intact both ankles; absent at great toes")
                || (s.Token(next) is "both" && next + 1 < s.Count && s.Token(next + 1) is "le" or "les" or "ue" or "ues" or "legs" or "arms" or "sides" or "feet" or "hands")
                // "AROM WFL in all four extremities"
                || (s.Token(next) is "in" && next + 1 < s.Count && s.Token(next + 1) is "all");
        }
        // "backward walk 40 ft w/o LOB", "no dizziness with head turns", "0 LOB": an event that did not happen ("0" only
        // before an event counted: "0 dizziness at rest, provoked to 6/10" still states the symptom).
        var denied = start > 0 && s.Clause[start - 1] == s.Clause[start]
            && (s.Token(start - 1) is "w/o" or "without" or "no" || (s.Token(start - 1) is "o" && start > 1 && s.Token(start - 2) is "w")
                || (s.Token(start - 1) is "0" or "zero" && s.Token(start) is "lob" or "lobs" or "loss" or "falls" or "fall" or "stumbles" or "stumble" or "buckling"));
        // (Not "Requires CGA to ambulate w/o LOB": the help is what keeps the balance.)
        for (var h = start - 1; denied && h >= 0 && s.Clause[h] == s.Clause[start]; h--)
            if (s.Token(h) is "requires" or "required" or "needs" or "needed" or "need" or "require" or "sba" or "cga" or "assist" or "assistance" or "supervision" or "guarding") denied = false;
        if (denied && s.Token(start) is "lob" or "lobs" or "loss" or "falls" or "fall" or "stumbles" or "stumble" or "buckling" or "dizziness" or "vertigo" or "symptoms" or "sx"
                or "stepping" or "steps" or "step" or "touchdowns" or "touchdown")
            return true;
        // "Gait pattern: within functional limits": the limits are what is normal (WFL), not a limitation.
        if (start > 0 && start + 1 < s.Count && s.Token(start - 1) is "within" && s.Token(start) is "functional" && s.Token(start + 1) is "limits" or "limit"
            && s.Clause[start - 1] == s.Clause[start]) return true;
        // "Previously poor SLS on R": what it was, not what it is.
        for (var b = start - 1; b >= Math.Max(0, start - 3) && s.Clause[b] == s.Clause[start]; b--)
            if (s.Token(b) is "previously" or "formerly") return true;
        return false;
    }

    // "O: … full knee ROM; no pain", "full R shoulder AROM": "full" before the sides and regions of a range of motion ending its
    // clause — the range and its region said normal (the term is the range, or the region before it). Not "to regain full knee
    // ROM", "lacks full knee ROM", "full knee ROM except …".
    private static bool FullAcrossRegion(NoteScratch s, int start, int end)
    {
        var full = start - 1;
        while (full >= 0 && start - full <= 5 && s.Clause[full] == s.Clause[start] && (IsSideOrRegion(s.Token(full)) || s.Token(full) is "and")) full--;
        var e = end;
        if (e < s.Count && s.Clause[e] == s.Clause[start] && s.Token(e) is "rom" or "arom" or "prom") e++;
        if (full < 0 || s.Clause[full] != s.Clause[start] || s.Token(full) is not "full" || (full == start - 1 && e == end)) return false;
        if (!(full == 0 || s.Clause[full - 1] != s.Clause[full] || (s.Flags[full - 1] & TokenFlags.Label) != 0)) return false;
        if (s.Token(e - 1) is not ("rom" or "arom" or "prom")) return false;
        return (e >= s.Count || s.Clause[e] != s.Clause[start]) && !ImpairedBefore(s, start, end) && !GoalWordsBefore(s, full) && !ImpairedLaterInSentence(s, e);
    }

    private static bool IsSideOrRegion(ReadOnlySpan<char> w) =>
        w is "r" or "l" or "b" or "right" or "left" or "bilat" or "bilateral" or "knee" or "knees" or "hip" or "hips" or "ankle" or "ankles" or "shoulder"
            or "shoulders" or "elbow" or "wrist" or "neck" or "cervical" or "lumbar" or "thoracic" or "spine" or "trunk";

    private static bool StartsTermAt(NoteScratch s, int k) => s.MatchAt[k] >= 0 && s.MatchStart[s.MatchAt[k]] == k;

    // An impairment, a weak grade or a number later in token k's sentence: "5/5 and lag of 10 deg", "ROM full, painful arc 80-120".
    private static bool ImpairedLaterInSentence(NoteScratch s, int k)
    {
        for (var r = k; r < s.Count && s.Sentence[r] == s.Sentence[k]; r++)
            if ((s.Flags[r] & (TokenFlags.Number | TokenFlags.Decreased)) != 0 || IsWeakGrade(s.Token(r)) || s.Token(r) is "lag" or "painful" or "limited" or "impaired"
                or "decreased" or "reduced" or "weak" or "weakness" or "tight" or "tightness" or "absent" or "except" or "but") return true;
        return false;
    }

    // Token b, or a word or two after it, ends a label ("screen today:").
    private static bool LabelFollows(NoteScratch s, int b)
    {
        for (var k = b; k < Math.Min(s.Count, b + 3) && s.Clause[k] == s.Clause[b]; k++)
            if ((s.Flags[k] & TokenFlags.Label) != 0) return true;
        return false;
    }

    private static bool ListSaidNormal(NoteScratch s, int start, int end)
    {
        if (end >= s.Count || s.Clause[end] == s.Clause[start] || s.Sentence[end] != s.Sentence[start] || ImpairedBefore(s, start, end)) return false;
        // A function a screen tests, not a symptom or a condition ("dizziness, headache, cognition intact" lists complaints).
        if (s.Token(end - 1) is not ("proprioception" or "sensation" or "touch" or "vibration" or "stereognosis" or "coordination" or "reflexes" or "tone"
            or "kinesthesia" or "sense" or "strength" or "balance")) return false;
        // Under a screen's label ("Neuro screen today:", "UE sensory/motor screen:"): not "Dx: CVA with L hemiparesis, cognition intact".
        var screen = false;
        for (var b = start - 1; b >= 0 && s.Sentence[b] == s.Sentence[start]; b--)
        {
            if (s.Token(b) is "deficit" or "deficits" or "problem" or "problems" or "impairment" or "impairments" or "findings") return false;
            screen |= s.Token(b) is "screen" or "screening" or "exam" && s.Line[b] == s.Line[start] && LabelFollows(s, b);
        }
        if (!screen) return false;
        var items = 0;
        for (var k = end; k < s.Count && k < end + 12 && s.Sentence[k] == s.Sentence[start] && s.Line[k] == s.Line[start]; k++)
        {
            if (s.Clause[k] != s.Clause[k - 1] && ++items > 4) return false;
            if ((s.Flags[k] & (TokenFlags.Number | TokenFlags.Decreased | TokenFlags.DecreasedAfter | TokenFlags.Label)) != 0) return false;
            if (s.Token(k) is "impaired" or "decreased" or "absent" or "poor" or "reduced" or "limited" or "diminished" or "abnormal" or "delayed" or "slow" or "deficit"
                or "deficits" or "loss" or "impairment" or "but" or "except" or "not" or "no" or "with" or "w" or "without") return false;
            if (!IsNormalWord(s, k) || s.Clause[k] == s.Clause[start]) continue;
            var next = k + (s.Token(k) is "without" or "w/o" ? 2 : s.Token(k) is "within" ? 3 : 1);
            // (Nor another side's finding later on the line: "proprioception, light touch intact R LE. L LE absent to both.")
            // (Forty words on at most: a note of one long line is not read to its end per list.)
            for (var r = next; r < Math.Min(s.Count, next + 40) && (s.Sentence[r] == s.Sentence[k] || s.Line[r] == s.Line[k]); r++)
                if (s.Token(r) is "absent" or "impaired" or "decreased" or "reduced" or "diminished" or "abnormal" or "except" or "but" || IsWeakGrade(s.Token(r))) return false;
            return next >= s.Count || s.Clause[next] != s.Clause[k] || s.Token(next) is "b" or "bilat" or "bilaterally" or "both" or "throughout" or "r" or "l";
        }
        return false;
    }

    // An impairment said in the term's clause up to its end ("Decreased strength and ROM WNL", "Weakness and ROM WNL"), or a
    // question in its sentence.
    private static bool ImpairedBefore(NoteScratch s, int start, int end)
    {
        for (var b = end - 1; b >= 0 && s.Clause[b] == s.Clause[start]; b--)
            if ((s.Flags[b] & TokenFlags.Decreased) != 0 || s.Token(b) is "decreased" or "impaired" or "poor" or "reduced" or "limited" or "weak" or "weakness" or "diminished") return true;
        for (var q = start; q < s.Count && s.Sentence[q] == s.Sentence[start]; q++)
            if ((s.Flags[q] & TokenFlags.Question) != 0) return true;
        return false;
    }

    // Words of a goal or a plan earlier in the term's sentence, or its line's label.
    // "Full ROM throughout (passive only)": a remark in parentheses within two words after the term that says passive or with help.
    private static bool RemarkAfterIsPassive(NoteScratch s, int end)
    {
        for (var k = end; k < Math.Min(s.Count, end + 3) && s.Sentence[k] == s.Sentence[end - 1]; k++)
            if ((s.Flags[k] & TokenFlags.AfterParen) != 0) return s.Token(k) is "passive" or "with" or "w" or "assisted" or "aarom" or "prom";
        return false;
    }

    /// <summary>
    /// Match m's activity is one the patient is back at: "playing pickleball 3x/wk again", "Dry since March; golfing again" — a goal
    /// reached, not one the service targets (not "wants to play pickleball again", "so he can golf again", "unable to run again yet",
    /// "Goal: hiking again").
    /// </summary>
    public static bool DoingItAgain(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        var end = start + s.MatchLength[m];
        var again = false;
        for (var k = end; k < s.Count && k < end + 6 && s.Clause[k] == s.Clause[start]; k++)
            if (s.Token(k) is "again")
            {
                again = true;
                break;
            }
        if (!again) return false;
        // ("so that she can kneel … and rise again", "to play again": what it is for.)
        for (var b = s.SentenceStartOf(start); b < start; b++)
            if (s.Token(b) is "can" or "could" or "so" or "order" || (b >= start - 2 && s.Token(b) is "to")) return false;
        for (var b = s.SentenceStartOf(start); b < s.Count && s.Sentence[b] == s.Sentence[start]; b++)
            if (s.Token(b) is "goal" or "goals" or "ltg" or "stg" or "want" or "wants" or "wanted" or "hope" or "hopes" or "hoping" or "plan" or "plans"
                or "planning" or "would" or "unable" or "cannot" or "can't" or "not" or "difficulty" or "until" or "yet" or "limited" or "fear" or "afraid"
                or "wish" or "wishes" or "aim" or "aims" or "toward" or "towards" or "return" or "eager" or "hasn't" or "hasnt" or "haven't" or "never" or "if"
                // ("Attempted driving again Sunday; had to pull over", "doing laundry again but needs to sit": tried, or still limited.)
                or "attempted" or "attempt" or "tried" or "try" or "trying" or "but" or "needs" or "needed" or "had" or "though" or "although" or "struggles" or "pain" or "only"
                || (s.Flags[b] & TokenFlags.Label) != 0 && s.Token(b) is "goal" or "goals" or "pt" or "patient") return false;
        return true;
    }

    private static bool GoalWordsBefore(NoteScratch s, int start)
    {
        for (var b = start - 1; b >= 0 && s.Sentence[b] == s.Sentence[start]; b--)
            if (s.Token(b) is "goal" or "goals" or "ltg" or "stg" or "will" or "achieve" or "return" or "restore" or "toward" or "towards" or "expected"
                or "outcome" or "focus" or "plan" or "working" or "improve" or "progress") return true;
        return false;
    }

    // A muscle grade under full: "3+/5", "4-/5", "4/5".
    private static bool IsWeakGrade(ReadOnlySpan<char> token) =>
        token.Length is >= 3 and <= 4 && token[0] is >= '0' and <= '4' && token.EndsWith("/5") && (token.Length == 3 || token[1] is '+' or '-');

    /// <summary>
    /// Match m's deficit is said of someone in the family, named right before it in its clause: "her husband loses his balance",
    /// "His brother's feet glue to the floor" (not "Wife reports he loses his balance", the patient's, told by his wife).
    /// </summary>
    public static bool OfAFamilyMember(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        for (var k = start - 1; k >= Math.Max(0, start - 4) && s.Clause[k] == s.Clause[start]; k--)
        {
            // ("leakage lifting her grandson and a pelvic floor that stays clenched": "and a" opens another thing said.)
            if (s.Token(k) is "and" && k + 1 < start && start - k <= 3 && s.Token(k + 1) is "a" or "an") return false;
            if (!SessionAttendance.IsFamilyWord(s.Token(k))) continue;
            if ((k > 0 && s.Clause[k - 1] == s.Clause[k] && s.Token(k - 1) is "her" or "his" or "their" or "pt's" or "patient's") || (k + 1 < start && s.Token(k + 1) is "s")) return true;
        }
        return false;
    }

    private static bool IsOnlyExamined(NoteScratch s, int k) =>
        s.Token(k) is "tested" or "assessed" or "screened" or "examined" or "deferred"
        || (s.Token(k) is "not" && k + 1 < s.Count && s.Token(k + 1) is "tested" or "assessed" or "screened" or "examined");

    // "Strength and ROM equal side to side": the words before it in its clause name what is measured, and no symptom ("pain equal
    // bilaterally", "weakness symmetrical").
    private static bool SaidOfWhatIsMeasured(NoteScratch s, int k)
    {
        var measured = false;
        for (var b = k - 1; b >= Math.Max(0, k - 8) && s.Clause[b] == s.Clause[k]; b--)
        {
            if (s.Token(b) is "pain" or "ache" or "aching" or "swelling" or "edema" or "tightness" or "stiffness" or "weakness" or "numbness" or "tingling" or "dizziness"
                or "sway" or "atrophy" or "deficits" or "deficit" or "loss" or "limitation" or "limitations" or "except"
                // ("Decreased sensation equal bilaterally": equally impaired.)
                or "decreased" or "impaired" or "limited" or "reduced" or "diminished" or "poor" or "absent" or "abnormal" or "weak" || (s.Flags[b] & TokenFlags.Decreased) != 0) return false;
            measured |= s.Token(b) is "strength" or "motion" or "rom" or "arom" or "prom" or "mobility" or "flexibility" or "range" or "sensation" or "reflexes";
        }
        return measured;
    }

    private static bool IsNormalWord(NoteScratch s, int k) =>
        // "Shoulder ROM now full": full as a state, not "pain with full squats".
        (s.Token(k) is "full" && k > 0 && s.Token(k - 1) is "now" or "is" or "are" or "was")
        // ("Falls since last visit: none", "falls none")
        || (s.Token(k) is "none" && k > 0 && s.Token(k - 1) is not ("with" or "w" or "of"))
        // ("Concussion status: cleared", "symptom-free")
        || s.Token(k) is "intact" or "resolved" or "cleared" or "symptom-free" or "wnl" or "wfl" or "normal" or "normalized" or "normalised" or "independent" or "neg" or "negative" or "unremarkable" or "nil"
        || (s.Token(k) is "without" or "w/o" && k + 1 < s.Count && s.Token(k + 1) is "difficulty" or "limitation" or "limitations" or "deficit" or "deficits")
        // "Strength and motion equal side to side", "ROM symmetrical bilaterally": the same on both sides (said of what is
        // measured, not "pain equal bilaterally").
        || (s.Token(k) is "equal" or "symmetrical" or "symmetric" && k + 1 < s.Count && s.Token(k + 1) is "side" or "bilaterally" or "bilat" or "b"
            && SaidOfWhatIsMeasured(s, k))
        // "within normal limits" and "within functional limits" spelled out, as WNL and WFL.
        || (s.Token(k) is "within" && k + 2 < s.Count && s.Token(k + 1) is "normal" or "functional" && s.Token(k + 2) is "limits" or "limit");

    /// <summary>
    /// "no ankle strategy to a small backward push", "No protective reaction with the lateral nudge": a balance strategy or reaction
    /// said to be absent in answer to a push — a finding of postural control (not "no ankle strategy drills today", nor a plan).
    /// </summary>
    public static bool NoStrategyToAPush(NoteScratch s)
    {
        for (var t = 0; t + 3 < s.Count; t++)
        {
            if (s.Token(t) is not ("no" or "absent" or "without") || ((s.Flags[t] | s.Flags[t + 1]) & (TokenFlags.Unticked | TokenFlags.Struck | TokenFlags.OtherVisit)) != 0) continue;
            var k = t + 1;
            if (s.Token(k) is "ankle" or "hip" or "stepping" or "step" or "protective" or "righting" or "equilibrium" or "balance" or "postural") k++;
            else continue;
            if (s.Token(k) is not ("strategy" or "strategies" or "reaction" or "reactions" or "response" or "responses") || s.Clause[k] != s.Clause[t]) continue;
            // The push within a few words after, in the clause: "to a small backward push", "with the lateral nudge" (a preposition right
            // after the strategy: not "no stepping strategy drills with perturbations today").
            if (k + 1 >= s.Count || s.Token(k + 1) is not ("to" or "with" or "on" or "in" or "during" or "after" or "at" or "when")) continue;
            for (var p = k + 2; p < Math.Min(s.Count, k + 6) && s.Clause[p] == s.Clause[t]; p++)
                if (s.Token(p) is "push" or "pushes" or "nudge" or "nudges" or "perturbation" or "perturbations" or "pull" or "pulls" or "release" or "displacement") return true;
        }
        return false;
    }

    /// <summary>
    /// A muscle graded under full strength after the muscle or joint it grades ("R hip abd 3+/5", "quads 4-/5"): weakness,
    /// whatever the words before it were read as (an exercise's "hip abd"). Not on another visit's or a goal's line, nor
    /// unticked.
    /// </summary>
    public static bool GradesAMuscleWeak(NoteScratch s)
    {
        for (var t = 1; t < s.Count; t++)
        {
            var grade = IsWeakGrade(s.Token(t))
                // ("3+/5" reaches the reader as "3" and "5".)
                || (s.Token(t) is "0" or "1" or "2" or "3" or "4" && t + 1 < s.Count && s.Token(t + 1) is "5" && s.Clause[t + 1] == s.Clause[t] && s.Line[t + 1] == s.Line[t]);
            if (!grade || (s.Flags[t] & (TokenFlags.Unticked | TokenFlags.OtherVisit | TokenFlags.LikelyDate | TokenFlags.DateOrTime)) != 0) continue;
            // Not a count ("3/5 trials"), a date ("RCR 1/5, now 8 wks"), a past value ("improved from 3+/5 to 5/5") or an aim.
            // The grade ends its clause, or a side or a spaced dash follows ("R hip abd 3+/5.", "ER 4/5 R", "PF 3/5 - unable to …"; not
            // "hip hinge 4/5 correct", "DF 3/5 steps").
            var after = s.Token(t + 1) is "5" ? t + 2 : t + 1;
            if ((after < s.Count && s.Clause[after] == s.Clause[t] && (s.Flags[after] & TokenFlags.AfterDash) == 0
                    && s.Token(after) is not ("r" or "l" or "b" or "bilat" or "bilaterally" or "rt" or "lt"))
                || (s.Token(t - 1) is "from" or "was" or "previously") || AimBefore(s, t)) continue;
            for (var b = t - 1; b >= Math.Max(0, t - 3) && s.Clause[b] == s.Clause[t]; b--)
                if (s.Token(b) is "hip" or "knee" or "shoulder" or "ankle" or "elbow" or "wrist" or "quad" or "quads" or "quadriceps" or "glute" or "gluteus" or "hamstring"
                    or "hamstrings" or "abd" or "abductor" or "abductors" or "adductor" or "adductors" or "flexor" or "flexors" or "extensor" or "extensors" or "df" or "pf"
                    or "deltoid" or "biceps" or "triceps" or "gastroc" or "gastrocs" or "trunk")
                {
                    if (!GoalWordsBefore(s, t)) return true;
                    break;
                }
        }
        return false;
    }

    private static bool AimBefore(NoteScratch s, int t)
    {
        for (var b = t - 1; b >= 0 && s.Sentence[b] == s.Sentence[t]; b--)
            if (s.Token(b) is "aim" or "criteria" or "discharge" or "d/c" or "hx" or "history") return true;
        return false;
    }

    /// <summary>Whether match m stands on a diagnosis or history line ("Dx: …", "ICD-10: …", "Hx …", "PMH: …").</summary>
    public static bool OnDiagnosisLine(NoteScratch s, int m)
    {
        var first = s.LineStartOf(s.MatchStart[m]);
        // The line's first clause only: "Hx R BPPV cleared 2/18; residual motion-provoked dizziness", "Hx of R BPPV,
        // today c/o dizziness" go on to today.
        if (s.Clause[first] != s.Clause[s.MatchStart[m]]) return false;
        // After a dash, today's words end the history: "Dx: R CVA w/ L hemiparesis - NMR today targeting L LE motor
        // control" (not "Dx: I63.512 — s/p L MCA CVA").
        var dash = false;
        for (var k = first + 1; k <= s.MatchStart[m]; k++)
        {
            dash |= (s.Flags[k] & TokenFlags.AfterDash) != 0;
            if (dash && s.Token(k) is "today" or "targeting" or "targeted" or "addressing" or "working" or "focus" or "tx" or "treatment" or "nmr" or "session" or "treated" or "for")
                return false;
        }
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
    /// <summary>
    /// A field named by the term and answered none: "Functional limitations: none reported", "Balance deficits: nil",
    /// "Vestibular sx: denied today" — the answer alone, ending its clause.
    /// </summary>
    public static bool FieldAnsweredNone(NoteScratch s, int m)
    {
        var end = s.MatchStart[m] + s.MatchLength[m];
        // ("Re-check of the dizziness she had last autumn: none now": the term inside the field's name, a few words before its colon.)
        var colon = end - 1;
        while ((s.Flags[colon] & TokenFlags.Label) == 0)
        {
            colon++;
            if (colon >= s.Count || colon - end >= LabelReach || s.Clause[colon] != s.Clause[end - 1] || s.Line[colon] != s.Line[end - 1]) return false;
        }
        end = colon + 1;
        if (end >= s.Count || (s.Flags[end - 1] & TokenFlags.Label) == 0 || s.Line[end] != s.Line[end - 1]) return false;
        if (s.Token(end) is not ("none" or "nil" or "denied" or "denies")) return false;
        var after = end + 1;
        while (after < s.Count && s.Clause[after] == s.Clause[end] && s.Token(after) is "reported" or "noted" or "observed" or "identified" or "seen" or "today" or "now" or "currently")
            after++;
        return after >= s.Count || s.Clause[after] != s.Clause[end];
    }

    /// <summary>How many words after a term its field's colon may come ("the dizziness she had last autumn:").</summary>
    private const int LabelReach = 6;

    /// <summary>
    /// Whether an activity of daily living named in the note is said to be a goal or a limitation: a word of a
    /// goal, a want, a limit or a need a few words before it in its sentence ("Goal: indep dressing", "difficulty
    /// with bathing", "needs set-up for grooming", "wants to get back to gardening", "pt will groom standing",
    /// "impaired self-care"), such a word right after it ("ADL independence", "to address ADL deficits", "toileting:
    /// max A (goal mod I)", "progress toward dressing goal"), or a goals line ("Goals: 1) … toileting"); not an
    /// activity merely done ("dressing seated on the bed edge", "folded laundry x10").
    /// </summary>
    public static bool SaysItIsTheGoal(NoteScratch s, int m)
    {
        var start = s.MatchStart[m];
        for (var k = start - 1; k >= Math.Max(0, start - GoalCueReach) && s.Sentence[k] == s.Sentence[start]; k--)
        {
            if ((s.Flags[k] & TokenFlags.Decreased) != 0 || IsGoalCue(s.Token(k))) return true;
            var w = s.Token(k);
            if (w is "will" or "toward" or "towards" or "wants" or "hopes" || (w is "back" && k + 1 < s.Count && s.Token(k + 1) is "to")) return true;
        }
        var end = start + s.MatchLength[m];
        for (var k = end; k < Math.Min(s.Count, end + GoalCueAfter) && s.Sentence[k] == s.Sentence[start]; k++)
            if (IsGoalCue(s.Token(k))) return true;
        var first = s.LineStartOf(start);
        return s.Token(first) is "goal" or "goals" or "ltg" or "stg" or "ltgs" or "stgs" && (s.Flags[first] & TokenFlags.Label) != 0;
    }

    private static bool IsGoalCue(ReadOnlySpan<char> w) =>
        w is "goal" or "goals" or "ltg" or "stg" or "plof" or "return" or "independent" or "independence" or "indep" or "limited"
            or "limitation" or "limitations" or "unable" or "difficulty" or "difficulties" or "difficult" or "trouble" or "improve"
            or "improving" or "safe" or "safely" or "safety" or "needs" or "problem" or "problems" or "impaired" or "impairment"
            or "impairments" or "deficit" or "deficits" or "dependent" or "dependence";

    private const int GoalCueReach = 6, GoalCueAfter = 5;

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
                // ("can't get up from the church pew", "unable to get out of the car".)
                if (s.Token(k) is "get" && k + 1 < s.Count && s.Token(k + 1) is "up" or "out" or "into" or "down" or "off" && s.Clause[k + 1] == clause) return true;
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
        // Who cannot: the patient, not the therapist ("Unable to assess stairs today due to time", "unable to reach pt by phone").
        if (w is "unable" or "can't" or "cannot" or "cant" && TherapistCannot(s, t)) return false;
        if (w is "unable" or "can't" or "cannot" or "cant" or "difficulty" or "difficult" or "struggles" or "struggling" or "unsafe"
            or "inability" or "dependent") return true;
        // "pushing/pulling limited", "stooping tolerance limited to 30 sec": a function limited — not "limited floor
        // space", "d/t limited time".
        if (w is "limited") return t + 1 >= s.Count || s.Token(t + 1) is not ("time" or "space" or "room" or "availability" or "floor" or "staff");
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
        // What the patient could not do at the evaluation, now done: "though she was unable to at eval".
        for (var k = Math.Max(0, t - 6); k < Math.Min(s.Count, t + 6); k++)
            if (s.Clause[k] == s.Clause[t] && s.Token(k) is "eval" or "evaluation" or "ie" or "soc" or "initially" or "admission") return true;
        return false;
    }

    private static bool TherapistCannot(NoteScratch s, int t)
    {
        var k = t + 1;
        if (k < s.Count && s.Token(k) is "to") k++;
        if (k >= s.Count) return false;
        if (s.Token(k) is "assess" or "test" or "obtain" or "measure" or "schedule" or "contact" or "complete" or "bill" or "treat" or "see") return true;
        return s.Token(k) is "reach" && k + 1 < s.Count && s.Token(k + 1) is "pt" or "patient" or "md" or "family" or "caregiver" or "dr";
    }

    // The ways of moving and doing a limitation is stated about, beyond the vocabulary's named tasks.
    private static bool IsFunctionWord(ReadOnlySpan<char> w) =>
        w is "rise" or "stand" or "standing" or "sit" or "walk" or "walking" or "amb" or "ambulate" or "ambulating" or "climb" or "climbing"
            or "stairs" or "steps" or "stair" or "curb" or "curbs" or "kneel" or "kneeling" or "squat" or "squatting" or "bend" or "bending" or "stoop"
            or "stooping" or "lift" or "lifting" or "carry" or "carrying" or "reach" or "reaching" or "throw" or "throwing" or "catch" or "catching"
            or "open" or "push" or "pushing" or "pull" or "pulling" or "roll" or "rolling" or "transfer" or "transfers" or "dress" or "dressing"
            or "bathe" or "bathing" or "shower" or "showering" or "toilet" or "toileting" or "getting" or "step" or "turn" or "turns" or "turning"
            or "negotiate" or "floor" or "bed" or "tub" or "couch" or "chair" or "grasp" or "grip" or "write" or "writing" or "button" or "type" or "typing";
}
