using System.Globalization;
using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Documentation;

/// <summary>The minutes a note states for each code it mentions (see <see cref="Read"/>).</summary>
internal sealed class StatedMinutesReader(PhraseIndex phrases, string[] codes, int conditioningTerm)
{
    /// <summary>A total word this many tokens before minutes makes them a total ("total treatment time 40 min").</summary>
    private const int TotalReachBefore = 3;
    /// <summary>A not-session cue this many tokens before or after minutes ("every 2 min", "30 min a day").</summary>
    private const int NotSessionReach = 2;

    /// <summary>A mention's minutes not read yet; <see cref="Shared"/>: it shares stated minutes with the codes beside it, none its own.</summary>
    private const int Unread = -1, Shared = -2;

    private readonly string[] _codes = codes;
    private readonly string[] _shareOfCode = [.. codes.Select(StatedMinutes.ShareOf)];
    private readonly int _conditioning = conditioningTerm;
    private readonly int _wordOf = phrases.WordOf;
    private readonly int _wordFor = phrases.WordFor;
    private readonly int _wordX = phrases.WordX;

    // A code is mentioned by its name ("NMR", "ther ex") or by any CPT/HCPCS code written out, known
    // to the vocabulary or not ("97033", "G0283"); a name and its code side by side ("Ther ex
    // (97110)") are one mention. Minutes are read for each mention in passes, tightest first, so a
    // looser reading never takes minutes a tighter one gives another code:
    //   0. a flowsheet table with a minutes column ("Code | Intervention | Min"): the number in that
    //      column of a row is the minutes of the code the row names;
    //   1. right after or right before it: "97112: 20 min", "NMR x 20 min", "NMR (20')", "20 min of
    //      NMR", "NMR, 20 minutes", "TE 10 / NMR 25";
    //   2. the note's layout: a mention that heads its sentence or labels what follows heads a section up to the next
    //      mention ("97140: STM to L upper trapezius, 10 min", "97110 Ther ex\n…\nTime: 14 min"; a
    //      time label wins in a section); any other takes the minutes between it and the previous
    //      mention in its sentence ("iontophoresis with dexamethasone, 12 minutes (97033)"), else
    //      those up to the next one ("Orthotic training (97760), L AFO, 20 minutes").
    // Loose readings skip minutes that are not session time ("HEP: walk 30 min daily"). Several
    // statements for one code add up; a number is claimed by one code only; totals are nobody's.
    // Minutes left unclaimed are stated without a code (the rules give them to a visit's only timed code).
    public StatedMinutes[] Read(NoteScratch s)
    {
        Array.Clear(s.Claimed, 0, s.Count);
        // Another visit's minutes ("Per last note: 97112 30'") are no one's today.
        if (s.AnyOtherVisitLine)
            for (var t = 0; t < s.Count; t++)
                if (OtherVisitLines.On(s, t)) s.Claimed[t] = true;
        FindMentions(s);
        s.HeadingShares.Clear();
        s.LabelledSpans.Clear();
        var count = s.MentionCount;
        Array.Fill(s.MentionMinutes, Unread, 0, count);
        ClaimSummedParts(s);
        ClaimPlusJoinedParts(s);
        ClaimAnnouncedParts(s);
        ClaimPartsAroundABreak(s);
        FromTables(s);
        BoxedMinutesBeforeCodes(s);
        FromTodayColumn(s);
        for (var i = 0; i < count; i++) s.MentionCodes[i] = CodesOf(s, i);
        UniteCodes(s);
        s.RowMinuteCodes = 0;
        for (var i = 0; i < count; i++)
            if (s.MentionMinutes[i] >= 0) s.RowMinuteCodes |= s.MentionCodes[i];
        Combined(s);
        for (var i = 0; i < count; i++)
        {
            if (s.MentionMinutes[i] != Unread) continue;
            if (CodeHasMinutes(s, i))
            {
                // "0904–0916   NMR (97112)" … "0921–0932   NMR (97112) cont'd", "Part 1 … TE (97110) 11 min" … "Part 2 … TE (97110)
                // 12 min": a split session's rows of one code, each with its own span or minutes, add up.
                if (OpensSplitRow(s, s.MentionStart[i]) && EarlierSplitRow(s, i))
                    s.MentionMinutes[i] = After(s, i, sameClause: true, reach: 4) ?? After(s, i, sameClause: false, reach: 3) ?? LeadingClockRange(s, i) ?? Unread;
                // "97112  In 7:05  Out 7:13 … 97112  In 7:18  Out 7:26": a clipboard's rows of one code, each opening with the code
                // and its own times in and out, add up.
                else if (EarlierTimedRowOfItsCode(s, i) is int j and >= 0 && !RestatesItsRange(s, j, i) && ClockRange(s, i) is int more) s.MentionMinutes[i] = more;
                else s.MentionMinutes[i] = LaterPartOfItsCode(s, i) ?? Unread;
                continue;
            }
            // "97112/97116 — 36 min": two codes written as one, their minutes together — no one code's.
            if (TwoCodesAsOne(s, i))
            {
                _ = After(s, i, sameClause: true, reach: 4);
                s.MentionMinutes[i] = Shared;
                continue;
            }
            if (LabelledStartAndStop(s, i) is int labelled)
            {
                s.MentionMinutes[i] = labelled;
                s.LabelledSpans.Add(i);
                continue;
            }
            s.MentionMinutes[i] = MinutesWithTightM(s, i) ?? CodeSemicolonMinutes(s, i) ?? SeparatedGridRow(s, i) ?? StampedStartAndStop(s, i) ?? LaterPartOfItsCode(s, i) ?? PartsAndTheirSum(s, i) ?? MinutesOpeningItsLine(s, i) ?? EachOfThoseNamed(s, i) ?? SlashedMinutes(s, i) ?? MinutesBeforeEachName(s, i) ?? TimesMinutes(s, i) ?? MinutesOfActivityBefore(s, i) ?? NumberBeforeName(s, i) ?? TimerMinutes(s, i) ?? After(s, i, sameClause: true, reach: 4) ?? Before(s, i) ?? ElidedUnit(s, i) ?? After(s, i, sameClause: false, reach: 3) ?? Bare(s, i) ?? HoursAndMinutes(s, i) ?? ClockRange(s, i) ?? HClockRange(s, i) ?? OfAnHour(s, i) ?? UntilClock(s, i) ?? AtClock(s, i) ?? LeadingClockRange(s, i) ?? MinutesLineNumber(s, i) ?? Unread;
            // Minutes across a cell edge or dot leaders from the code are its row's.
            if (s.MentionMinutes[i] >= 0 && s.Cell[s.LastClaimed] != s.Cell[s.MentionEnd[i] - 1]) s.RowMinuteCodes |= s.MentionCodes[i];
        }

        // The looser readings leave out a code whose minutes its flowsheet row gave: in a flowsheet
        // header with the narrative below ("[x] 97110 Ther ex ..... 15 min" then "Ther ex: … bike x 5 min"),
        // the narrative's minutes are the activity's, not more of the code's.
        // (A code timed by an earlier mention — "97110 Ther ex 14 min" over "Ther ex: bridges 3x15 …" — heads no section of more of its
        // minutes below: a cash row's "Cupping | 8 min" further down is not the code's. Not across a session's break: "PM session:".)
        var timedCodes = 0UL;
        for (var i = 0; i < count; i++)
        {
            if (s.MentionMinutes[i] == Unread && (HeadsSentence(s, i) || IsLabel(s, i) || IsFieldValue(s, i)) && !CodeHasMinutes(s, i)
                && ((timedCodes & s.MentionCodes[i]) == 0 || AfterASessionBreak(s, i))) s.MentionMinutes[i] = InSection(s, i) ?? Unread;
            if (s.MentionMinutes[i] >= 0) timedCodes |= s.MentionCodes[i];
        }
        for (var i = 0; i < count; i++)
            if (s.MentionMinutes[i] == Unread && !CodeHasMinutes(s, i)) s.MentionMinutes[i] = BackInSentence(s, i) ?? Unread;
        for (var i = 0; i < count; i++)
            if (s.MentionMinutes[i] == Unread && !CodeHasMinutes(s, i)) s.MentionMinutes[i] = OnInSentence(s, i) ?? Unread;
        for (var i = 0; i < count; i++)
            if (s.MentionMinutes[i] == Unread && !CodeHasMinutes(s, i)) s.MentionMinutes[i] = DashedLineEnd(s, i) ?? Unread;

        // "97112 - NMR - Start Time: 0800 Stop Time: 0853" over "NMR … 38 min": where the code's minutes are said elsewhere, the
        // start and stop on its line were the session's.
        // (Said elsewhere: by a mention not itself so timed — a split log's "97112 Start … Stop …" twice keeps both. One pass: the
        // spans were added in the mentions' order.)
        if (s.LabelledSpans.Count > 0)
        {
            var saidElsewhere = 0UL;
            for (int j = 0, next = 0; j < count; j++)
            {
                if (next < s.LabelledSpans.Count && s.LabelledSpans[next] == j) { next++; continue; }
                if (s.MentionMinutes[j] >= 0) saidElsewhere |= s.MentionCodes[j];
            }
            foreach (var i in s.LabelledSpans)
                if ((s.MentionCodes[i] & saidElsewhere) != 0) s.MentionMinutes[i] = Shared;
        }

        // Collected in the scratch list (reused from note to note): the array returned is the only allocation.
        var stated = s.Stated;
        stated.Clear();
        MinutesOverCodes(s, stated);
        CodeColonMinutes(s, stated);
        for (var i = 0; i < count; i++)
        {
            var v = s.MentionMinutes[i];
            if (v < 0) continue;
            if (s.MentionCode[i] >= 0)
            {
                stated.Add(new StatedMinutes(CodeText(s, s.MentionCode[i]), v));
                continue;
            }
            foreach (var target in s.MatchPhrase[s.MentionMatch[i]].Targets)
                if (target.Kind == PhraseKind.CodeName) stated.Add(new StatedMinutes(_codes[target.Id], v));
        }
        for (var i = 0; i < count; i++)
            if (CorrectedMinutes(s, i) is int corrected) Correct(s, i, corrected, stated);
        ClinicianEdits(s, stated);
        // "SCRUB CORRECTION 3/5 (NB): 97112 was 23 min, not 33 — typo", "Correction: 97140 is 11, 97110 is 21": a correction's
        // line gives the code's minutes as amended; they replace what the note said above it, and the line's other numbers (the
        // value corrected, up to the next code) are no one's minutes.
        // (It corrects what an earlier line said of the code: "- weight shift correction w/ mirror 97112 10 min" then "-
        // perturbations on foam 97112 12 min" are two parts of one code's time. The codes timed on lines above, kept as the
        // mentions are passed.)
        ulong timedAbove = 0, timedOnLine = 0;
        var mentionLine = -1;
        for (var i = 0; i < count; i++)
        {
            var line = s.Line[s.MentionStart[i]];
            if (line != mentionLine) (timedAbove, timedOnLine, mentionLine) = (timedAbove | timedOnLine, 0UL, line);
            if (s.MentionMinutes[i] >= 0) timedOnLine |= s.MentionCodes[i];
            if ((timedAbove & s.MentionCodes[i]) == 0 || !OnCorrectionLine(s, s.MentionStart[i]) || !SaysWhatItCorrects(s, s.MentionStart[i])) continue;
            var minutes = s.MentionMinutes[i] >= 0 ? s.MentionMinutes[i] : CorrectionValue(s, i) ?? 0;
            if (minutes is < 1 or > ServiceLine.MaxMinutes) continue;
            Correct(s, i, minutes, stated);
            for (int k = s.MentionEnd[i], end = Math.Min(s.LineEndOf(s.MentionStart[i]), NextMentionStart(s, i)); k < end; k++)
                if ((s.Flags[k] & TokenFlags.Integer) != 0 && (s.Flags[k] & (TokenFlags.CodeLike | TokenFlags.DateOrTime)) == 0) s.Claimed[k] = true;
        }
        MachineShares(s, stated);
        foreach (var (mention, minutes) in s.HeadingShares) stated.Add(new StatedMinutes(StatedMinutes.ShareOf(CodeText(s, s.MentionCode[mention])), minutes));
        for (var t = 0; t < s.Count; t++)
            if (s.IsMinuteNumber(t) && Claim(s, t, loose: true) is int v)
                stated.Add(new StatedMinutes(SpentOnExercise(s, t) ? KnownCode("97110") ?? StatedMinutes.Uncoded : IsPartOfTheSession(s, t) ? StatedMinutes.Part : StatedMinutes.Uncoded, v));
            else if (!s.Claimed[t] && IsIndividualModeMinutes(s, t) && MinutesByMode(s, t) is > 0 and <= ServiceLine.MaxMinutes and var byMode)
            {
                s.Claimed[t] = true;
                stated.Add(new StatedMinutes(StatedMinutes.Uncoded, byMode));
            }
        // Totals are kept apart: a visit of one line takes its note's total as the line's minutes.
        for (var t = 0; t < s.Count; t++)
            if (!s.Claimed[t] && (s.Flags[t] & TokenFlags.Unticked) == 0 && ((s.IsMinuteNumber(t) && IsTotal(s, t)) || AfterTimedTotalLabel(s, t))
                && ValueOf(s, t) is int total and <= ServiceLine.MaxMinutes)
                stated.Add(new StatedMinutes(StatedMinutes.Total, total));
        if (stated.Count == 0) return [];
        var result = stated.ToArray();
        stated.Clear();
        Array.Sort(result, StatedMinutes.Order);
        return result;
    }

    /// <summary>The code a mention names (its written code, else its name's first code); null for none. Valid after <see cref="Read"/>.</summary>
    internal string? CodeOf(NoteScratch s, int mention)
    {
        if (s.MentionCode[mention] >= 0) return CodeText(s, s.MentionCode[mention]);
        if (s.MentionMatch[mention] < 0) return null;
        foreach (var target in s.MatchPhrase[s.MentionMatch[mention]].Targets)
            if (target.Kind == PhraseKind.CodeName) return _codes[target.Id];
        return null;
    }

    // "Amended 03/04 17:48: NMR minutes corrected to 23", "97530 time amended to 18 min": an amendment's number for the
    // code right before it (a minutes word, corrected or amended, "to", the number ending its clause or before "min"),
    // which replaces what the note said ("97112 time changed to 2 pm slot", "to 2 units" are no amendment of minutes).
    private static int? CorrectedMinutes(NoteScratch s, int i)
    {
        var t = s.MentionEnd[i];
        if (t + 3 >= s.Count || s.Token(t) is not ("minutes" or "min" or "mins" or "time")) return null;
        if (s.Token(t + 1) is not ("corrected" or "amended") || s.Token(t + 2) is not "to") return null;
        var n = t + 3;
        if (s.Sentence[n] != s.Sentence[s.MentionStart[i]] || (s.Flags[n] & TokenFlags.Integer) == 0 || s.Claimed[n]) return null;
        var after = n + 1;
        if (after < s.Count && s.Clause[after] == s.Clause[n] && (s.Flags[after] & TokenFlags.AfterParen) == 0 && !s.StartsOrIn(after, PhraseKind.MinuteUnit)) return null;
        if (!int.TryParse(s.Token(n), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 1 or > ServiceLine.MaxMinutes) return null;
        s.Claimed[n] = true;
        return minutes;
    }

    // A clinician's edit of a drafted note's minutes, opening with "Edited by …:", "Edit:" or "Clinician edit:" (its label's colon
    // within the first words): "[Edited by I.N., PT: actually 18 min — …]", "Clinician edit: 22 minutes.", "Clinician edit: 15
    // minutes, not 25 — …", "Clinician edit: gait was 20 → 12 min." The edit stands over the draft, for the code named below.
    private void ClinicianEdits(NoteScratch s, List<StatedMinutes> stated)
    {
        // (Whether the draft's minutes were an estimate, looked for once a note.)
        bool? estimate = null;
        for (var k = 0; k < s.Count; k++)
        {
            if (s.Token(k) is not ("edit" or "edited")) continue;
            // (The edit's word opens its line or its bracket's words, or after whose edit it is: "Clinician edit:", "PT edit:".)
            var opener = k == s.LineStartOf(k) || (k > 0 && s.Line[k - 1] == s.Line[k] && s.Token(k - 1) is "clinician" or "therapist" or "pt" or "ot" or "pta" && k - 1 == s.LineStartOf(k))
                || (k > 0 && s.Sentence[k - 1] != s.Sentence[k]);
            if (!opener) continue;
            var label = -1;
            for (var a = k; a < s.Count && a <= k + MaxEditLead && s.Line[a] == s.Line[k]; a++)
                if ((s.Flags[a] & TokenFlags.Label) != 0) { label = a; break; }
            if (label < 0 || label + 2 >= s.Count || s.Line[label + 1] != s.Line[k]) continue;
            var p = label + 1;
            int minutesAt, old = -1;
            // "actually 18 min"
            var actually = s.Token(p) is "actually";
            if (actually) p++;
            // "gait was 20 → 12 min": a word or two naming the service, "was", the old value, the new one.
            var was = -1;
            for (var w = p; w < Math.Min(s.Count, p + 3) && s.Line[w] == s.Line[k]; w++)
                if (s.Token(w) is "was") { was = w; break; }
            if (was >= 0 && was + 3 < s.Count && (s.Flags[was + 1] & TokenFlags.BeforeEquals) != 0 && (s.Flags[was + 2] & TokenFlags.Integer) != 0)
            {
                old = IntAt(s, was + 1);
                minutesAt = was + 2;
            }
            else minutesAt = p;
            // (A code's name before "was" may have read the new value as its minutes already: "gait was 20 → 12 min".)
            if (minutesAt + 1 >= s.Count || (s.Flags[minutesAt] & TokenFlags.Integer) == 0 || (s.Flags[minutesAt] & TokenFlags.CodeLike) != 0 || (s.Claimed[minutesAt] && was < 0)
                || s.Token(minutesAt + 1) is not ("min" or "mins" or "minutes")) continue;
            // (The minutes end their clause, a spaced dash or "not" and the old value after them: not "actually 5 min late".)
            var after = minutesAt + 2;
            if (after < s.Count && s.Clause[after] == s.Clause[minutesAt] && (s.Flags[after] & TokenFlags.AfterDash) == 0) continue;
            if (old < 0 && after + 1 < s.Count && s.Token(after) is "not" && (s.Flags[after + 1] & TokenFlags.Integer) != 0 && s.Line[after + 1] == s.Line[k]) old = IntAt(s, after + 1);
            var minutes = IntAt(s, minutesAt);
            if (minutes is < 1 or > ServiceLine.MaxMinutes) continue;
            // Whose minutes: the code with the old value ("not 25", "was 20 →"); with none, "actually" in an edit right after the
            // sentence that gave one code its minutes ("… spent on neuromuscular re-education (97112). [Edited by …: actually 18 min —
            // …]"), or the minutes alone ("Clinician edit: 22 minutes.") where the draft gave the note's only timed code its minutes as
            // an estimate ("30 minutes (?)", "Approximately 30 minutes") — not "Clinician edit: 5 min — pt arrived late".
            string? code = null;
            if (old >= 0)
                foreach (var m in stated)
                {
                    if (m.Minutes != old) continue;
                    if (code is not null && code != m.Code) { code = null; break; }
                    code = m.Code;
                }
            else if (actually) code = CodeTimedInSentenceBefore(s, k);
            else if (after >= s.Count || s.Sentence[after] != s.Sentence[minutesAt])
            {
                foreach (var m in stated)
                {
                    if (code is not null && code != m.Code) { code = null; break; }
                    code = m.Code;
                }
                if (code is not null && !(estimate ??= DraftedAsAnEstimate(s, code))) code = null;
            }
            if (code is null) continue;
            // (The old value too is the edit's, no one's minutes now.)
            s.Claimed[minutesAt] = true;
            if (was >= 0 && minutesAt == was + 2) s.Claimed[was + 1] = true;
            // (Only the entry it corrects: the code's other blocks, or another clinician's, stand.)
            Replace(stated, code, old, minutes);
        }
    }

    // The one code given minutes in the sentence right before the edit's (on its line or the line before); null for none or two.
    private string? CodeTimedInSentenceBefore(NoteScratch s, int edit)
    {
        var before = s.SentenceStartOf(edit) - 1;
        if (before < 0 || s.Line[before] < s.Line[edit] - 1) return null;
        var sentence = s.Sentence[before];
        // (The mentions of that sentence only, found by halving: a note of many edits is not read along again for each.)
        int lo = 0, hi = s.MentionCount - 1, last = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (s.MentionStart[mid] <= before) { last = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        string? code = null;
        for (var i = last; i >= 0 && s.Sentence[s.MentionStart[i]] == sentence; i--)
        {
            if (s.MentionMinutes[i] < 0 || CodeOf(s, i) is not { } named) continue;
            if (code is not null && code != named) return null;
            code = named;
        }
        return code;
    }

    // The draft gave the code its minutes as an estimate: "approximately", "about", "around", "roughly", "est." before the number, or a
    // question mark after its unit ("30 minutes (?)").
    private bool DraftedAsAnEstimate(NoteScratch s, string code)
    {
        for (var i = 0; i < s.MentionCount; i++)
        {
            if (s.MentionMinutes[i] < 0 || CodeOf(s, i) != code) continue;
            for (int k = Math.Max(s.SentenceStartOf(s.MentionStart[i]), s.MentionStart[i] - EstimateReach), end = Math.Min(s.Count, s.MentionEnd[i] + EstimateReach);
                 k < end && s.Sentence[k] == s.Sentence[s.MentionStart[i]]; k++)
                if (s.Token(k) is "approximately" or "approx" or "about" or "around" or "roughly" or "est" or "estimated"
                    || (s.Token(k) is "min" or "mins" or "minutes" && (s.Flags[k] & TokenFlags.Question) != 0)) return true;
        }
        return false;
    }

    /// <summary>How far around a code's mention the words of an estimate are looked for.</summary>
    private const int EstimateReach = 8;

    // The code's entries of the old value (any, with none) replaced by one of the new minutes. (Loops, not lambdas: a lambda's captured
    // locals would cost an allocation at every token the edit reader passes.)
    private static void Replace(List<StatedMinutes> stated, string code, int old, int minutes)
    {
        var present = false;
        for (var i = stated.Count - 1; i >= 0; i--)
        {
            if (stated[i].Code != code) continue;
            if (old < 0 || stated[i].Minutes == old) stated.RemoveAt(i);
            else if (stated[i].Minutes == minutes) present = true;
        }
        if (!present) stated.Add(new StatedMinutes(code, minutes));
    }

    private static int IntAt(NoteScratch s, int t) =>
        int.TryParse(s.Token(t), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    /// <summary>How many words of an edit may come before its label's colon.</summary>
    private const int MaxEditLead = 10;

    // A line that opens with a correction's heading: "CORRECTION:", "SCRUB CORRECTION 3/5 (NB):", "Late entry correction —" (the
    // word within its first four, not "posture corrected with the mirror" in a sentence), or says it was written to correct.
    private static bool OnCorrectionLine(NoteScratch s, int t)
    {
        var start = s.LineStartOf(t);
        // (A heading opening its line, after no word but an office's — "SCRUB CORRECTION", "Billing correction:", "Correction 11/4:",
        // "Correction (NB):" — in capitals, a field's label, or before its date or its writer; not a drill's name: "Postural correction
        // 4/5 trials", "TRUNK CORRECTION in sitting", "Self-correction of LOB", "Correction 3/5 with VC".)
        for (var k = start; k < Math.Min(t, start + 3); k++)
        {
            if (s.Token(k) is not ("correction" or "corrections"))
            {
                if (s.Token(k) is "scrub" or "billing" or "coding" or "charge" or "late" or "entry" or "minutes" or "time" or "note") continue;
                break;
            }
            if ((s.Flags[k] & (TokenFlags.AllCaps | TokenFlags.Label)) != 0) return true;
            var next = k + 1;
            if (next < t && (s.Flags[next] & TokenFlags.AfterParen) != 0) return true;
            if (next < t && (s.Flags[next] & (TokenFlags.Fraction | TokenFlags.DateOrTime | TokenFlags.LikelyDate)) != 0
                && ((s.Flags[next] & TokenFlags.Label) != 0 || (next + 1 < s.Count && (s.Flags[next + 1] & TokenFlags.AfterParen) != 0))) return true;
            break;
        }
        // ("NOTE RE-OPENED 12/22 by H. Okafor to correct the 97110 heading: 97110 — 14 min, typed as 41.")
        for (var k = Math.Max(start, t - 16); k + 1 < t; k++)
            if (s.Token(k) is "to" && s.Token(k + 1) is "correct") return true;
        return false;
    }

    // The correction's line says what it corrects, as corrections do ("was 23 min, not 33", "should read 12", "is 11", "typed as 41",
    // "typo", "swapped") — not "CORRECTIONS: mirror feedback 97112 10 min", a drill's heading.
    private static bool SaysWhatItCorrects(NoteScratch s, int t)
    {
        // (A few words around the code: a long line of corrections is not read along again for each.)
        for (int k = Math.Max(s.LineStartOf(t), t - 16), end = Math.Min(s.LineEndOf(t), t + 12); k < end; k++)
            if (s.Token(k) is "was" or "not" or "should" or "is" or "=" or "typo" or "typed" or "swapped" or "instead" or "changed" or "corrected" or "read" or "error") return true;
        return false;
    }

    // "97140 is 11", "97112 should read 12", "97110 = 21": the number a correction's line gives the code right after it, ending its
    // clause or before a minutes word ("97110 is 2 sets of 10 rows" is no minutes).
    private static int? CorrectionValue(NoteScratch s, int i)
    {
        var t = s.MentionEnd[i];
        if (t < s.Count && s.Token(t) is "should" && t + 1 < s.Count && s.Token(t + 1) is "read" or "be") t += 2;
        else if (t < s.Count && s.Token(t) is "is" or "was" or "=") t++;
        else return null;
        if (t >= s.Count || s.Line[t] != s.Line[s.MentionStart[i]] || (s.Flags[t] & TokenFlags.Integer) == 0 || (s.Flags[t] & (TokenFlags.CodeLike | TokenFlags.DateOrTime)) != 0 || s.Claimed[t]) return null;
        if (t + 1 < s.Count && s.Clause[t + 1] == s.Clause[t] && !s.StartsOrIn(t + 1, PhraseKind.MinuteUnit)) return null;
        if (!int.TryParse(s.Token(t), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)) return null;
        s.Claimed[t] = true;
        return minutes;
    }

    private void Correct(NoteScratch s, int i, int minutes, List<StatedMinutes> stated)
    {
        var codes = new List<string>(1);
        if (s.MentionCode[i] >= 0) codes.Add(CodeText(s, s.MentionCode[i]));
        else
            foreach (var target in s.MatchPhrase[s.MentionMatch[i]].Targets)
                if (target.Kind == PhraseKind.CodeName) codes.Add(_codes[target.Id]);
        foreach (var code in codes)
        {
            stated.RemoveAll(m => m.Code == code);
            stated.Add(new StatedMinutes(code, minutes));
        }
    }

    // "manual" before the help it describes ("manual perturbations", "manual resistance", "manual cues") is no
    // mention of manual therapy ("Manual: muscle energy …", "manual contact mobs" are).
    private static bool NamesAManualAid(NoteScratch s, int t, int m) =>
        s.MatchLength[m] == 1 && s.Token(t) is "manual" && t + 1 < s.Count && s.Clause[t + 1] == s.Clause[t]
        && (s.Flags[t] & TokenFlags.Label) == 0
        && s.Token(t + 1) is "perturbation" or "perturbations" or "resistance" or "resisted" or "cue" or "cues" or "cueing" or "cuing"
            or "facilitation" or "guidance" or "guarding" or "assist" or "assistance" or "feedback" or "tactile";

    // "Total (both of us): 38 min", "just us": "us" in small letters after a word that takes the pronoun is no ultrasound ("us 8 min to R
    // knee" is).
    private static bool PlainUs(NoteScratch s, int t, int m) =>
        s.MatchLength[m] == 1 && s.Token(t) is "us" && (s.Flags[t] & (TokenFlags.AllCaps | TokenFlags.TitleCase)) == 0 && t > 0 && s.Clause[t - 1] == s.Clause[t]
        && s.Token(t - 1) is "of" or "with" or "for" or "both" or "just" or "let" or "between" or "among" or "all" or "joined" or "join" or "told" or "gave"
            or "showed" or "helped" or "asked" or "only";

    // "(7 cm at eval)", "since IE", "vs eval": when a measure was taken, not an evaluation billed today.
    private static bool WhenOfTheEvaluation(NoteScratch s, int t, int m) =>
        s.MatchLength[m] == 1 && t > 0 && s.Token(t) is "eval" or "evaluation" or "ie" && s.Clause[t - 1] == s.Clause[t]
        && s.Token(t - 1) is "at" or "since" or "from" or "vs" or "@" or "post";

    // "97112 — 26 min — re-assessment drills: backward pulls …": the re-assessment describes the drills done under the code before
    // it, no re-evaluation code of its own.
    private static bool ReassessmentsItems(NoteScratch s, int t, int m)
    {
        var end = t + s.MatchLength[m];
        return end < s.Count && s.Token(end - 1) is "re-assessment" or "reassessment" or "assessment" or "re-eval" or "reeval" or "re-evaluation"
            && s.Clause[end] == s.Clause[end - 1] && s.Token(end) is "drills" or "tasks";
    }

    private void FindMentions(NoteScratch s)
    {
        s.MentionCount = 0;
        Array.Fill(s.MentionAt, -1, 0, s.Count);
        var t = 0;
        while (t < s.Count)
        {
            if (OtherVisitLines.On(s, t)) { t++; continue; }
            var m = s.MatchAt[t];
            int end, match = -1, code = -1;
            if (m >= 0 && s.MatchStart[m] == t && s.MatchPhrase[m].Has(PhraseKind.CodeName) && !NamesAManualAid(s, t, m) && !PlainUs(s, t, m) && !WhenOfTheEvaluation(s, t, m) && !ReassessmentsItems(s, t, m) && !LayNameOfAnotherTime(s, t, t + s.MatchLength[m]))
            {
                match = m;
                end = t + s.MatchLength[m];
                if (s.MatchLength[m] == 1 && (s.Flags[t] & TokenFlags.CodeLike) != 0) code = t;
            }
            else if ((m < 0 && (s.Flags[t] & TokenFlags.CodeLike) != 0) || SlashedCodeMinutes(s, t) is not null)
            {
                end = t + 1;
                code = t;
            }
            else
            {
                t = m >= 0 ? s.MatchStart[m] + s.MatchLength[m] : t + 1;
                continue;
            }

            var last = s.MentionCount - 1;
            if (last >= 0 && code < 0 && DescribesWrittenCode(s, last, t))
            {
                // "97113 aquatic ther ex — 20 min": the name after the written code is its description, not a
                // second code (the contract: minutes next to a written code belong to it, before or after its description).
                s.MentionEnd[last] = end;
            }
            else if (last >= 0 && s.MentionEnd[last] == t && s.Sentence[t - 1] == s.Sentence[t] && OneMention(s, last, match, code))
            {
                // The written code is the mention's code; the name's match stays for its span.
                s.MentionEnd[last] = end;
                if (code >= 0) s.MentionCode[last] = code;
            }
            else
            {
                last = s.AddMention(t, end, match, code);
            }
            for (var k = t; k < end; k++) s.MentionAt[k] = last;
            t = end;
        }
    }

    // A name and a written code side by side are one mention when the name is a name of that code
    // ("Ther ex (97110)", "97110 therapeutic exercise"); two written codes never are.
    private bool OneMention(NoteScratch s, int mention, int match, int code)
    {
        var earlierCode = s.MentionCode[mention];
        if (code >= 0 && earlierCode >= 0) return false;
        if (code >= 0) return s.MentionMatch[mention] >= 0 && (Names(s, s.MentionMatch[mention], code) || Bracketed(s, code));
        return earlierCode >= 0 && match >= 0 && Names(s, match, earlierCode);
    }

    private static bool SlashedOntoBracketedCode(NoteScratch s, int i)
    {
        if (s.MentionCode[i] >= 0 || i + 1 >= s.MentionCount) return false;
        var (last, next) = (s.MentionEnd[i] - 1, s.MentionStart[i + 1]);
        if (next != last + 1 || s.Line[next] != s.Line[last] || s.MentionCode[i + 1] is not (>= 0 and var code) || code == next || !Bracketed(s, code)) return false;
        return (s.Flags[next] & (TokenFlags.AfterSpacedSlash | TokenFlags.AfterTightSlash)) != 0;
    }

    // A code in brackets of its own right after a service's name is the code the writer bills it as, whatever
    // code the name alone would suggest ("SELF CARE (97530): 23 minutes" is 97530's heading, not 97535's).
    private static bool Bracketed(NoteScratch s, int code) =>
        (s.Flags[code] & (TokenFlags.AfterParen | TokenFlags.ClosesParen)) == (TokenFlags.AfterParen | TokenFlags.ClosesParen);

    // "Min/Code: 23/97112 · 15/97116": under a minutes-over-code legend, each fraction is a code's minutes.
    private static void MinutesOverCodes(NoteScratch s, List<StatedMinutes> stated)
    {
        // The line on which "Min/Code" was last written: a fraction after it on its line is minutes over a code.
        var headingLine = -1;
        for (var t = 0; t < s.Count; t++)
        {
            var underHeading = headingLine == s.Line[t];
            if (t > 0 && s.Token(t) is "code" or "cpt" && s.Token(t - 1) is "min" or "mins" or "minutes") headingLine = s.Line[t];
            if ((s.Flags[t] & TokenFlags.Fraction) == 0 || !underHeading) continue;
            var token = s.Token(t);
            var slash = token.IndexOf('/');
            if (slash <= 0 || token.Length - slash - 1 != 5 || !int.TryParse(token[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
                || minutes is <= 0 or > ServiceLine.MaxMinutes) continue;
            var code = token[(slash + 1)..];
            if (!(char.IsAsciiDigit(code[0]) || char.IsAsciiLetter(code[0])) || code[1..].IndexOfAnyExceptInRange('0', '9') >= 0) continue;
            s.Claimed[t] = true;
            stated.Add(new StatedMinutes(code.ToString().ToUpperInvariant(), minutes));
        }
    }

    private static bool DescribesWrittenCode(NoteScratch s, int mention, int t)
    {
        var code = s.MentionCode[mention];
        if (code < 0 || s.MentionEnd[mention] - s.MentionStart[mention] != 1 || s.Clause[code] != s.Clause[t]) return false;
        // One word of description between ("97113 aquatic ther ex"), not a status or a side: a name written right
        // after a code ("97110 NMR 20 min") stays ambiguous, and "97110 held today NMR 23 min", "97530 not
        // performed NMR 15", "97110 R hip / NMR 12 min" name a second code.
        if (t - s.MentionEnd[mention] != 1) return false;
        var k = s.MentionEnd[mention];
        foreach (var c in s.Token(k))
            if (!char.IsLetter(c)) return false;
        return s.Token(k).Length > 2 && s.Token(k) is not ("and" or "or" or "then" or "with" or "plus" or "held" or "not" or "deferred" or "performed"
            or "skipped" or "cancelled" or "canceled" or "omitted" or "today" or "none" or "hold" or "dc" or "only");
    }

    private bool Names(NoteScratch s, int match, int codeToken)
    {
        var token = s.Token(codeToken);
        // ("MT 97140-59": the code before its modifier's hyphen.)
        if (token.Length > 5 && token[5] == '-') token = token[..5];
        foreach (var target in s.MatchPhrase[match].Targets)
            if (target.Kind == PhraseKind.CodeName && token.Equals(_codes[target.Id], StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // The code as the report spells it: the vocabulary's string when it knows the code, else the
    // token upper-cased (the only allocation for a code the vocabulary does not know).
    private string CodeText(NoteScratch s, int t)
    {
        var token = s.Token(t);
        // ("97112/22min", "97140-59": the code before the slash or the modifier's hyphen.)
        var slash = token.IndexOfAny('/', '-');
        if (slash > 0) token = token[..slash];
        if (s.MatchAt[t] >= 0)
            foreach (var target in s.MatchPhrase[s.MatchAt[t]].Targets)
                if (target.Kind == PhraseKind.CodeName && token.Equals(_codes[target.Id], StringComparison.OrdinalIgnoreCase)) return _codes[target.Id];
        return string.Create(token.Length, (s.Chars, s.Start[t]), static (span, state) =>
        {
            for (var k = 0; k < span.Length; k++) span[k] = char.ToUpperInvariant(state.Chars[state.Item2 + k]);
        });
    }

    // Codes written together with one time ("TE/NMR 35 min", "97110 and 97112: 35 min"): the minutes
    // are the codes' combined time, no one code's; they are taken (so that no code or "stated without
    // a code" reading gets them) and the codes read none.
    private void Combined(NoteScratch s)
    {
        for (var i = 0; i + 1 < s.MentionCount; i++)
        {
            var last = i;
            while (last + 1 < s.MentionCount && Joined(s, last)) last++;
            if (last == i) continue;
            // "te/mt 15/8'": two codes, then a fraction of minutes — each code its own, in order.
            if (last == i + 1 && s.MentionEnd[i] == s.MentionStart[last] && !CodeHasMinutes(s, i) && !CodeHasMinutes(s, last) && PairedMinutes(s, s.MentionEnd[last]) is (int first, int second))
            {
                (s.MentionMinutes[i], s.MentionMinutes[last]) = (first, second);
                i = last;
                continue;
            }
            // ("97110 & 97140 — 15 min each": each its own, read per code.)
            if (MinutesEachAfter(s, last)) { i = last; continue; }
            // "SELF-CARE / THERAPEUTIC ACTIVITIES (97530): 23 minutes" heads one code's section, and "Ther ex / NMR (97112): 30 min"
            // gives two codes' time together: the minutes are the bracketed code's share — its time where they make its line's
            // minutes, no one code's otherwise.
            if (last == i + 1 && SlashedOntoBracketedCode(s, i))
            {
                if (After(s, last, sameClause: true, reach: 4) is int heading)
                {
                    s.MentionMinutes[i] = s.MentionMinutes[last] = Shared;
                    s.HeadingShares.Add((last, heading));
                }
                i = last;
                continue;
            }
            if (After(s, last, sameClause: true, reach: 4) is not null || SharedMinutesAfter(s, last) || SharedMinutesBefore(s, i, last))
                for (var k = i; k <= last; k++) s.MentionMinutes[k] = Shared;
            i = last;
        }
    }

    private static bool MinutesEachAfter(NoteScratch s, int last)
    {
        var n = s.MentionEnd[last];
        if (n + 2 >= s.Count || (s.Flags[n] & TokenFlags.Integer) == 0 || !s.StartsOrIn(n + 1, PhraseKind.MinuteUnit)) return false;
        var each = AfterUnit(s, n);
        return each < s.Count && s.Token(each) is "each" && s.Sentence[each] == s.Sentence[n];
    }

    // After codes written together, their one time said another way: a minutes label's value right after them ("TIMED (min):
    // NMR + TE = 35"), or minutes said to be together ("Neuro re-ed + gait training, 36 minutes together") or closing their
    // sentence after a remark ("NMR and gait in class today, 30 min.").
    private bool SharedMinutesAfter(NoteScratch s, int last)
    {
        var t = s.MentionEnd[last];
        if (t >= s.Count || s.Sentence[t] != s.Sentence[t - 1]) return false;
        if ((s.Flags[t] & (TokenFlags.Integer | TokenFlags.DateOrTime | TokenFlags.Unticked)) == TokenFlags.Integer && !s.Claimed[t] && !s.IsMinuteNumber(t))
        {
            for (var k = s.MentionStart[last] - 1; k >= Math.Max(0, s.MentionStart[last] - 12) && s.Line[k] == s.Line[t]; k--)
                if ((s.Flags[k] & TokenFlags.Label) != 0 && s.Token(k) is "min" or "mins" or "minutes")
                    return Claim(s, t, loose: true) is not null;
            return false;
        }
        for (var k = t; k < Math.Min(s.Count, t + 9) && s.Sentence[k] == s.Sentence[t] && s.MentionAt[k] < 0; k++)
        {
            if ((s.Flags[k] & TokenFlags.Number) != 0 && !s.IsMinuteNumber(k)) return false;
            if (!s.IsMinuteNumber(k)) continue;
            var after = AfterUnit(s, k);
            // ("97112 and 97110, 37 min for both": the same said with "for both".)
            if (after < s.Count && s.Sentence[after] == s.Sentence[k] && (s.Token(after) is "together" or "combined"
                || (s.Token(after) is "for" && after + 1 < s.Count && s.Token(after + 1) is "both" && s.Sentence[after + 1] == s.Sentence[k]))) return k < t + 3 && Claim(s, k, loose: false) is not null;
            // "NMR and gait in class today, 30 min.": the minutes closing the codes' sentence, after a remark on where or when —
            // or right after a comma ("NMR + gait, 40 min.").
            return (k > t ? s.Clause[k] != s.Clause[t] : s.Clause[k] != s.Clause[t - 1]) && (after >= s.Count || s.Sentence[after] != s.Sentence[k]) && Claim(s, k, loose: false) is not null;
        }
        return false;
    }

    // "38 min of therapy today, NMR and ther ex together": minutes before codes said to be together, in their sentence, are theirs
    // together.
    private bool SharedMinutesBefore(NoteScratch s, int first, int last)
    {
        var t = s.MentionEnd[last];
        if (t >= s.Count || s.Sentence[t] != s.Sentence[t - 1] || s.Token(t) is not ("together" or "combined")) return false;
        var start = s.MentionStart[first];
        for (var k = start - 1; k >= Math.Max(0, start - 8) && s.Sentence[k] == s.Sentence[start] && s.MentionAt[k] < 0; k--)
            if (s.IsMinuteNumber(k)) return !s.Claimed[k] && Claim(s, k, loose: false) is not null;
        return false;
    }

    // A fraction of minutes right after two codes ("15/8'", "8/15 min"): the pair of minutes, or null.
    // Not a rest or an interval ("NMR/TE 1/2 min rest between sets").
    private (int, int)? PairedMinutes(NoteScratch s, int t)
    {
        if (t >= s.Count || s.Sentence[t] != s.Sentence[t - 1] || (s.Flags[t] & (TokenFlags.Fraction | TokenFlags.Unticked)) != TokenFlags.Fraction
            || s.Claimed[t] || !s.IsMinuteNumber(t) || IsIntervalOrRest(s, t)) return null;
        var token = s.Token(t);
        var slash = token.IndexOf('/');
        if (!int.TryParse(token[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(token[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var second)
            || first > ServiceLine.MaxMinutes || second > ServiceLine.MaxMinutes) return null;
        s.Claimed[t] = true;
        s.LastClaimed = t;
        return (first, second);
    }

    // Mention i and the next stand side by side in one sentence, or with "and" / "&" between them.
    private static bool Joined(NoteScratch s, int i)
    {
        var gap = s.MentionStart[i + 1] - s.MentionEnd[i];
        if (s.Sentence[s.MentionStart[i + 1]] != s.Sentence[s.MentionEnd[i] - 1] || s.MentionMinutes[i + 1] != Unread) return false;
        return gap == 0 || (gap == 1 && s.Token(s.MentionEnd[i]) is "and");
    }

    // A flowsheet table: a header row with a minutes column ("Code | Intervention | Min", "Service\tMinutes\tUnits")
    // gives each row below it the number in that column, for the code the row names; the table ends
    // at the first line without that column.
    private void FromTables(NoteScratch s)
    {
        var t = 0;
        var mention = 0;
        while (t < s.Count)
        {
            var end = s.LineEndOf(t);
            var column = MinutesColumn(s, t, end);
            // "Units/Min" over "1/12": each row's fraction, minutes its second number (its first under "Min/Units").
            var fractionPart = -1;
            if (column < 0 && UnitsAndMinutesColumn(s, t, end) is (int paired, int part)) (column, fractionPart) = (paired, part);
            var heading = column >= 0 ? CellTokens(s, t, end, column) : (-1, -1);
            // "Procedure Codes:   Code   Description   Units   Minutes": a caption before the heading, the rows
            // under it one cell fewer.
            var headingCells = s.Cell[end - 1] - s.Cell[t];
            var captioned = column > 0 && FirstCellIsCaption(s, t, end);
            // "97112 Neuromuscular re-ed (PT 1:1)    Parameters    Min" over its exercises' rows: a code heading its own minutes
            // column is the code of the rows under it that name none, their minutes added up.
            var headingMention = -1;
            var headingFirst = t;
            if (column > 0)
                for (var k = t; k < end && s.Cell[k] == s.Cell[t]; k++)
                    if (s.MentionAt[k] >= 0) { headingMention = s.MentionAt[k]; break; }
            t = end;
            if (column < 0) continue;
            // "0:25" is a length under "Duration" or "Min", but a time of day under "Time".
            var hoursAndMinutes = !Heads(s, heading, "time");
            while (t < s.Count)
            {
                end = s.LineEndOf(t);
                // A row that keeps a caption of its own ("Gait:   97116   1") is short only of a blank cell.
                var rowColumn = captioned && s.Cell[end - 1] - s.Cell[t] == headingCells - 1 && !FirstCellIsCaption(s, t, end) ? column - 1 : column;
                var cell = CellTokens(s, t, end, rowColumn);
                while (mention < s.MentionCount && s.MentionStart[mention] < t) mention++;
                if (cell.From < 0)
                {
                    // "  Stepping strategy to pushes; tandem on the foam beam.": a row's description indented under it — one cell,
                    // no code, no number — and the table goes on below it.
                    if (s.Column[t] > s.Column[headingFirst] && s.Cell[end - 1] == s.Cell[t] && (mention >= s.MentionCount || s.MentionStart[mention] >= end)
                        && NoNumberIn(s, t, end)) { t = end; continue; }
                    break;
                }
                // A fixed-width listing ("CPT   DESCRIPTION          MIN  UNT" over "97112 NEUROMUSC REEDUC      24    2"):
                // a code one space from its description makes a row a cell short of its heading, so its cells no longer
                // count to the minutes column; the number standing under the heading's word is the row's minutes. (Only
                // there: a tab or bar row a cell short has left a trailing cell blank, "97110 | TE | 15 | 1" under
                // "Code | Service | Min | Units | Comments".)
                if (rowColumn == column && s.Cell[end - 1] - s.Cell[t] < headingCells && mention < s.MentionCount && s.MentionStart[mention] < end
                    && CodeSharesItsCell(s, mention, end) && NumberUnder(s, t, end, heading) is int under)
                    cell = (under, under + 1);
                // ("Billing   CPT   Min   Units" over "          97140   12    1": a row indented past the heading's first cell left
                // it blank, so its cells are counted from a later one — the number under "Min" is its minutes.)
                else if (rowColumn == column && s.Cell[end - 1] - s.Cell[t] < headingCells && s.Column[t] > s.Column[headingFirst] + 2
                    && mention < s.MentionCount && s.MentionStart[mention] < end && NumberUnder(s, t, end, heading) is int underIndented)
                    cell = (underIndented, underIndented + 1);
                // (The next code's own heading row takes the rows under it: "97110 Therapeutic exercise    Parameters    Min".)
                if (headingMention >= 0 && mention < s.MentionCount && s.MentionStart[mention] < end && cell.To - cell.From == 1
                    && (s.StartsOrIn(cell.From, PhraseKind.MinuteUnit) || s.StartsOrIn(cell.From, PhraseKind.TimeLabel)))
                {
                    headingMention = mention;
                    t = end;
                    continue;
                }
                if (headingMention >= 0 && (mention >= s.MentionCount || s.MentionStart[mention] >= end) && cell.To - cell.From == 1
                    && s.MentionMinutes[headingMention] != Shared && ClaimRow(s, cell.From) is int row)
                {
                    s.MentionMinutes[headingMention] = Math.Max(0, s.MentionMinutes[headingMention]) + row;
                    t = end;
                    continue;
                }
                if (mention < s.MentionCount && s.MentionStart[mention] < end && cell.To - cell.From == 1)
                {
                    if (fractionPart >= 0)
                    {
                        if (!s.Claimed[cell.From] && (s.Flags[cell.From] & TokenFlags.Fraction) != 0 && FractionPart(s.Token(cell.From), fractionPart) is int fromFraction)
                        {
                            s.Claimed[cell.From] = true;
                            s.LastClaimed = cell.From;
                            s.MentionMinutes[mention] = fromFraction;
                        }
                    }
                    else if (Claim(s, cell.From, loose: false) is int v) s.MentionMinutes[mention] = v;
                    // A duration column in hours and minutes ("Duration | 0:25").
                    else if (hoursAndMinutes && !s.Claimed[cell.From] && HoursAndMinutes(s.Token(cell.From)) is int duration)
                    {
                        s.Claimed[cell.From] = true;
                        s.LastClaimed = cell.From;
                        s.MentionMinutes[mention] = duration;
                    }
                }
                t = end;
            }
        }
    }

    private static bool NoNumberIn(NoteScratch s, int from, int to)
    {
        for (var k = from; k < to; k++)
            if ((s.Flags[k] & TokenFlags.Number) != 0) return false;
        return true;
    }

    // "Timed codes:  [ 23 ] 97112 NMR   [ 15 ] 97110 TE   [    ] 97140 MT": minute boxes before their codes, each number
    // opening a cell of its own with its code right after it — two such cells on the line at least (the next box's number is
    // not the code before it's).
    private void BoxedMinutesBeforeCodes(NoteScratch s)
    {
        for (var i = 0; i < s.MentionCount; i++)
            if (s.MentionMinutes[i] == Unread && OpensCellAfterItsNumber(s, i) && OtherBoxedCodeOnLine(s, i) && Claim(s, s.MentionStart[i] - 1, loose: false) is int v)
                s.MentionMinutes[i] = v;
    }

    private static bool OpensCellAfterItsNumber(NoteScratch s, int i)
    {
        var n = s.MentionStart[i] - 1;
        return n >= 0 && s.Line[n] == s.Line[n + 1] && s.Cell[n] == s.Cell[n + 1] && (s.Flags[n] & TokenFlags.Integer) != 0
            && (n == 0 || s.Line[n - 1] != s.Line[n] || s.Cell[n - 1] != s.Cell[n]);
    }

    // (The mention before or after it on its line: the boxes stand side by side.)
    private static bool OtherBoxedCodeOnLine(NoteScratch s, int i) =>
        (i > 0 && s.Line[s.MentionStart[i - 1]] == s.Line[s.MentionStart[i]] && OpensCellAfterItsNumber(s, i - 1))
        || (i + 1 < s.MentionCount && s.Line[s.MentionStart[i + 1]] == s.Line[s.MentionStart[i]] && OpensCellAfterItsNumber(s, i + 1));

    // A charge line's "CPT:min — 97112:25, 97530:20": a code and its minutes joined by a colon, one token to the
    // tokenizer (as a clock time is), read here so the note's tokens — and its fingerprint — stay as they were.
    private void CodeColonMinutes(NoteScratch s, List<StatedMinutes> stated)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (s.Claimed[t]) continue;
            if ((s.Flags[t] & TokenFlags.Number) != 0 && CodeDashMinutes(s, t) is (string dashedCode, int dashed))
            {
                s.Claimed[t] = true;
                stated.Add(new StatedMinutes(dashedCode, dashed));
                continue;
            }
            if ((s.Flags[t] & TokenFlags.DateOrTime) == 0) continue;
            var token = s.Token(t);
            var colon = token.IndexOf(':');
            if (colon != 5 || token.Length is < 7 or > 9 || token[(colon + 1)..].IndexOf(':') >= 0) continue;
            // Minutes, not units ("Units billed: 97110:2, 97112:1"): five or more, on a line that does not count units.
            if (!int.TryParse(token[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 5 or > ServiceLine.MaxMinutes
                || LineSpeaksOfUnits(s, t)) continue;
            var code = KnownCode(token[..colon]);
            if (code is null) continue;
            s.Claimed[t] = true;
            stated.Add(new StatedMinutes(code, minutes));
        }
    }

    // "TE: bike 8', SLR 3x10 …", "Ther ex: NuStep 6 min L4, bridges 2x10": minutes right after a conditioning machine are the
    // machine's share of a code's time, not the code's whole time (no reading claims them). Each is kept as a share of the code
    // whose section it is in (or of no code): the code's time only where the shares make the line's minutes.
    private bool IsMachineDuration(NoteScratch s, int t, bool nested = false)
    {
        if (_conditioning < 0) return false;
        // The machine before the minutes on their line, with only its settings, leaders or a warm-up between ("NuStep L4 ....
        // 6 min", "treadmill 1.8 mph, 1% …… 10 min", "recumbent bike warm-up   6'", "on the treadmill x 10 min") — no code,
        // other term, field label or other minutes.
        for (var k = t - 1; k >= Math.Max(0, t - MachineReach) && s.Line[k] == s.Line[t]; k--)
        {
            // ("UBE 5 min fwd/5 min bwd": the machine's second stretch, one back at most.)
            if (k < t - 1 && s.IsMinuteNumber(k)) return !nested && IsMachineDuration(s, k, nested: true);
            if (s.MentionAt[k] >= 0 || s.StartsOrIn(k, PhraseKind.TotalCue) || s.StartsOrIn(k, PhraseKind.TimeLabel)) return false;
            if (s.MatchAt[k] >= 0 && s.MatchPhrase[s.MatchAt[k]].HasTerm)
            {
                // (A setting read as a measure, "1.8 mph", is passed over.)
                if ((s.Flags[s.MatchStart[s.MatchAt[k]]] & TokenFlags.Number) != 0) { k = s.MatchStart[s.MatchAt[k]]; continue; }
                foreach (var target in s.MatchPhrase[s.MatchAt[k]].Targets)
                    if (target.Kind == PhraseKind.Term && target.Id == _conditioning) return true;
                return false;
            }
            if ((s.Flags[k] & TokenFlags.Label) != 0) return false;
        }
        return false;
    }

    /// <summary>How far before its minutes a conditioning machine is looked for on their line.</summary>
    private const int MachineReach = 8;

    private void MachineShares(NoteScratch s, List<StatedMinutes> stated)
    {
        if (_conditioning < 0) return;
        // (The mentions are in the text's order: the last one before t is followed along, so a long note is read in one pass.)
        var before = -1;
        for (var t = 1; t < s.Count; t++)
        {
            while (before + 1 < s.MentionCount && s.MentionEnd[before + 1] <= t) before++;
            if (s.Claimed[t] || (s.Flags[t] & TokenFlags.Unticked) != 0 || !s.IsMinuteNumber(t) || !IsMachineDuration(s, t) || !IsSessionTime(s, t)
                || ValueOf(s, t) is not int minutes || minutes is <= 0 or > ServiceLine.MaxMinutes) continue;
            s.Claimed[t] = true;
            // The section's code: the last mention before it, on its line or heading its section ("TE:" over the lines below).
            var owner = before;
            if (owner >= 0 && s.Line[s.MentionStart[owner]] != s.Line[t] && !IsLabel(s, owner) && !HeadsSentence(s, owner)) owner = -1;
            if (owner < 0) stated.Add(new StatedMinutes(StatedMinutes.ShareOf(StatedMinutes.Uncoded), minutes));
            else if (s.MentionCode[owner] >= 0) stated.Add(new StatedMinutes(StatedMinutes.ShareOf(CodeText(s, s.MentionCode[owner])), minutes));
            else
                foreach (var target in s.MatchPhrase[s.MentionMatch[owner]].Targets)
                    if (target.Kind == PhraseKind.CodeName) stated.Add(new StatedMinutes(_shareOfCode[target.Id], minutes));
        }
    }

    // "Billed: 97112-23, 97110-15": a code, a hyphen and its minutes in one token — not a modifier ("97140-59", "97110-76":
    // every numeric modifier a therapy line carries is 50 or more, so minutes are read below it), units ("97110-2"), a ZIP+4.
    private (string Code, int Minutes)? CodeDashMinutes(NoteScratch s, int t)
    {
        var token = s.Token(t);
        // "CPT/min: 97112/24 (PT) ; 97110/14 (PT)": a slash between them where the line's label says code, then minutes.
        var slashed = token.Length is 8 or 9 && token[5] == '/' && MinutesLabelBefore(s, t);
        if (token.Length is not (8 or 9) || !(token[5] == '-' || slashed) || LineSpeaksOfUnits(s, t)
            || !int.TryParse(token[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 5 or >= 50) return null;
        return KnownCode(token[..5]) is string code ? (code, minutes) : null;
    }

    // "CPT/min:", "Code/Minutes:": the line's label names the minutes, before t.
    private static bool MinutesLabelBefore(NoteScratch s, int t)
    {
        for (var k = s.LineStartOf(t); k < t; k++)
            if ((s.Flags[k] & TokenFlags.Label) != 0 && s.Token(k) is "min" or "mins" or "minutes") return true;
        return false;
    }

    private static bool LineSpeaksOfUnits(NoteScratch s, int t) =>
        s.FirstOnLine(t, NoteScratch.LineTest.Units, static (s, k) => s.Token(k) is "units" or "unit" or "u") <= t;

    // "We spent 20 minutes on exercise —", "spent 15 minutes of exercises:": minutes spent on exercise, said so in plain words,
    // are therapeutic exercise's (the word alone, elsewhere, names no code).
    private bool SpentOnExercise(NoteScratch s, int number) => SpentSoOnExercise(s, number) || (ExercisesThenTheirMinutes(s, number) && !NamesCode(s, "97110"));

    // Some mention in the note is of the code (then "exercises …, 15 minutes" may be another code's balance work, and 97110 has its own time).
    private bool NamesCode(NoteScratch s, string code)
    {
        for (var i = 0; i < s.MentionCount; i++)
            if (CodeOf(s, i) == code) return true;
        return false;
    }

    // "Then exercises at the mat, fifteen minutes: bridges …": a sentence that opens with the exercises and gives their
    // minutes after a comma, the minutes heading what follows or ending the sentence.
    private static bool ExercisesThenTheirMinutes(NoteScratch s, int number)
    {
        var w = s.SentenceStartOf(number);
        if (s.Token(w) is "then" or "next" or "and") w++;
        if (w >= number || s.Token(w) is not ("exercises" or "exercise") || number - w > 6 || s.Clause[number] == s.Clause[w]) return false;
        for (var k = w; k < number; k++)
            if (s.MentionAt[k] >= 0 || s.IsMinuteNumber(k) || (s.Flags[k] & TokenFlags.Number) != 0) return false;
        var after = AfterUnit(s, number);
        return after >= s.Count || s.Sentence[after] != s.Sentence[number] || (s.Flags[after - 1] & TokenFlags.Label) != 0;
    }

    private static bool SpentSoOnExercise(NoteScratch s, int number)
    {
        // Only time said to be spent so ("We spent 20 minutes on exercise"): not a warm-up's, a clearance's or a session's.
        if (number == 0 || s.Token(number - 1) is not "spent" || s.Clause[number - 1] != s.Clause[number]) return false;
        var k = number + 2;
        return k + 1 < s.Count && s.Clause[k + 1] == s.Clause[number] && s.Token(k) is "on" or "of" && s.Token(k + 1) is "exercise" or "exercises"
            && (k + 2 >= s.Count || s.Clause[k + 2] != s.Clause[k + 1] || (s.Flags[k + 2] & TokenFlags.AfterDash) != 0 || (s.Flags[k + 1] & TokenFlags.Label) != 0);
    }

    // The vocabulary's spelling of a code it knows ("97112"), or null.
    private string? KnownCode(ReadOnlySpan<char> digits)
    {
        foreach (var code in _codes)
            if (digits.Equals(code, StringComparison.OrdinalIgnoreCase)) return code;
        return null;
    }

    // A flowsheet that sets this visit beside the last: "Last Filed 03/02     Today 03/04" over "97112 NMR minutes
    // 20     20" — a code's row gives its minutes in the Today column, the row's last cell; the cells before it are
    // the last visit's, nobody's minutes today.
    private static void FromTodayColumn(NoteScratch s)
    {
        for (var t = 0; t < s.Count;)
        {
            var end = s.LineEndOf(t);
            var heading = ComparesVisits(s, t, end);
            t = end;
            if (!heading) continue;
            while (t < s.Count)
            {
                end = s.LineEndOf(t);
                if (s.Cell[end - 1] == s.Cell[t]) break;
                // A row of minutes ("97112 NMR minutes"), not of feet, reps or units.
                var mention = -1;
                var minutesRow = false;
                for (var k = t; k < end && s.Cell[k] == s.Cell[t]; k++)
                {
                    if (mention < 0) mention = s.MentionAt[k];
                    minutesRow |= s.StartsOrIn(k, PhraseKind.MinuteUnit) || s.StartsOrIn(k, PhraseKind.TimeLabel);
                }
                if (!minutesRow) mention = -1;
                var last = end - 1;
                if (mention >= 0 && s.MentionMinutes[mention] == Unread && (last == t || s.Cell[last - 1] != s.Cell[last]) && (s.Flags[last] & TokenFlags.Integer) != 0
                    && !s.Claimed[last] && int.TryParse(s.Token(last), NumberStyles.None, CultureInfo.InvariantCulture, out var today) && today <= ServiceLine.MaxMinutes)
                {
                    for (var k = t; k < end; k++)
                        if (s.Cell[k] != s.Cell[t] && (s.Flags[k] & TokenFlags.Integer) != 0) s.Claimed[k] = true;
                    s.LastClaimed = last;
                    s.MentionMinutes[mention] = today;
                }
                t = end;
            }
        }
    }

    // The heading's last cell starts with "Today" (or "This visit"), and a cell before it with "Last", "Previous" or "Prior".
    private static bool ComparesVisits(NoteScratch s, int from, int to)
    {
        if (s.Cell[to - 1] == s.Cell[from]) return false;
        var lastCell = to - 1;
        while (lastCell > from && s.Cell[lastCell - 1] == s.Cell[to - 1]) lastCell--;
        if (s.Token(lastCell) is not ("today" or "current") && !(s.Token(lastCell) is "this" && lastCell + 1 < to && s.Token(lastCell + 1) is "visit")) return false;
        for (var k = from; k < lastCell; k++)
            if ((k == from || s.Cell[k - 1] != s.Cell[k]) && s.Token(k) is "last" or "previous" or "prior" or "prev") return true;
        return false;
    }

    private static bool FirstCellIsCaption(NoteScratch s, int from, int to)
    {
        var t = from;
        while (t + 1 < to && s.Cell[t + 1] == s.Cell[from]) t++;
        return (s.Flags[t] & TokenFlags.Label) != 0;
    }

    // The heading cell holds the word and no "duration" or "total" beside it.
    private static bool Heads(NoteScratch s, (int From, int To) cell, string word)
    {
        var has = false;
        for (var t = cell.From; t < cell.To; t++)
        {
            if (s.Token(t) is "duration" or "total") return false;
            if (s.Token(t).SequenceEqual(word)) has = true;
        }
        return has;
    }


    // The column (cell index from the row's first) whose heading is only minutes words ("Min",
    // "Minutes", "Time (min)"), in a row of two cells or more; -1 when the row heads no such column.
    private static int MinutesColumn(NoteScratch s, int from, int to)
    {
        if (s.Cell[to - 1] == s.Cell[from]) return -1;
        for (var t = from; t < to;)
        {
            var cellEnd = t;
            var onlyMinutes = true;
            var words = 0;
            while (cellEnd < to && s.Cell[cellEnd] == s.Cell[t])
            {
                // A format after the heading ("Duration (hh:mm:ss)") is no word of it.
                if (s.Token(cellEnd) is not ("hh" or "mm" or "ss"))
                {
                    words++;
                    if (!s.StartsOrIn(cellEnd, PhraseKind.MinuteUnit) && !s.StartsOrIn(cellEnd, PhraseKind.TimeLabel)) onlyMinutes = false;
                }
                cellEnd++;
            }
            if (onlyMinutes && words is > 0 and <= 3) return s.Cell[t] - s.Cell[from];
            t = cellEnd;
        }
        return -1;
    }

    // A heading cell of units and minutes, in either order ("Units/Min", "Min / Units"): its column and which number is minutes.
    private static (int Column, int Part)? UnitsAndMinutesColumn(NoteScratch s, int from, int to)
    {
        if (s.Cell[to - 1] == s.Cell[from]) return null;
        for (var t = from; t + 1 < to; t++)
        {
            if (s.Cell[t + 1] != s.Cell[t] || (t + 2 < to && s.Cell[t + 2] == s.Cell[t]) || (t > from && s.Cell[t - 1] == s.Cell[t])) continue;
            if (s.Token(t) is "units" or "unit" or "u" && s.StartsOrIn(t + 1, PhraseKind.MinuteUnit)) return (s.Cell[t] - s.Cell[from], 1);
            if (s.StartsOrIn(t, PhraseKind.MinuteUnit) && s.Token(t + 1) is "units" or "unit" or "u") return (s.Cell[t] - s.Cell[from], 0);
        }
        return null;
    }

    // The first (0) or second (1) number of a fraction "1/12", within a service's minutes.
    private static int? FractionPart(ReadOnlySpan<char> token, int part)
    {
        var slash = token.IndexOf('/');
        if (slash < 1) return null;
        var text = part == 0 ? token[..slash] : token[(slash + 1)..];
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= ServiceLine.MaxMinutes ? v : null;
    }

    // The mention's code and words after it in one cell: "97112 NEUROMUSC REEDUC" (a code and its description one space apart).
    private static bool CodeSharesItsCell(NoteScratch s, int mention, int lineEnd)
    {
        var start = s.MentionStart[mention];
        return start + 1 < lineEnd && s.Cell[start + 1] == s.Cell[start] && (s.Flags[start + 1] & TokenFlags.Number) == 0;
    }

    // The one number of a row that stands under the heading cell's words (by their columns in the text, give or
    // take two chars); null when none or more than one does.
    private static int? NumberUnder(NoteScratch s, int from, int to, (int From, int To) heading)
    {
        var left = s.Column[heading.From] - 2;
        var right = s.Column[heading.To - 1] + s.Length[heading.To - 1] + 2;
        int? found = null;
        for (var k = from; k < to; k++)
        {
            if (s.Column[k] >= right || s.Column[k] + s.Length[k] <= left) continue;
            if ((s.Flags[k] & TokenFlags.Integer) == 0 || found is not null) return null;
            found = k;
        }
        return found;
    }

    // The tokens of one column of a row; From -1 when the row has no such column (the table ended).
    private static (int From, int To) CellTokens(NoteScratch s, int from, int to, int column)
    {
        if (s.Cell[to - 1] - s.Cell[from] < column) return (-1, -1);
        var target = s.Cell[from] + column;
        var t = from;
        while (t < to && s.Cell[t] < target) t++;
        var start = t;
        while (t < to && s.Cell[t] == target) t++;
        return (start, t);
    }

    // The mention's code already has minutes from its flowsheet row (a table's column, or the end of a
    // row across a cell edge or dot leaders).
    // An earlier mention of mention i's code with minutes, on a line of its own that opens a split session's row, every line
    // from it to i's opening a row too, and none speaking of a plan, weeks or another visit ("Block 1 (wk 1–4)", "Last visit").
    private static bool EarlierSplitRow(NoteScratch s, int i)
    {
        // (A row's first code, and rows a few lines apart — a timeline's, not the whole note's: a long note is read in time in
        // proportion to it.)
        if (i > 0 && s.Line[s.MentionStart[i - 1]] == s.Line[s.MentionStart[i]]) return false;
        for (var j = i - 1; j >= 0 && s.Line[s.MentionStart[i]] - s.Line[s.MentionStart[j]] <= 4; j--)
        {
            if (s.MentionMinutes[j] < 0 || s.MentionCodes[j] != s.MentionCodes[i] || s.Line[s.MentionStart[j]] == s.Line[s.MentionStart[i]]
                || !OpensSplitRow(s, s.MentionStart[j])) continue;
            for (var k = s.LineStartOf(s.MentionStart[j]); k < s.Count && s.Line[k] <= s.Line[s.MentionStart[i]]; k++)
            {
                if (k == s.LineStartOf(k) && !OpensSplitRow(s, k)) return false;
                if (s.Token(k) is "wk" or "wks" or "week" or "weeks" or "plan" or "last" or "previous" or "prior" or "poc" or "next" or "tomorrow" or "pending"
                    or "authorized" or "authorised" or "goal" or "goals" or "cancelled" or "canceled" or "billed" or "untimed" or "observed" or "group" or "class"
                    or "home" or "hep" or "ot" or "slp") return false;
            }
            // (The later row marks itself the session's going on: "cont'd", "resumed", "Part 2".)
            return ContinuesTheSession(s, s.MentionStart[i]);
        }
        return false;
    }

    // Mention i opens its line, and an earlier mention of its code a few lines before opens its own, with minutes; the lines from
    // it to i speak of no plan, weeks or another visit: that earlier mention, or -1.
    private static int EarlierTimedRowOfItsCode(NoteScratch s, int i)
    {
        var start = s.MentionStart[i];
        if (start != s.LineStartOf(start)) return -1;
        for (var j = i - 1; j >= 0 && s.Line[start] - s.Line[s.MentionStart[j]] <= 4; j--)
        {
            if (s.MentionMinutes[j] <= 0 || s.MentionCodes[j] != s.MentionCodes[i] || s.MentionStart[j] != s.LineStartOf(s.MentionStart[j])
                || s.Line[s.MentionStart[j]] == s.Line[start]) continue;
            for (var k = s.MentionStart[j]; k < start; k++)
                if (s.Token(k) is "wk" or "wks" or "week" or "weeks" or "plan" or "last" or "previous" or "prior" or "poc" or "next" or "tomorrow" or "goal" or "goals"
                    or "billed" or "untimed" or "group" or "class" or "home" or "hep") return -1;
            return j;
        }
        return -1;
    }

    // Row i's first clock time after its code is one of row j's ("NMR 97112 10:00-10:23 …" then "97112 10:00-10:23 1 unit"): the
    // same range said again, not more time.
    private static bool RestatesItsRange(NoteScratch s, int j, int i)
    {
        var lineJ = s.Line[s.MentionStart[j]];
        for (var t = s.MentionEnd[i]; t < Math.Min(s.Count, s.MentionEnd[i] + 6) && s.Line[t] == s.Line[s.MentionStart[i]]; t++)
        {
            if (!s.Token(t).Contains(':')) continue;
            for (var k = s.MentionEnd[j]; k < s.Count && s.Line[k] == lineJ; k++)
                if (s.Token(k).SequenceEqual(s.Token(t))) return true;
            return false;
        }
        return false;
    }

    // "TE (97110), second part — 7 more minutes (15 in all)": a code with minutes from an earlier mention, named again as its later
    // part ("second part", "2nd half", "part 2", "last part") with minutes after that on its line — more of the code's time.
    private int? LaterPartOfItsCode(NoteScratch s, int i)
    {
        int end = s.MentionEnd[i], line = s.Line[s.MentionStart[i]];
        if (!NamesALaterPart(s, end, line)) return null;
        // (An earlier mention of the code with its minutes, among the few before: a long note is read in time in proportion to it.)
        var earlier = false;
        for (var j = i - 1; j >= Math.Max(0, i - 16) && !earlier; j--) earlier = s.MentionMinutes[j] > 0 && (s.MentionCodes[j] & s.MentionCodes[i]) != 0;
        if (!earlier) return null;
        var part = false;
        for (var k = end; k < Math.Min(s.Count, end + 8) && s.Line[k] == line; k++)
        {
            if (s.Token(k) is "part" or "half" && k > end && s.Token(k - 1) is "second" or "2nd" or "last" or "final" or "other") part = true;
            else if (s.Token(k) is "part" && k + 1 < s.Count && s.Token(k + 1) is "2" or "two" or "ii") { part = true; k++; continue; }
            if (!part || (s.Flags[k] & TokenFlags.Integer) == 0 || s.Claimed[k]) continue;
            var unit = k + 1 < s.Count && s.Token(k + 1) is "more" ? k + 2 : k + 1;
            return unit < s.Count && s.StartsOrIn(unit, PhraseKind.MinuteUnit) ? Claim(s, k, loose: false) : null;
        }
        return null;
    }

    private static bool NamesALaterPart(NoteScratch s, int end, int line)
    {
        for (var k = end; k < Math.Min(s.Count, end + 8) && s.Line[k] == line; k++)
            if (s.Token(k) is "part" or "half") return true;
        return false;
    }

    private static bool ContinuesTheSession(NoteScratch s, int t)
    {
        var first = s.LineStartOf(t);
        if (s.Token(first) is "part" or "block" or "segment" or "2nd" or "second" or "3rd" or "third") return true;
        for (var k = first; k < s.Count && s.Line[k] == s.Line[t]; k++)
            if (s.Token(k) is "cont" or "contd" or "continued" or "resumed") return true;
        return false;
    }

    // Token t's line opens with a clock time or a part's number ("Part 2", "Block 1", "2nd part").
    private static bool OpensSplitRow(NoteScratch s, int t)
    {
        if (OpensWithTime(s, t)) return true;
        var first = s.LineStartOf(t);
        if (first + 1 >= s.Count || s.Line[first + 1] != s.Line[first]) return false;
        var a = s.Token(first);
        var b = s.Token(first + 1);
        return (a is "part" or "block" or "segment" && (b is "1" or "2" or "3" or "i" or "ii" or "iii" or "one" or "two" or "a" or "b"))
            || (a is "1st" or "2nd" or "3rd" or "first" or "second" or "third" && b is "part" or "block" or "segment" or "half");
    }

    private static bool CodeHasMinutes(NoteScratch s, int i) => (s.MentionCodes[i] & s.RowMinuteCodes) != 0;

    // The mention's line, or the line before it, opens with a session's break: "PM session:", "Session 2", "Part 2", "Cont'd", "Later".
    private static bool AfterASessionBreak(NoteScratch s, int i)
    {
        var line = s.LineStartOf(s.MentionStart[i]);
        for (var pass = 0; pass < 2 && line >= 0; pass++)
        {
            var k = line;
            if (s.Token(k) is "am" or "pm" or "session" or "part" or "cont'd" or "contd" or "continued" or "later" or "resumed" or "second") return true;
            if (line == 0) break;
            line = s.LineStartOf(line - 1);
        }
        return false;
    }

    // The codes a mention names, as bits of the vocabulary's code list: its written code, else the
    // codes its name stands for. A written code the vocabulary does not know has none (0).
    private ulong CodesOf(NoteScratch s, int i)
    {
        if (s.MentionCode[i] >= 0)
        {
            var token = s.Token(s.MentionCode[i]);
            // ("97112/22min", "97140-59": the code before the slash or the modifier's hyphen.)
            if (token.IndexOfAny('/', '-') is > 0 and var slash) token = token[..slash];
            for (var c = 0; c < _codes.Length && c < 64; c++)
                if (token.Equals(_codes[c], StringComparison.OrdinalIgnoreCase)) return 1UL << c;
            return 0;
        }
        var bits = 0UL;
        foreach (var target in s.MatchPhrase[s.MentionMatch[i]].Targets)
            if (target.Kind == PhraseKind.CodeName && target.Id < 64) bits |= 1UL << target.Id;
        return bits;
    }

    private static bool IsLabel(NoteScratch s, int i) => (s.Flags[s.MentionEnd[i] - 1] & TokenFlags.Label) != 0;

    // An EMR's fields, one per line: the code is a field's whole value ("CPT_1: 97112"), and the fields
    // after it up to the next code are that code's ("CPT_1_MIN: 25").
    private static bool IsFieldValue(NoteScratch s, int i)
    {
        var (a, e) = (s.MentionStart[i], s.MentionEnd[i]);
        return a > 0 && (s.Flags[a - 1] & TokenFlags.Label) != 0 && s.Line[a - 1] == s.Line[a] && (e >= s.Count || s.Line[e] != s.Line[e - 1]);
    }

    private static bool HeadsSentence(NoteScratch s, int i)
    {
        var a = s.MentionStart[i];
        // ("CPT 97112 Neuromuscular Re-education": the code after the word for a code heads its line as well.)
        if (a > 0 && s.Token(a - 1) is "cpt" or "hcpcs" && (s.Flags[a] & TokenFlags.CodeLike) != 0) a--;
        return a == 0 || s.Sentence[a - 1] != s.Sentence[a];
    }

    private static int NextMentionStart(NoteScratch s, int i) => i + 1 < s.MentionCount ? s.MentionStart[i + 1] : s.Count;

    private int? After(NoteScratch s, int i, bool sameClause, int reach)
    {
        var start = s.MentionStart[i];
        var end = s.MentionEnd[i];
        for (var t = end; t < Math.Min(s.Count, end + reach); t++)
        {
            if (s.Sentence[t] != s.Sentence[start] || (sameClause && s.Clause[t] != s.Clause[end - 1])) break;
            if (s.MentionAt[t] >= 0 || s.Token(t) is "then") break;
            // "gait training 15 min, then 10 min manual": minutes before another code's name are that code's.
            if (s.IsMinuteNumber(t) && LeadsMention(s, t)) break;
            // "97140 MANUAL THER TE   MIN 006 + 006 = 012": a minutes field given as its parts and their sum — the sum.
            if (SumAfterMinutesLabel(s, t) is int sum && !s.Claimed[sum])
            {
                for (var k = t; k < sum; k++) s.Claimed[k] = true;
                if (Claim(s, sum, loose: false) is int total) return total;
            }
            if ((s.IsMinuteNumber(t) || IsAfterMinutesLabel(s, t)) && Claim(s, t, loose: false) is int v) return v;
        }
        return null;
    }

    // "14 min 97110: seated knee extension …", "11 min 97116: walker …": minutes opening the line, right before the code that
    // labels what follows — the code's (not the next line's number after it).
    private int? MinutesOpeningItsLine(NoteScratch s, int i)
    {
        if (UnitBefore(s, i) is not int n || s.Claimed[n] || n != s.LineStartOf(n) || !IsLabel(s, i)) return null;
        return Claim(s, n, loose: false);
    }

    // "NMR + TE, 16 min each": codes named together, then minutes "each" — every one of them had those minutes.
    private static int? EachOfThoseNamed(NoteScratch s, int i)
    {
        var j = i;
        // (The codes in a row: side by side, or with "and" or "&" between — the signs are no tokens.)
        while (j + 1 < s.MentionCount && j - i < 6 && s.Clause[s.MentionStart[j + 1]] == s.Clause[s.MentionStart[i]]
            && (s.MentionStart[j + 1] == s.MentionEnd[j] || (s.MentionStart[j + 1] == s.MentionEnd[j] + 1 && s.Token(s.MentionEnd[j]) is "and")))
            j++;
        var n = s.MentionEnd[j];
        // ("NMR + TE, 16 min each": the minutes open the next clause of the line.)
        if (n + 2 >= s.Count || s.Line[n] != s.Line[s.MentionStart[i]] || (s.Flags[n] & TokenFlags.Integer) == 0 || (s.Flags[n] & (TokenFlags.DateOrTime | TokenFlags.Unticked)) != 0
            || !s.StartsOrIn(n + 1, PhraseKind.MinuteUnit)) return null;
        var each = AfterUnit(s, n);
        if (each >= s.Count || s.Token(each) is not "each" || s.Clause[each] != s.Clause[n] || ValueOf(s, n) is not int v || v is < 5 or > ServiceLine.MaxMinutes) return null;
        // (Not "each side", "each way", "each set": minutes each of something else.)
        if (each + 1 < s.Count && s.Clause[each + 1] == s.Clause[each] && s.Token(each + 1) is not ("both" or "and")) return null;
        s.Claimed[n] = true;
        s.LastClaimed = n;
        return v;
    }

    // "9 min before, 8 min after → 17 min", "part 1 — 12 min, part 2 — 10 min = 22 min", "before: 11 min · after: 12 min →
    // 97112 23 min", "11 min + 12 min = 23 min": a session's parts and then their sum on one line, with nothing but the parts'
    // names between them — the parts are no code's time of their own (the sum is), so they are claimed before any reading.
    // (Not "NMR 22 min + TE 8 min = 30 min": a code between two parts makes them the codes' own; nor "bike 5', walk 5',
    // stairs 10'": activities between. The sum may follow a code's name: "→ 97112 23 min".)
    private void ClaimSummedParts(NoteScratch s)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (s.Claimed[t] || !IsPart(s, t) || ValueOf(s, t) is not int first || first <= 0) continue;
            var sum = first;
            var parts = 1;
            var k = AfterUnit(s, t);
            while (k < s.Count && s.Line[k] == s.Line[t] && parts < 6)
            {
                // Between parts only their names; between the last part and the sum a code's name too.
                var codeBetween = false;
                // ("10 min before his tank change + 8 min after", "12 min on court 4 + 11 min on the putting green": a few words
                // after a part's minutes that say where or when it was — not "bike 5 min, walk 5 min": the next activity's name.)
                var qualifierAt = k;
                var qualifier = k < s.Count && s.Token(k) is "before" or "after" or "on" or "in" or "at" or "during" or "outside" or "inside" or "around" or "by" or "prone" or "supine" or "seated" or "sitting" or "standing" or "sidelying"
                    // ("14 min pool + 10 min land = 24 min": the place alone.)
                    or "pool" or "land" or "gym" or "deck" ? k + QualifierReach : -1;
                while (k < s.Count && s.Line[k] == s.Line[t] && !s.IsMinuteNumber(k))
                {
                    if (s.MentionAt[k] >= 0) { codeBetween = true; k = s.MentionEnd[s.MentionAt[k]]; continue; }
                    // (A longer qualifier in one clause: "8 min before she went to x-ray for the wrist + 7 min after".)
                    if (!NamesAPart(s, k) && k > qualifier && !(qualifier >= 0 && k <= qualifier + LongQualifierMore && s.Clause[k] == s.Clause[qualifierAt])) break;
                    k++;
                }
                if (k >= s.Count || s.Line[k] != s.Line[t] || !s.IsMinuteNumber(k) || s.Claimed[k] || ValueOf(s, k) is not int v || v <= 0) break;
                if (parts >= 2 && v == sum)
                {
                    if (RestAround(s, t, k)) break;
                    for (var p = t; p < k; p++)
                        if (s.IsMinuteNumber(p)) s.Claimed[p] = true;
                    // The sum is the time of the one code the line names (before the parts, or right before the sum).
                    if (OnlyMentionOnLine(s, t, k) is int owner && s.MentionMinutes[owner] == Unread && NoMinutesBetween(s, s.MentionEnd[owner], t))
                    {
                        s.Claimed[k] = true;
                        s.MentionMinutes[owner] = v;
                    }
                    t = k;
                    break;
                }
                if (codeBetween) break;
                sum += v;
                parts++;
                k = AfterUnit(s, k);
            }
        }
    }

    // "97112: 14 min in the arena + 11 min on the sensory trail", "97110 — 10 min + 6 min after the break": right after a code,
    // the only one on its line, its minutes in parts joined by plus signs with no sum written — the parts add up to its time.
    // (Each part may say where or when it was in a few words; nothing after the last part on the line is minutes.)
    private void ClaimPlusJoinedParts(NoteScratch s)
    {
        for (var i = 0; i < s.MentionCount; i++)
        {
            if (s.MentionMinutes[i] != Unread) continue;
            var first = s.MentionEnd[i];
            var line = s.Line[s.MentionStart[i]];
            if (first >= s.Count || s.Line[first] != line || !IsPart(s, first) || s.Claimed[first] || ValueOf(s, first) is not int sum || sum <= 0) continue;
            var parts = 1;
            var last = first;
            var k = AfterUnit(s, first);
            while (parts < 6)
            {
                var gapStart = k;
                while (k < s.Count && s.Line[k] == line && k - gapStart <= QualifierReach + LongQualifierMore && s.MentionAt[k] < 0 && !s.IsMinuteNumber(k)) k++;
                // The next part comes right after a plus sign ("arena + 11"): the sign stands after the gap's last word.
                if (k >= s.Count || s.Line[k] != line || (s.Flags[k - 1] & TokenFlags.BeforePlus) == 0
                    || !IsPart(s, k) || s.Claimed[k] || ValueOf(s, k) is not int v || v <= 0) break;
                sum += v;
                parts++;
                last = k;
                k = AfterUnit(s, k);
            }
            if (parts < 2 || sum > ServiceLine.MaxMinutes || RestAround(s, first, last)) continue;
            // Nothing more on the line is minutes or another code, and no sum follows ("= 25 min" is read as a sum elsewhere).
            var rest = AfterUnit(s, last);
            var clean = true;
            for (var r = rest; r < s.Count && s.Line[r] == line && clean; r++)
                clean = s.MentionAt[r] < 0 && !s.IsMinuteNumber(r) && (s.Flags[r] & TokenFlags.BeforeEquals) == 0;
            if (!clean || (s.Flags[last] & TokenFlags.BeforeEquals) != 0 || OnlyMentionOnLine(s, first, last) != i) continue;
            for (var p = first; p <= last; p++)
                if (s.IsMinuteNumber(p)) s.Claimed[p] = true;
            s.LastClaimed = last;
            s.MentionMinutes[i] = sum;
        }
    }

    // "97110 in two parts: 9 min on the mat before we went over her new DXA report, 8 min at the wall bars after = 17 min", "Gait 97116
    // in two pieces: 9 min, then the sonographer took him …, then 8 min more — 17 min in all", "97110 — 15 min total: 9 min before Dr.
    // W came in …, 6 min after he left": a code that announces its parts ("in two parts", a total), the only code on its line, and
    // on that line its parts' minutes with their sum first or last — the sum is its time, however many words the parts' places take.
    private void ClaimAnnouncedParts(NoteScratch s)
    {
        Span<int> at = stackalloc int[AnnouncedPartsMax];
        for (var i = 0; i < s.MentionCount; i++)
        {
            if (s.MentionMinutes[i] != Unread) continue;
            var start = s.MentionEnd[i];
            var line = s.Line[s.MentionStart[i]];
            var announced = AnnouncesParts(s, start);
            var n = 0;
            var k = start;
            var codes = 0UL;
            for (; k < Math.Min(s.Count, start + AnnouncedPartsReach) && s.Line[k] == line; k++)
            {
                // (A name of the same code inside its parts — "97140 in two parts — 6 min at the start: glides …; 6 min at the end:
                // soft-tissue work …" — says what was done; another code's ends them.)
                if (s.MentionAt[k] >= 0)
                {
                    if (codes == 0) codes = CodesOf(s, i);
                    if ((CodesOf(s, s.MentionAt[k]) & codes) == 0) break;
                    k = s.MentionEnd[s.MentionAt[k]] - 1;
                    continue;
                }
                if (!IsPart(s, k) || s.Claimed[k]) continue;
                if (n == AnnouncedPartsMax) { n = 0; break; }
                at[n++] = k;
            }
            // (Another code later on the line, or the line goes on past the reach: not read this way.)
            if (n < 3 || (k < s.Count && s.Line[k] == line)) continue;
            int first = ValueOf(s, at[0]) ?? 0, last = ValueOf(s, at[n - 1]) ?? 0, all = 0;
            for (var p = 0; p < n; p++) all += ValueOf(s, at[p]) ?? 0;
            var totalFirst = first > 0 && first == all - first && (announced || TotalWordNear(s, at[0]));
            // (A total last only where the parts were announced: "97112 NMR 13 min … education 10 min. Total 23 min" is the code's 13
            // and the visit's total; and all in the code's sentence.)
            var totalLast = last > 0 && last == all - last && announced;
            // (Past the code's sentence on its line only with its word of a total: "97140 in two parts — 6 min at the start: glides …;
            // 6 min at the end: … (12 min in all)".)
            if (!(totalFirst || totalLast) || (totalLast && s.Sentence[at[n - 1]] != s.Sentence[s.MentionStart[i]] && !TotalWordNear(s, at[n - 1])) || first > ServiceLine.MaxMinutes || last > ServiceLine.MaxMinutes || RestAround(s, at[0], at[n - 1])) continue;
            for (var p = 0; p < n; p++) s.Claimed[at[p]] = true;
            s.MentionMinutes[i] = totalFirst ? first : last;
        }
    }

    // "Manual therapy (97140): 8 min before the compression-vest fitting + 9 min after it — scar massage …", "97140 manual — 7 min at
    // the start: …; then 5 more at the end: … (12 min total)": the only code on its line, its minutes right after it in two parts
    // around something else that was not billed — a part before and a part after, or a part, "N more" and their total — and
    // nothing else's minutes on the line: the parts' sum is its time.
    // (Not "97110 10 min before the manual; walk 8 min after": another activity's minutes have their own name there, and
    // "97112 12 min before the break" alone is one part.)
    private void ClaimPartsAroundABreak(NoteScratch s)
    {
        Span<int> at = stackalloc int[3];
        // The note's one code, looked for once, when first needed (0: more than one).
        var noteCode = ulong.MaxValue;
        for (var i = 0; i < s.MentionCount; i++)
        {
            if (s.MentionMinutes[i] != Unread) continue;
            var start = s.MentionEnd[i];
            var line = s.Line[s.MentionStart[i]];
            // ("97112 NMR 12 min before …": the code's name after its number is the same code.)
            if (start < s.Count && s.MentionAt[start] >= 0 && s.MentionStart[s.MentionAt[start]] == start && CodeOf(s, s.MentionAt[start]) == CodeOf(s, i)) start = s.MentionEnd[s.MentionAt[start]];
            int n = 0, more = -1, k = start;
            // (Up to the end of the line, or as far past the second part as the first lies before it: no third minutes, no other code.)
            var reach = start + AnnouncedPartsReach;
            for (; k < Math.Min(s.Count, reach) && s.Line[k] == line; k++)
            {
                // (The code's own words again are no other code: "… scar massage …; myofascial release of the chest wall".)
                if (s.MentionAt[k] >= 0 && CodeOf(s, s.MentionAt[k]) == CodeOf(s, i) && n == 2) { k = s.MentionEnd[s.MentionAt[k]] - 1; continue; }
                // (Another code in a later sentence ends the parts: "… 11 min after: … 1:1. 97110 15 min …".)
                if (s.MentionAt[k] >= 0 && n == 2 && s.Sentence[k] != s.Sentence[at[1]]) { reach = k; break; }
                if (s.MentionAt[k] >= 0 || n == at.Length) break;
                if (IsPart(s, k) && !s.Claimed[k])
                {
                    at[n++] = k;
                    if (n == 2) reach = Math.Min(reach, k + AnnouncedPartsReach / 2);
                }
                else if (more < 0 && n == 1 && (s.Flags[k] & TokenFlags.Integer) != 0 && k + 1 < s.Count && s.Token(k + 1) is "more" or "after") more = k;
            }
            if (n != 2 || at[0] > start + 1 || (k < s.Count && s.Line[k] == line && k < reach) || RestAround(s, at[0], at[1])) continue;
            if (ValueOf(s, at[0]) is not int first || ValueOf(s, at[1]) is not int second || first <= 0 || second <= 0) continue;
            var afterFirst = AfterUnit(s, at[0]);
            var afterSecond = AfterUnit(s, at[1]);
            int? minutes = null;
            if (afterFirst < s.Count && s.Token(afterFirst) is "before" && afterSecond < s.Count && s.Token(afterSecond) is "after" && more < 0)
                minutes = first + second;
            // ("97112 neuromuscular re-ed: 14 min in the pool, 9 min on land": the code's time in two places, the line ending there.)
            else if (more < 0 && IsPlace(s, afterFirst) is int firstPlaceEnd && IsPlace(s, afterSecond) is int secondPlaceEnd
                && (noteCode == ulong.MaxValue ? noteCode = TheNotesOnlyCode(s) : noteCode) != 0 && CodesOf(s, i) == noteCode
                && s.Sentence[at[1]] == s.Sentence[at[0]] && firstPlaceEnd == at[1] - (s.Token(at[1] - 1) is "and" ? 1 : 0)
                && (secondPlaceEnd >= s.Count || s.Line[secondPlaceEnd] != line))
                minutes = first + second;
            // ("97112, 13 minutes before the connection dropped and 10 after we reconnected — 23 minutes in all": the part after
            // with its unit left out, then the sum.)
            else if (more >= 0 && ValueOf(s, more) is int added && first + added == second && TotalWordNear(s, at[1])
                && (s.Token(more + 1) is "more" || (afterFirst < s.Count && s.Token(afterFirst) is "before")))
                minutes = second;
            if (minutes is not int v || v > ServiceLine.MaxMinutes) continue;
            s.Claimed[at[0]] = s.Claimed[at[1]] = true;
            if (more >= 0) s.Claimed[more] = true;
            s.MentionMinutes[i] = v;
        }
    }

    // The one code the note names, or 0 (not "Aquatic therapy 97113: 25 min in the pool, 15 min on land" over "97110 ther ex on
    // land 15 min": the land part another code's; nor "97116/97112: 15 min on the treadmill, 10 min on the mat").
    private ulong TheNotesOnlyCode(NoteScratch s)
    {
        var codes = s.MentionCount > 0 ? CodesOf(s, 0) : 0;
        if (codes == 0 || (codes & (codes - 1)) != 0) return 0;
        for (var j = 1; j < s.MentionCount; j++)
            if (CodesOf(s, j) != codes) return 0;
        return codes;
    }

    // "in the pool", "on land", "at the bars": where a part of a code's time was spent — the token after the place, or null.
    private static int? IsPlace(NoteScratch s, int at)
    {
        if (at + 1 >= s.Count || s.Token(at) is not ("in" or "on" or "at") || s.Clause[at + 1] != s.Clause[at]) return null;
        var place = s.Token(at + 1) is "the" && at + 2 < s.Count && s.Clause[at + 2] == s.Clause[at] ? at + 2 : at + 1;
        return s.Token(place) is "pool" or "water" or "land" or "gym" or "deck" or "mat" or "bars" or "treadmill" or "hall" or "hallway" or "stairs" or "track"
            ? place + 1 : null;
    }

    // "TIME (h:mm):  97112 — 0:23    97530 — 0:16", "97530 — 0:16 floor-to-stand …": a duration in hours and minutes right after
    // the code — "0:23" is no clock time of a clinic's day; "1:05" only under an "h:mm" heading on its line, ending its clause.
    private static int? HoursAndMinutes(NoteScratch s, int i)
    {
        var t = s.MentionEnd[i];
        if (t >= s.Count || s.Claimed[t] || s.Line[t] != s.Line[s.MentionStart[i]] || (s.Flags[t] & TokenFlags.DateOrTime) == 0) return null;
        var token = s.Token(t);
        // "▍97112 Neuromuscular re-ed   ⏱ 00:24:13": an app's timer in hh:mm:ss with no hour — the code's minutes, to the nearest.
        // (Ending its clause: not "97112 ⏱ 00:00:45 SLS best R; …", "⏱ 00:01:00 rest between sets" — a hold's or a rest's time.)
        // (After the app's stopwatch glyph only: not "Ther ex @ 00:05:00", "97112 00:00:00" on a session clock, "NMR 00:12:40" in a video.)
        if (token.Length == 8 && token.StartsWith("00:") && (s.Flags[t] & TokenFlags.AfterTimerGlyph) != 0 && HoursAndMinutes(token) is int timed
            && (t + 1 >= s.Count || s.Line[t + 1] != s.Line[t] || s.Clause[t + 1] != s.Clause[t]))
        {
            if (HoldWordBefore(s, t)) return null;
            s.Claimed[t] = true;
            s.LastClaimed = t;
            return timed;
        }
        if (token.Length != 4 || token[1] != ':' || !char.IsAsciiDigit(token[0]) || !int.TryParse(token[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m > 59) return null;
        var h = token[0] - '0';
        // (Not a hold's minutes and seconds: "Holds (mm:ss): NMR 0:30 x3".)
        if (HoldWordBefore(s, t)) return null;
        if (t + 1 < s.Count && s.Line[t + 1] == s.Line[t] && s.Token(t + 1) is ['x', ..]) return null;
        // (Nor the start of a range: "TE 0:23–0:38", "0:23 to 0:38" — the clock ranges' reading takes those.)
        if (t + 1 < s.Count && s.Line[t + 1] == s.Line[t] && ((s.Flags[t + 1] & TokenFlags.DateOrTime) != 0 || s.Token(t + 1) is "to" or "until" or "till")) return null;
        if (h > 0)
        {
            // (Ending its clause or its cell: not "NMR 1:05 into the session, he …".)
            var next = t + 1;
            if (next < s.Count && s.Clause[next] == s.Clause[t] && s.Cell[next] == s.Cell[t] && s.MentionAt[next] < 0) return null;
            var headed = false;
            for (var k = Math.Max(s.LineStartOf(t), t - HeadingReach); k + 1 < s.MentionStart[i] && !headed; k++)
                headed = s.Token(k) is "h" or "hh" && s.Token(k + 1) is "mm";
            if (!headed || h > 2) return null;
        }
        var minutes = h * 60 + m;
        if (minutes is < 1 or > ServiceLine.MaxMinutes) return null;
        s.Claimed[t] = true;
        s.LastClaimed = t;
        return minutes;
    }

    // A word of seconds or of a hold before t on its line, within the heading's reach ("Holds (mm:ss):", "SLS hold 00:00:45").
    private static bool HoldWordBefore(NoteScratch s, int t)
    {
        for (var k = Math.Max(s.LineStartOf(t), t - HeadingReach); k < t; k++)
            if (s.Token(k) is "ss" or "sec" or "secs" or "seconds" or "hold" or "holds" or "held" or "hld") return true;
        return false;
    }

    /// <summary>How far back on its line an h:mm duration's heading ("TIME (h:mm):") or a hold's ("Holds (mm:ss):") is looked for.</summary>
    private const int HeadingReach = 40;

    /// <summary>How far after its code a line's announced parts and their sum are read, and how many minutes at most.</summary>
    private const int AnnouncedPartsReach = 60, AnnouncedPartsMax = 5;

    // "in two parts", "in 2 pieces", "in two halves", "split in two", right after the code (a dash or a colon between).
    private static bool AnnouncesParts(NoteScratch s, int k)
    {
        for (var p = k; p + 2 < Math.Min(s.Count, k + 5); p++)
        {
            if (s.Token(p) is "in" && s.Token(p + 1) is "two" or "2" or "three" or "3" && s.Token(p + 2) is "parts" or "pieces" or "halves" or "bouts" or "blocks" or "segments" or "chunks") return true;
            if (s.Token(p) is "split" && s.Token(p + 1) is "in" or "into" && s.Token(p + 2) is "two" or "2") return true;
        }
        return false;
    }

    // "15 min total", "total 15 min": the word of a total right around the minutes.
    private static bool TotalWordNear(NoteScratch s, int t)
    {
        for (var p = Math.Max(0, t - 2); p < Math.Min(s.Count, AfterUnit(s, t) + 2); p++)
            if (s.Line[p] == s.Line[t] && (s.Token(p) is "total" or "altogether" || (s.Token(p) is "in" && p + 1 < s.Count && s.Token(p + 1) is "all"))) return true;
        return false;
    }

    // The one code the parts' line names up to their sum, in their sentence ("TA 97530": a name and its code are one), its first mention; or null.
    // (Else on their line: "NMR: pt needed a bathroom break mid-session; 13 min before, 8 min after → 21 min".)
    private int? OnlyMentionOnLine(NoteScratch s, int first, int sum)
    {
        var sentenceStart = Math.Max(s.LineStartOf(first), s.SentenceStartOf(first));
        var (found, several) = OnlyMention(s, sentenceStart, sum);
        if (found < 0 && !several) (found, several) = OnlyMention(s, s.LineStartOf(first), sentenceStart);
        return found >= 0 && !several ? found : null;
    }

    /// <summary>How far before the first part and after the sum a rest or recovery is looked for, and a code on the parts' line.</summary>
    private const int RestReach = 8, OwnerReach = 40;

    private (int Found, bool Several) OnlyMention(NoteScratch s, int from, int to)
    {
        from = Math.Max(from, to - OwnerReach);
        var found = -1;
        for (var k = from; k < to; k++)
        {
            if (s.MentionAt[k] < 0) continue;
            if (found >= 0 && found != s.MentionAt[k] && CodeOf(s, found) != CodeOf(s, s.MentionAt[k])) return (found, true);
            if (found < 0) found = s.MentionAt[k];
        }
        return (found, false);
    }

    // (Not "97112 23 min … 3 min + 2 min = 5 min": the code's own minutes come first.)
    private static bool NoMinutesBetween(NoteScratch s, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (s.IsMinuteNumber(k)) return false;
        return true;
    }

    // "Seated rest 9 min before, 8 min after → 17 min rest", "warm-up 6 min before + 6 min after", "3 min + 2 min = 5 min recovery":
    // rests, recoveries and unbilled time in parts are no session's parts.
    // (Looked for a few words around the parts and their sum, on their line, so that a long line is read in time in proportion to it.)
    private static bool RestAround(NoteScratch s, int first, int sum)
    {
        for (var k = Math.Max(s.LineStartOf(first), first - RestReach); k < Math.Min(s.LineEndOf(first), AfterUnit(s, sum) + RestReach); k++)
            if (s.Token(k) is "rest" or "rests" or "recovery" or "billed" or "unbilled" or "untimed" or "eval" or "evaluation" or "warm-up" or "warmup" or "cooldown" or "cool-down"
                // ("Billed: Neuromuscular re-education (97112), 13 minutes before the connection dropped and 10 after": the field's name.)
                && !(s.Token(k) is "billed" && (s.Flags[k] & TokenFlags.Label) != 0 && k == s.LineStartOf(k)))
                return true;
        return false;
    }

    /// <summary>How many words may say where or when a part was, after its minutes; three more within the qualifier's clause.</summary>
    private const int QualifierReach = 5, LongQualifierMore = 3;

    private static bool IsPart(NoteScratch s, int t) => s.IsMinuteNumber(t) && (s.Flags[t] & (TokenFlags.Integer | TokenFlags.Unticked)) == TokenFlags.Integer;

    // The words that name a session's parts: "before", "after", "part 2", "bout 1", "first half", "then", "and", "plus".
    private static bool NamesAPart(NoteScratch s, int k) =>
        s.Token(k) is "before" or "after" or "part" or "parts" or "bout" or "bouts" or "block" or "session" or "half" or "first" or "second" or "third"
            or "1st" or "2nd" or "3rd" or "then" or "and" or "plus" or "min" or "mins" or "minutes" or "'"
        || ((s.Flags[k] & TokenFlags.Integer) != 0 && s.Token(k).Length == 1 && k > 0 && s.Token(k - 1) is "part" or "bout" or "block" or "session");

    // "TA 97530 (6' + 7' + 5' = 18')", "TE 97110 (4' + 6' = 10')": right after the code, its parts' minutes and then their sum
    // (the signs are no tokens: the last of three or more minutes that is the sum of those before it) — the sum is its time.
    private static int? PartsAndTheirSum(NoteScratch s, int i)
    {
        var first = s.MentionEnd[i];
        var line = s.Line[s.MentionStart[i]];
        var sum = 0;
        var count = 0;
        for (var t = first; t < s.Count && s.Line[t] == line && count < 12; t = AfterUnit(s, t))
        {
            if ((s.Flags[t] & TokenFlags.Integer) == 0 || s.Claimed[t] || !s.IsMinuteNumber(t) || ValueOf(s, t) is not int v || v <= 0) return null;
            if (count >= 2 && v == sum)
            {
                if (v > ServiceLine.MaxMinutes) return null;
                for (var k = first; k <= t; k = AfterUnit(s, k)) s.Claimed[k] = true;
                s.LastClaimed = t;
                return v;
            }
            sum += v;
            count++;
        }
        return null;
    }

    // "Minutes: 23 NMR / 15 TE", "Out of 43 timed minutes today, 20 were neuromuscular re-education (97112), 13 gait training
    // (97116) and 10 therapeutic activity": a number right before the code's name, in a sentence that has spoken of minutes —
    // not a number after another code in its clause ("Minutes: TE 15, NMR 23" gives NMR its 23 after it).
    private int? NumberBeforeName(NoteScratch s, int i)
    {
        var start = s.MentionStart[i];
        // ("23 went to neuro re-ed (97112)".)
        var k = start > 0 && s.Token(start - 1) is "were" or "was" ? start - 2
            : start > 1 && s.Token(start - 1) is "to" && s.Token(start - 2) is "went" ? start - 3 : start - 1;
        if (k < 0 || (s.Flags[k] & TokenFlags.Integer) == 0 || (s.Flags[k] & (TokenFlags.DateOrTime | TokenFlags.Unticked)) != 0 || s.Claimed[k]
            || s.Sentence[k] != s.Sentence[start] || s.Clause[k] != s.Clause[start] || s.IsMinuteNumber(k)) return null;
        if (k > 0 && s.MentionAt[k - 1] >= 0 && s.Clause[k - 1] == s.Clause[k] && (s.Flags[k] & TokenFlags.AfterSpacedSlash) == 0) return null;
        // The name ends its item ("23 NMR / 15 TE.", "(97112), 13 gait training (97116) and …"), not "12 TE bridges": a count.
        var after = s.MentionEnd[i];
        if (after < s.Count && s.Clause[after] == s.Clause[after - 1] && s.Token(after) is not "and" && (s.Flags[after] & TokenFlags.AfterSpacedSlash) == 0) return null;
        var spoken = false;
        for (var b = k - 1; b >= 0 && s.Sentence[b] == s.Sentence[k] && !spoken; b--)
            spoken = s.Token(b) is "minutes" or "mins" or "min";
        return spoken ? Claim(s, k, loose: false) : null;
    }

    // "Time: 22 mins NMR + 8 mins ther ex = 30 mins": minutes written right before each code's name, two names in a row — the
    // number after one name is the next name's (or the sum after "="), so each name takes the number before it.
    private int? MinutesBeforeEachName(NoteScratch s, int i)
    {
        if (UnitBefore(s, i) is not int n || s.Claimed[n]) return null;
        var sentence = s.Sentence[s.MentionStart[i]];
        var row = (i + 1 < s.MentionCount && s.Sentence[s.MentionStart[i + 1]] == sentence && UnitBefore(s, i + 1) == s.MentionEnd[i])
            || (i > 0 && s.Sentence[s.MentionStart[i - 1]] == sentence && UnitBefore(s, i - 1) is not null && s.MentionEnd[i - 1] == n);
        if (!row) return null;
        // The row's first number opens its clause or follows a label ("Time: 22 mins NMR + …") — not "Nustep 7 min NMR 23 min TE
        // 15 min", "Pt seen 38 min NMR 23 min …", where each name's minutes follow it.
        // (A row of a few names: the walks are bounded, so that a long run of them is read in time in proportion to it.)
        var head = i;
        while (head > 0 && i - head < 8 && UnitBefore(s, head) is int h && h == s.MentionEnd[head - 1] && UnitBefore(s, head - 1) is not null) head--;
        var first = UnitBefore(s, head)!.Value;
        if (first > 0 && s.Clause[first - 1] == s.Clause[first] && (s.Flags[first - 1] & TokenFlags.Label) == 0) return null;
        // The row's last name: nothing after it on its line, or the sum of the numbers before the names ("= 30 mins") — not
        // "Time: 38 min NMR 23 min TE 15 min", where the first number is the total and each name's minutes follow it.
        var tail = head;
        var sum = 0;
        while (true)
        {
            sum += ValueOf(s, UnitBefore(s, tail)!.Value) ?? 0;
            if (tail + 1 < s.MentionCount && tail - head < 16 && UnitBefore(s, tail + 1) is int nx && nx == s.MentionEnd[tail]) tail++;
            else break;
        }
        for (var k = s.MentionEnd[tail]; k < Math.Min(s.Count, s.MentionEnd[tail] + 8) && s.Line[k] == s.Line[s.MentionEnd[tail] - 1]; k++)
            if ((s.Flags[k] & TokenFlags.Integer) != 0 && k + 1 < s.Count && s.StartsOrIn(k + 1, PhraseKind.MinuteUnit))
            {
                if (ValueOf(s, k) != sum) return null;
                break;
            }
        return Claim(s, n, loose: false);
    }

    // The number of "N min" right before mention i's first token, in its sentence (claimed or not), or null.
    private static int? UnitBefore(NoteScratch s, int i)
    {
        var unit = s.MentionStart[i] - 1;
        var n = unit - 1;
        if (n < 0 || !s.StartsOrIn(unit, PhraseKind.MinuteUnit) || (s.Flags[n] & TokenFlags.Integer) == 0
            || (s.Flags[n] & TokenFlags.DateOrTime) != 0 || s.Clause[n] != s.Clause[s.MentionStart[i]]) return null;
        return n;
    }

    // "PT time today: 22 minutes of balance work (97112) + 13 minutes of walking practice (97116)": a code in parentheses after
    // the few plain words of the activity its minutes were spent on, "N minutes of" (or "on", "to") before them.
    private int? MinutesOfActivityBefore(NoteScratch s, int i)
    {
        var start = s.MentionStart[i];
        // (A code's name needs no parentheses where only "the" stands between: "and 15 to the transfer practice".)
        var named = start > 2 && s.Token(start - 1) is "the" && s.Token(start - 2) is "to";
        if (!named && ((s.Flags[start] & TokenFlags.AfterParen) == 0 || (s.Flags[s.MentionEnd[i] - 1] & TokenFlags.ClosesParen) == 0)) return null;
        for (var k = start - 1; k >= Math.Max(2, start - 6) && s.Sentence[k] == s.Sentence[start]; k--)
        {
            // (The code's own name may stand before it: "15 to the transfer practice (97530)".)
            if (s.MentionAt[k] >= 0 && (s.MentionCodes[s.MentionAt[k]] & s.MentionCodes[i]) != 0) continue;
            if (s.MentionAt[k] >= 0 || (s.Flags[k] & (TokenFlags.Number | TokenFlags.ClosesParen | TokenFlags.Label)) != 0) return null;
            if (s.Token(k) is not ("of" or "to" or "on")) continue;
            if (k == start - 1) return null;
            // "… and 15 to the kitchen task (97530)": a number alone after "and", in a sentence that has spoken of minutes before it
            // (not "walked 150 ft x 3, 2 to the car (97116)").
            if (s.Token(k) is "to" && (s.Flags[k - 1] & TokenFlags.Integer) != 0 && (s.Flags[k - 1] & (TokenFlags.DateOrTime | TokenFlags.Unticked)) == 0
                && !s.Claimed[k - 1] && s.Sentence[k - 1] == s.Sentence[start] && k >= 2 && s.Token(k - 2) is "and")
            {
                // (Sharing minutes out: "minutes" and "went" or "were" earlier in the sentence — not "Ther ex 15 min: SLR 3x10 and
                // 3 to the HEP review (97110)".)
                bool spoken = false, shared = false;
                for (var b = k - 2; b >= 0 && s.Sentence[b] == s.Sentence[k]; b--)
                {
                    spoken |= s.Token(b) is "minutes" or "mins" or "min";
                    shared |= s.Token(b) is "went" or "were";
                }
                return spoken && shared ? Claim(s, k - 1, loose: false) : null;
            }
            // The activity a few words, not a rest ("5 minutes of rest needed between perturbation sets (97112)").
            if (start - k > 4 || s.Token(k) is "to") return null;
            for (var w = k + 1; w < start; w++)
                if (s.Token(w) is "rest" or "break" or "breaks" or "between" or "needed" or "warm" or "warm-up" or "wait" or "waiting" or "home") return null;
            var number = k - 2;
            // "23 min of balance re-ed (97112) …; then 15 more of her strengthening (97110)": "N more of", after another code's
            // minutes on its line.
            // (Five minutes at least, the activity no exercise's name — "10 more of the heel raises" are repetitions — and not "added".)
            if (s.Token(k - 1) is "more" && (s.Flags[number] & TokenFlags.Integer) != 0 && (s.Flags[number] & (TokenFlags.DateOrTime | TokenFlags.Unticked)) == 0
                && !s.Claimed[number] && s.Sentence[number] == s.Sentence[start] && ValueOf(s, number) >= 5 && !(number > 0 && s.Token(number - 1) is "added" or "add")
                && !TermBetween(s, k + 1, start) && AnotherCodeTimedBefore(s, i))
                return Claim(s, number, loose: false);
            if (!s.IsMinuteNumber(number) || s.Claimed[number] || s.Sentence[number] != s.Sentence[start]) return null;
            return Claim(s, number, loose: false);
        }
        return null;
    }

    private static bool TermBetween(NoteScratch s, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (s.MatchAt[k] >= 0 && s.MatchPhrase[s.MatchAt[k]].HasTerm && s.MentionAt[k] < 0) return true;
        return false;
    }

    // Another code named earlier on mention i's line has its minutes: "N more of" goes on from that code's time to this one's
    // ("23 min of balance re-ed (97112) …; then 15 more of her strengthening (97110)"; not "TE 15 min: … 10 more of heel raises
    // (97110)", more of the same code's repetitions).
    private static bool AnotherCodeTimedBefore(NoteScratch s, int i)
    {
        for (var j = i - 1; j >= 0 && s.Line[s.MentionStart[j]] == s.Line[s.MentionStart[i]]; j--)
        {
            // (The same code timed nearer: "TE 15 min: step-ups; 5 more of the step-ups (97110)".)
            if ((s.MentionCodes[j] & s.MentionCodes[i]) != 0) return false;
            if (s.MentionMinutes[j] >= 0) return true;
        }
        return false;
    }

    // "Tx timer (mm:ss):  TE 15:00 · NMR 23:00": on a line that says its times are minutes and seconds, the time after a code.
    private static int? TimerMinutes(NoteScratch s, int i)
    {
        var t = s.MentionEnd[i];
        if (t >= s.Count || s.Line[t] != s.Line[s.MentionStart[i]] || (s.Flags[t] & TokenFlags.DateOrTime) == 0 || s.Claimed[t]
            || s.FirstOnLine(t, NoteScratch.LineTest.MinutesSeconds, static (s, k) => s.Token(k) is "mm" && k + 1 < s.Count && s.Token(k + 1) is "ss" && TimesTheService(s, k)) >= s.MentionStart[i]) return null;
        var token = s.Token(t);
        var colon = token.IndexOf(':');
        if (colon is < 1 or > 3 || token.Length - colon != 3 || !int.TryParse(token[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || !int.TryParse(token[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 59) return null;
        minutes += seconds >= 30 ? 1 : 0;
        if (minutes is <= 0 or > ServiceLine.MaxMinutes) return null;
        s.Claimed[t] = true;
        s.LastClaimed = t;
        return minutes;
    }

    // The words before "(mm:ss)" say it times the services ("Tx timer", "Treatment time", "Minutes"), not holds, rests, a
    // stopwatch's start or a plank log.
    private static bool TimesTheService(NoteScratch s, int mm)
    {
        var timer = false;
        for (var k = mm - 1; k >= Math.Max(0, mm - 6) && s.Line[k] == s.Line[mm]; k--)
        {
            if (s.Token(k) is "hold" or "holds" or "rest" or "rests" or "break" or "breaks" or "start" or "plank" or "log" or "stopwatch" or "split" or "splits") return false;
            timer |= s.Token(k) is "timer" or "time" or "times" or "minutes" or "duration" or "treatment" or "tx";
        }
        return timer;
    }

    // "MT (97140) x10 min: GH glides …", "TE x16 min": a count's x written against the number, then a minute unit, right after
    // a code that opens its line — the code's minutes, as "x 10 min" is — where the unit ends its clause or labels what follows
    // (not "TE x10 min bike warm-up", "x5 min each side", "Gait x6 min walk test", "HEP: TE x10 min BID", "x2 min rest").
    private static int? TimesMinutes(NoteScratch s, int i)
    {
        var t = s.MentionEnd[i];
        if (t + 2 >= s.Count || s.MentionStart[i] != s.LineStartOf(s.MentionStart[i]) || !(s.Clause[t + 2] != s.Clause[t + 1] || (s.Flags[t + 1] & TokenFlags.Label) != 0)) return null;
        if ((s.Flags[t] & TokenFlags.Count) == 0 || s.Sentence[t] != s.Sentence[s.MentionStart[i]] || s.Claimed[t]
            || (s.Flags[t] & TokenFlags.Unticked) != 0 || s.Clause[t + 1] != s.Clause[t] || !s.StartsOrIn(t + 1, PhraseKind.MinuteUnit)
            || s.Token(t) is not ['x', ..] || !int.TryParse(s.Token(t)[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is <= 0 or > ServiceLine.MaxMinutes) return null;
        s.Claimed[t] = true;
        s.LastClaimed = t;
        return minutes;
    }

    // A flowsheet header without units: "TE 10 / NMR 25 / MT 8". The number must stand right after
    // the code name and be the last word of its clause or be followed by the next code name, so
    // "NMR 3x10", "97112 2 units" and "NMR 25 reps" are not minutes; under 5 it is more likely units.
    // The digits in parentheses right after the number in words that starts at t and equal to it ("twenty-two (22)"), or null.
    private static int? EchoedInDigits(NoteScratch s, int t)
    {
        var j = t;
        while (j + 1 < s.Count && j < t + 2 && (s.Flags[j + 1] & TokenFlags.NumberWord) != 0 && s.Sentence[j + 1] == s.Sentence[t]) j++;
        var digits = j + 1;
        if (digits >= s.Count || (s.Flags[digits] & (TokenFlags.AfterParen | TokenFlags.ClosesParen | TokenFlags.Integer)) != (TokenFlags.AfterParen | TokenFlags.ClosesParen | TokenFlags.Integer)
            || s.Sentence[digits] != s.Sentence[t]) return null;
        return int.TryParse(s.Token(digits), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v == NumberWords.ValueAt(s, j) ? digits : null;
    }

    private int? Bare(NoteScratch s, int i)
    {
        var t = s.MentionEnd[i];
        // "97112 (PT): 22": who gave it, in parentheses before the minutes' colon.
        if (t + 1 < s.Count && (s.Flags[t] & (TokenFlags.ClosesParen | TokenFlags.Label)) == (TokenFlags.ClosesParen | TokenFlags.Label) && ProviderInParentheses(s, t)) t++;
        if (InHoursLine(s, s.MentionStart[i]) && Hours(s, t, s.MentionStart[i]) is int minutes) return minutes;
        // "97112: twenty-two (22)": a number in words, then in digits in parentheses — the digits.
        if (t < s.Count && (s.Flags[t] & TokenFlags.NumberWord) != 0 && s.Token(s.LineStartOf(t)) is "time" or "minutes" or "mins" && EchoedInDigits(s, t) is int echo) t = echo;
        if (t >= s.Count || s.Sentence[t] != s.Sentence[s.MentionStart[i]] || (s.Flags[t] & TokenFlags.Integer) == 0 || s.MatchAt[t] >= 0 || s.MentionAt[t] >= 0) return null;
        if (InScoreBreakdown(s, s.MentionStart[i])) return null;
        var next = t + 1;
        // ("TE/20: heel raises 3x15": the number labels what follows, as a minutes field does.)
        var endsHere = next >= s.Count || s.Clause[next] != s.Clause[t] || (s.Flags[next] & TokenFlags.AfterDash) != 0 || (s.Flags[t] & (TokenFlags.Label | TokenFlags.BeforeEquals)) != 0
            || (s.MentionAt[next] >= 0 && s.MentionStart[s.MentionAt[next]] == next)
            // ("97112 = 22 (PT R. Voss); 97530 = 24 (OT H. Mikkelsen)": who gave it, in parentheses after the minutes.)
            || ProviderInParentheses(s, next);
        if (!endsHere || !int.TryParse(s.Token(t), NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v < 5) return null;
        // A timer's log in seconds ("Timer log (seconds): 97110 = 1080; 97140 = 540"): minutes to the nearest one.
        if (InSecondsLine(s, s.MentionStart[i]) && v >= 60 && !s.Claimed[t] && (s.Flags[t] & TokenFlags.Unticked) == 0)
        {
            s.Claimed[t] = true;
            s.LastClaimed = t;
            return (v + 30) / 60;
        }
        return Claim(s, t, loose: false);
    }

    // "(PT R. Voss)", "(OT H. Mikkelsen)", "(PTA)": a credential in capitals opening a short parenthesis, alone or before a
    // clinician's initial — who gave the minutes (not "(pt amb with RW, CGA)" nor, in capitals, "(PT AMB W/ RW)": the patient).
    private static bool ProviderInParentheses(NoteScratch s, int k)
    {
        if (k >= s.Count || (s.Flags[k] & (TokenFlags.AfterParen | TokenFlags.AllCaps)) != (TokenFlags.AfterParen | TokenFlags.AllCaps)
            || s.Token(k) is not ("pt" or "pta" or "ot" or "ota" or "cota" or "otr" or "slp")) return false;
        if ((s.Flags[k] & TokenFlags.ClosesParen) != 0) return true;
        if (k + 1 >= s.Count || s.Line[k + 1] != s.Line[k] || s.Token(k + 1).Length != 1 || !char.IsAsciiLetter(s.Token(k + 1)[0])) return false;
        for (var e = k + 1; e < s.Count && e < k + 4 && s.Line[e] == s.Line[k]; e++)
            if ((s.Flags[e] & TokenFlags.ClosesParen) != 0) return true;
        return false;
    }

    // "Tinetti POMA 19/28 (balance 11, gait 8)": a score's parts in brackets after it — the subscale's points, not minutes.
    private static bool InScoreBreakdown(NoteScratch s, int start)
    {
        for (var k = start; k >= Math.Max(1, start - 6) && s.Sentence[k] == s.Sentence[start]; k--)
            if (k < start && (s.Flags[k] & TokenFlags.ClosesParen) != 0) return false;
            else if ((s.Flags[k] & TokenFlags.AfterParen) != 0) return (s.Flags[k - 1] & TokenFlags.Fraction) != 0 && (s.Flags[k - 1] & TokenFlags.LikelyDate) == 0;
        return false;
    }

    // "Tx time (hrs): Manual .25 · Ther ex .50", "Hours: TE 0.5": a line that says its numbers are hours
    // gives each code's time as a fraction of an hour, right after the code or its name (".25" reaches the
    // reader as a sentence's end and "25": hundredths).
    private static bool InHoursLine(NoteScratch s, int t) =>
        s.FirstOnLine(t, NoteScratch.LineTest.Hours,
            static (s, k) => s.Token(k) is "hrs" or "hours" && (s.Flags[k] & TokenFlags.Label) != 0 && (k == 0 || (s.Flags[k - 1] & TokenFlags.Number) == 0)) < t;

    private static int? Hours(NoteScratch s, int t, int mentionStart)
    {
        if (t >= s.Count || s.Line[t] != s.Line[mentionStart] || s.Claimed[t] || (s.Flags[t] & TokenFlags.Unticked) != 0 || s.MentionAt[t] >= 0) return null;
        // The value alone: not "2.5 lb", "0.8 m/s" — the clause ends, or the next code's name follows.
        if (t + 1 < s.Count && s.Clause[t + 1] == s.Clause[t] && s.MentionAt[t + 1] < 0) return null;
        var token = s.Token(t);
        int minutes;
        if ((s.Flags[t] & TokenFlags.Integer) != 0 && s.Sentence[t] != s.Sentence[t - 1] && token.Length is 1 or 2
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var hundredths))
            minutes = (int)Math.Round((token.Length == 1 ? hundredths * 10 : hundredths) * 0.6);
        else if (token.IndexOf('.') > 0 && double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) && hours <= 4)
            minutes = (int)Math.Round(hours * 60);
        else return null;
        if (minutes <= 0 || minutes > ServiceLine.MaxMinutes) return null;
        s.Claimed[t] = true;
        s.LastClaimed = t;
        return minutes;
    }

    // The line says, before this point, that its bare numbers are seconds: "(seconds)", "secs:" (not "30 s hold";
    // not "sec", which is as often "secondary": "LBP sec to DDD").
    private static bool InSecondsLine(NoteScratch s, int t) =>
        s.FirstOnLine(t, NoteScratch.LineTest.Seconds, static (s, k) => s.Token(k) is "seconds" or "secs" && (k == 0 || (s.Flags[k - 1] & TokenFlags.Number) == 0)) < t;

    private int? Before(NoteScratch s, int i)
    {
        var unitEnd = s.MentionStart[i] - 1;
        // "ten minutes were strengthening exercises (97110)": a code number after the service it names.
        if ((s.Flags[s.MentionStart[i]] & TokenFlags.CodeLike) != 0)
            for (var k = unitEnd; k >= Math.Max(1, s.MentionStart[i] - 4) && s.Clause[k] == s.Clause[s.MentionStart[i]] && s.MentionAt[k] < 0; k--)
                if (IsLinkingWord(s, k) && s.MatchAt[k - 1] >= 0 && s.MatchPhrase[s.MatchAt[k - 1]].Has(PhraseKind.MinuteUnit)) { unitEnd = k; break; }
        if (unitEnd >= 0 && (s.WordId[unitEnd] == _wordOf || s.WordId[unitEnd] == _wordFor
            || (IsLinkingWord(s, unitEnd) && !(unitEnd >= 1 && s.MatchAt[unitEnd - 1] >= 0 && MentionBefore(s, s.MatchStart[s.MatchAt[unitEnd - 1]] - 1))))) unitEnd--;
        // Right before a label only as "20 min of NMR:": in "…, 10 min 97530: sit-to-stand" the
        // minutes end the previous section.
        else if (IsLabel(s, i)) return null;
        // "½ hr of NMR", "half an hour on NMR": the hour's token is the number and the unit at once.
        if (unitEnd >= 0 && (s.Flags[unitEnd] & TokenFlags.HalfHour) != 0)
            return s.Clause[unitEnd] == s.Clause[s.MentionStart[i]] ? Claim(s, unitEnd, loose: false) : null;
        if (unitEnd < 1 || s.MatchAt[unitEnd] < 0) return null;
        var unitStart = s.MatchStart[s.MatchAt[unitEnd]];
        var number = unitStart - 1;
        if (!s.MatchPhrase[s.MatchAt[unitEnd]].Has(PhraseKind.MinuteUnit) || number < 0) return null;
        if (s.Clause[number] != s.Clause[s.MentionStart[i]]) return null;
        return s.IsMinuteNumber(number) ? Claim(s, number, loose: false) : null;
    }

    // "18 minutes of ther ex and 10 of manual": a number right before "of" and the mention, joined by
    // "and"/"then"/"plus" to an earlier "N minutes of <mention>" in its sentence, has that unit left out.
    private int? ElidedUnit(NoteScratch s, int i)
    {
        var of = s.MentionStart[i] - 1;
        var number = of - 1;
        if (number < 1 || s.WordId[of] != _wordOf || s.Sentence[number] != s.Sentence[s.MentionStart[i]] || s.MatchAt[number] >= 0
            || s.Token(number - 1) is not ("and" or "then" or "plus")) return null;
        // The name ends what is said ("… and 10 of manual today."); in "3 of manual techniques were tolerated" the number counts something else.
        var after = s.MentionEnd[i];
        if (after < s.Count && s.Clause[after] == s.Clause[after - 1] && !(s.Token(after) is "today" && (after + 1 >= s.Count || s.Clause[after + 1] != s.Clause[after]))) return null;
        for (var j = i - 1; j >= 0 && s.Sentence[s.MentionStart[j]] == s.Sentence[number]; j--)
        {
            var prevOf = s.MentionStart[j] - 1;
            if (prevOf < 2 || s.WordId[prevOf] != _wordOf || s.MatchAt[prevOf - 1] < 0) continue;
            var unit = s.MatchAt[prevOf - 1];
            if (!s.MatchPhrase[unit].Has(PhraseKind.MinuteUnit) || s.MatchStart[unit] < 1 || !s.IsMinuteNumber(s.MatchStart[unit] - 1)) continue;
            return Claim(s, number, loose: false);
        }
        return null;
    }

    // A section headed by the mention, up to the next mention: its labelled time ("Time: 14 min")
    // if it has one, else its first minutes.
    private int? InSection(NoteScratch s, int i)
    {
        var end = NextMentionStart(s, i);
        for (var t = s.MentionEnd[i]; t < end; t++)
            if (((s.IsMinuteNumber(t) && IsLabelled(s, t)) || IsAfterMinutesLabel(s, t)) && Claim(s, t, loose: true) is int v) return v;
        for (var t = s.MentionEnd[i]; t < end; t++)
            if (s.IsMinuteNumber(t) && Claim(s, t, loose: true) is int v) return v;
        return null;
    }

    private static bool IsLabelled(NoteScratch s, int t)
    {
        for (var k = t - 1; k >= Math.Max(0, t - 2) && s.Sentence[k] == s.Sentence[t]; k--)
            if (s.StartsOrIn(k, PhraseKind.TimeLabel)) return true;
        return false;
    }

    private int? BackInSentence(NoteScratch s, int i)
    {
        var start = s.MentionStart[i];
        var floor = i > 0 ? s.MentionEnd[i - 1] : 0;
        for (var t = start - 1; t >= floor && s.Sentence[t] == s.Sentence[start]; t--)
            if (s.IsMinuteNumber(t) && Claim(s, t, loose: true) is int v) return v;
        return null;
    }

    private int? OnInSentence(NoteScratch s, int i)
    {
        var start = s.MentionStart[i];
        var end = NextMentionStart(s, i);
        for (var t = s.MentionEnd[i]; t < end && s.Sentence[t] == s.Sentence[start]; t++)
            if (s.IsMinuteNumber(t) && Claim(s, t, loose: true) is int v) return v;
        return null;
    }

    private int? Claim(NoteScratch s, int t, bool loose)
    {
        // Minutes in a checklist item left unticked ("[ ] NMR 15 min") were not spent.
        var word = (s.Flags[t] & TokenFlags.NumberWord) != 0;
        var halfHour = (s.Flags[t] & TokenFlags.HalfHour) != 0;
        if (s.Claimed[t] || (s.Flags[t] & TokenFlags.Unticked) != 0 || (!word && !halfHour && (s.Flags[t] & TokenFlags.Integer) == 0) || IsTotal(s, t)) return null;
        // Half an hour counts only right beside its code ("Ther act ½ hr"): "arrived half an hour late",
        // "sitting tolerance ½ hr" are not the session's time, and the loose readings' filters look at
        // the word after a unit, which here is the number's own token.
        if (halfHour && loose) return null;
        if (loose && !IsSessionTime(s, t)) return null;
        // "NEUROMUSCULAR REEDUCATION EA 15 MIN": a charge master's unit, each 15 minutes, is a rate
        // even right beside its code.
        if (t > 0 && s.Token(t - 1) is "ea" or "each" or "every" or "per" && s.Clause[t - 1] == s.Clause[t]) return null;
        if (IsMachineDuration(s, t)) return null;
        int v;
        if (halfHour) v = 30;
        else if (word) v = NumberWords.ValueAt(s, t);
        else if (!int.TryParse(s.Token(t), NumberStyles.None, CultureInfo.InvariantCulture, out v)) return null;
        if (v > ServiceLine.MaxMinutes) return null;
        s.Claimed[t] = true;
        s.LastClaimed = t;
        return v;
    }

    // A row's minutes under its code's heading, a machine's row too ("NuStep    L5    7"): the rows make the code's time.
    private int? ClaimRow(NoteScratch s, int t)
    {
        if (!IsMachineDuration(s, t)) return Claim(s, t, loose: false);
        if (s.Claimed[t] || (s.Flags[t] & (TokenFlags.Unticked | TokenFlags.DateOrTime)) != 0 || ValueOf(s, t) is not int v || v is <= 0 or > ServiceLine.MaxMinutes) return null;
        s.Claimed[t] = true;
        s.LastClaimed = t;
        return v;
    }

    private static int? ValueOf(NoteScratch s, int t)
    {
        if ((s.Flags[t] & TokenFlags.HalfHour) != 0) return 30;
        if ((s.Flags[t] & TokenFlags.NumberWord) != 0) return NumberWords.ValueAt(s, t);
        return (s.Flags[t] & TokenFlags.Integer) != 0 && int.TryParse(s.Token(t), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    // "08h45–09h05 Gait (97116)", "NMR (97112): 9 h 05 – 9 h 28": a start and a stop written with "h" between the hour and the
    // minutes (South African, French-Canadian and European notes), right before the code's name — opening its sentence or
    // line, or after a spaced dash or a label — or right after it; start before stop, both on the mention's line. Every token
    // of the range is claimed, so that no looser reading takes an hour for minutes.
    private static int? HClockRange(NoteScratch s, int i)
    {
        var start = s.MentionStart[i];
        var line = s.Line[start];
        var last = start - 1;
        // (A word or two of the service's name between: "08h30–08h45 Ther-ex (97110)".)
        // (Not past a label: "08h30–09h10 Physio: NMR (97112)" is the session's span.)
        for (var skipped = 0; skipped < 2 && last >= 0 && s.Line[last] == line && HClockEndingAt(s, last) is null && (s.Flags[last] & (TokenFlags.Number | TokenFlags.Label)) == 0; skipped++) last--;
        // (Not a visit's span: another code joined to this one in its sentence, a label between, a rest, another day or a slot.)
        if (last >= 0 && s.Line[last] == line && HClockEndingAt(s, last) is (_, int stopFirst) && stopFirst > 0
            && HClockEndingAt(s, s.Token(stopFirst - 1) is "to" && stopFirst > 1 ? stopFirst - 2 : stopFirst - 1) is (int from, int first)
            && s.Line[first] == line && HClockEndingAt(s, last) is (int to, _) && s.Sentence[first] == s.Sentence[start]
            && (first == 0 || s.Line[first - 1] != line || s.Sentence[first - 1] != s.Sentence[first] || (s.Flags[first] & TokenFlags.AfterDash) != 0)
            && !AnotherCodeInSentence(s, i) && !NotThisSessionsSpan(s, first) && (last + 1 >= s.Count || (s.Flags[last + 1] & TokenFlags.Label) == 0 || s.MentionAt[last + 1] >= 0))
            return ClaimRange(s, first, last, from, to);
        var next = s.MentionEnd[i];
        // (One range: "10h05–10h15 and 10h30–10h38" is two, read by neither.)
        // (The clocks first: the line is read for a rest or a slot only where they are there, so that a long line is read in time
        // in proportion to it.)
        if (next < s.Count && s.Line[next] == line && HClockStartingAt(s, next) is (int from2, int startLast)
            && HClockStartingAt(s, startLast + 1 < s.Count && s.Token(startLast + 1) is "to" ? startLast + 2 : startLast + 1) is (int to2, int end) && s.Line[end] == line
            && !(end + 2 < s.Count && s.Token(end + 1) is "and" or "&" or "plus" && HClockStartingAt(s, end + 2) is not null)
            && !(end + 1 < s.Count && HClockStartingAt(s, end + 1) is not null) && !AnotherCodeInSentence(s, i) && !NotThisSessionsSpan(s, next))
            return ClaimRange(s, next, end, from2, to2);
        return null;
    }

    // "NMR (97112) 20/60 — pt seen 1:1", "Ex (97110) 15/60": minutes as a share of the hour, as UK notes write them, right
    // after the code (a Snellen "20/60" is not written right after a code).
    private static int? OfAnHour(NoteScratch s, int i)
    {
        var t = s.MentionEnd[i];
        if (t >= s.Count || s.Claimed[t] || (s.Flags[t] & TokenFlags.Fraction) == 0 || s.Line[t] != s.Line[s.MentionStart[i]]) return null;
        var w = s.Token(t);
        if (!w.EndsWith("/60") || !int.TryParse(w[..^3], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 1 or > 59) return null;
        // ("DVA 20/60", "hold 45/60 s": an acuity or seconds — the share of an hour ends its item.)
        if (t + 1 < s.Count && s.Clause[t + 1] == s.Clause[t] && (s.Flags[t + 1] & TokenFlags.AfterDash) == 0 && (s.Flags[t] & TokenFlags.Label) == 0) return null;
        for (var k = s.LineStartOf(t); k < s.Count && s.Line[k] == s.Line[t]; k++)
            if (s.Token(k) is "acuity" or "snellen" or "dva" or "vision" or "visual" or "sec" or "secs" or "seconds" or "s") return null;
        // (Written so for two codes at least: one "30/60" after a code may be a hold or an acuity.)
        var codes = 0;
        for (var j = 0; j < s.MentionCount && codes < 2; j++)
            if (s.MentionEnd[j] < s.Count && s.Token(s.MentionEnd[j]).EndsWith("/60")) codes++;
        if (codes < 2) return null;
        s.Claimed[t] = true;
        s.LastClaimed = t;
        return minutes;
    }

    private static bool AnotherCodeInSentence(NoteScratch s, int i)
    {
        var sentence = s.Sentence[s.MentionStart[i]];
        return (i > 0 && s.Sentence[s.MentionStart[i - 1]] == sentence && (s.MentionCodes[i - 1] & ~s.MentionCodes[i]) != 0)
            || (i + 1 < s.MentionCount && s.Sentence[s.MentionStart[i + 1]] == sentence && (s.MentionCodes[i + 1] & ~s.MentionCodes[i]) != 0);
    }

    // t's line speaks of a rest, a slot or another day ("10h40–10h50 rest", "Slot: …", "Tomorrow: …").
    private static bool NotThisSessionsSpan(NoteScratch s, int t)
    {
        for (var k = s.LineStartOf(t); k < s.Count && s.Line[k] == s.Line[t]; k++)
            if (s.Token(k) is "rest" or "break" or "slot" or "appointment" or "appt" or "billing" or "booked" or "next" or "tomorrow" or "yesterday" or "last"
                or "previous" or "session" or "incl" or "including" or "total" or "visit" or "scheduled") return true;
        return false;
    }

    // A clock with "h" between hour and minutes ending at token k ("10" "h05", "9" "h" "05"): its minute of the day and first token.
    private static (int Value, int First)? HClockEndingAt(NoteScratch s, int k)
    {
        if (k < 1 || s.Claimed[k]) return null;
        var w = s.Token(k);
        if (w.Length == 3 && w[0] == 'h' && TwoDigits(w[1..]) is int m && Hour(s, k - 1) is int h && s.Line[k - 1] == s.Line[k]) return (h * 60 + m, k - 1);
        if (k >= 2 && TwoDigits(w) is int m2 && s.Token(k - 1) is "h" && Hour(s, k - 2) is int h2 && s.Line[k - 2] == s.Line[k]) return (h2 * 60 + m2, k - 2);
        return null;
    }

    // The same clock starting at token k: its minute of the day and last token.
    private static (int Value, int Last)? HClockStartingAt(NoteScratch s, int k)
    {
        if (k + 1 >= s.Count || Hour(s, k) is not int h || s.Line[k + 1] != s.Line[k]) return null;
        var w = s.Token(k + 1);
        if (w.Length == 3 && w[0] == 'h' && TwoDigits(w[1..]) is int m) return (h * 60 + m, k + 1);
        if (k + 2 < s.Count && w is "h" && TwoDigits(s.Token(k + 2)) is int m2 && s.Line[k + 2] == s.Line[k]) return (h * 60 + m2, k + 2);
        return null;
    }

    private static int? Hour(NoteScratch s, int k)
    {
        var w = s.Token(k);
        if (s.Claimed[k] || w.Length is < 1 or > 2 || !int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var h) || h > 23) return null;
        return h;
    }

    private static int? TwoDigits(ReadOnlySpan<char> w) =>
        w.Length == 2 && char.IsAsciiDigit(w[0]) && char.IsAsciiDigit(w[1]) && (w[0] - '0') * 10 + (w[1] - '0') is var m && m <= 59 ? m : null;

    private static int? ClaimRange(NoteScratch s, int first, int last, int from, int to)
    {
        if (to - from is < 1 or > 180) return null;
        for (var k = first; k <= last; k++) s.Claimed[k] = true;
        s.LastClaimed = last;
        return to - from;
    }

    // A code's time given in several ranges ("97112 — 10:00–10:07, 10:12–10:20 and 10:26–10:34", "97112 14:05-14:12, resumed
    // 14:20-14:36"): the first range after the mention, and each range after it on its line joined by a comma, "and", "resumed" or
    // "then" (a pause between them is not the code's time).
    private static int? ClockRange(NoteScratch s, int i)
    {
        if (FirstClockRange(s, i) is not int minutes) return null;
        var next = NextMentionStart(s, i);
        var end = Math.Min(next, s.LastClaimed + 24);
        var line = s.Line[s.LastClaimed];
        for (var ranges = 0; ranges < MoreRangesMax; ranges++)
        {
            var k = s.LastClaimed + 1;
            while (k < end && s.Line[k] == line && s.Token(k) is "and" or "resumed" or "then" or "again" or "plus" or "cont" or "contd" or "continued") k++;
            if (k >= end || s.Line[k] != line || s.Claimed[k] || RangeAt(s, k) is not (int last, int from, int to)) break;
            // (Not a range right before the next code, in a layout that puts each code's range first: "10:00–10:23 NMR · 10:25–10:40 TE".)
            if (last + 1 == next && s.Line[next] == line) break;
            if (Span(s, k, last, from, to) is not int more) break;
            minutes += more;
        }
        return minutes;
    }

    /// <summary>How many more ranges after a code's first are added to it.</summary>
    private const int MoreRangesMax = 4;

    // A 12-hour or colon clock range at k ("10:12–10:20", "10:12 to 10:20", "9:25-9:38 am"): its last token and its two times; or null.
    private static (int Last, int From, int To)? RangeAt(NoteScratch s, int k)
    {
        var token = s.Token(k);
        var dash = token.IndexOf('-');
        if (dash > 0 && Clock(token[..dash]) is int a && Clock(token[(dash + 1)..]) is int b) return (k, a, b);
        if (Clock(token) is not int from) return null;
        var next = k + 1;
        if (next < s.Count && IsMeridiem(s.Token(next))) next++;
        if (next < s.Count && s.Token(next) is "to" or "until" or "till") next++;
        return next < s.Count && s.Line[next] == s.Line[k] && !s.Claimed[next] && Clock(s.Token(next)) is int to ? (next, from, to) : null;
    }

    // A start and stop time after the mention, in its sentence: "NMR 10:05-10:30", "97110 2:40 to 3:05 pm".
    private static int? FirstClockRange(NoteScratch s, int i)
    {
        var start = s.MentionStart[i];
        var end = NextMentionStart(s, i);
        // "TIME  0905–0927  97112 NM re-ed    0927–0941  97116 gait": where a range stands right before this code, the one right
        // before the next code is that code's.
        if (end < s.Count && s.Line[end] == s.Line[start] && RangeRightBefore(s, start) && RangeRightBefore(s, end)) return null;
        for (var t = s.MentionEnd[i]; t < Math.Min(end, s.MentionEnd[i] + 6) && s.Sentence[t] == s.Sentence[start]; t++)
        {
            if (s.Claimed[t]) continue;
            var token = s.Token(t);
            // A 24-hour clock without a colon ("0815 → 0838", "1400-1423") only as a range of two.
            if ((s.Flags[t] & TokenFlags.DateOrTime) == 0)
            {
                // Only a range that ends its clause: "amb 1000 to 1200 ft" is a distance, not a clock.
                var joined = token.IndexOf('-');
                if (joined > 0 && Military(token[..joined]) is int from24 && Military(token[(joined + 1)..]) is int to24 && EndsClause(s, t))
                    return Span24(s, t, t, from24, to24);
                if (Military(token) is not int start24) continue;
                var after = t + 1;
                if (after < s.Count && s.Token(after) is "to" or "until" or "till") after++;
                // (Or a field's label, "TE 1333–1348: …", or a remark in parentheses or after a spaced dash, "NMR 1310–1333 (1:1 w/ PT)",
                // "97112 NMR 0905–0928 — one-on-one …" —
                // an hour at most, and no distance's unit in it: "Gait 1000–1200 (ft, RW)" is feet.)
                if (after < s.Count && s.Sentence[after] == s.Sentence[t] && !s.Claimed[after] && Military(s.Token(after)) is int end24
                    && (EndsClause(s, after) || (end24 - start24 is > 0 and <= 60 && !DistanceUnitFollows(s, after + 1)
                        && ((s.Flags[after] & TokenFlags.Label) != 0 || (after + 1 < s.Count && (s.Flags[after + 1] & (TokenFlags.AfterParen | TokenFlags.AfterDash)) != 0)
                            // ("97112 (PT): 0902–0925 = 23": the span said after an equals sign.)
                            || ((s.Flags[after] & TokenFlags.BeforeEquals) != 0 && after + 1 < s.Count && int.TryParse(s.Token(after + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var said) && said == end24 - start24)
                            // ("NMR (97112) from 1304 to 1326 hrs, one-on-one": the hours' own word after the range.)
                            || (after + 1 < s.Count && s.Clause[after + 1] == s.Clause[after] && s.Token(after + 1) is "hrs" or "hours" or "hr")))))
                    return Span24(s, t, after, start24, end24);
                continue;
            }
            var dash = token.IndexOf('-');
            if (dash > 0 && Clock(token[..dash]) is int a && Clock(token[(dash + 1)..]) is int b) return Span(s, t, t, a, b);
            if (Clock(token) is not int from) continue;
            var next = t + 1;
            if (next < s.Count && IsMeridiem(s.Token(next))) next++;
            if (next < s.Count && s.Token(next) is "to" or "until" or "till") next++;
            // A punch card's "punched in 9:02   punched out 9:25", "in 1:10 out 1:40".
            for (var words = 0; words < 3 && next < s.Count && s.Line[next] == s.Line[t] && s.Token(next) is "punched" or "clocked" or "out"; words++)
                next++;
            // A start and an end in words right after the code: "97530 — started 2:05 p, finished 2:18 p", "began at 2:05 pm and
            // ended at 2:18 pm" (not "6MWT started 10:05, finished 10:11", a test's time within the code's).
            var startWord = s.MentionEnd[i];
            if (s.Token(startWord) is "started" or "start" or "began" or "begun" && (t == startWord + 1 || (t == startWord + 2 && s.Token(startWord + 1) is "at")))
            {
                var stop = next < s.Count && s.Line[next] == s.Line[t] && s.Token(next) is "and" ? next + 1 : next;
                if (stop < s.Count && s.Line[stop] == s.Line[t] && s.Token(stop) is "finished" or "ended" or "end" or "completed")
                    next = stop + 1 < s.Count && s.Token(stop + 1) is "at" ? stop + 2 : stop + 1;
            }
            if (next < s.Count && s.Sentence[next] == s.Sentence[t] && Clock(s.Token(next)) is int to) return Span(s, t, next, from, to);
        }
        return null;
    }

    // "Time log: 0902 NMR (97112) start · 0925 NMR stop / gait (97116) start · 0941 gait stop": a clock time, the code and a start
    // word, then (within the next three lines) a clock time, the code again (its mention, or the first word it was named by) and a
    // stop word — the code's minutes are between the two; the stop's mention states none of its own. The start's time may be the
    // last code's stop ("0925 NMR stop / gait (97116) start").
    private static int? StampedStartAndStop(NoteScratch s, int i)
    {
        int start = s.MentionStart[i], end = s.MentionEnd[i];
        if (start < 1 || end >= s.Count || s.Token(end) is not ("start" or "started" or "begin" or "began")) return null;
        var startStamp = start - 1;
        // ("9:02 AM NMR start; 9:25 AM NMR stop": a 12-hour stamp's meridiem between it and the code.)
        if (startStamp > 0 && IsMeridiem(s.Token(startStamp)) && s.Token(startStamp) is not "h") startStamp--;
        if (IsStopWord(s.Token(startStamp)))
            for (var k = startStamp - 1; k >= Math.Max(0, startStamp - 4) && s.Line[k] == s.Line[start]; k--)
                if (Stamp(s.Token(k)) is not null) { startStamp = k; break; }
        if (s.Line[startStamp] != s.Line[start] || (s.Claimed[startStamp] && startStamp == start - 1) || Stamp(s.Token(startStamp)) is not (int from, bool military))
            return null;
        // (Within three lines and 60 words: a log's entries stand close together, and a long note is read in time in proportion to it.)
        for (var t = end + 1; t < Math.Min(s.Count, end + 60) && s.Line[t] <= s.Line[start] + 3; t++)
        {
            if (!IsStopWord(s.Token(t))) continue;
            int nameStart = -1, stop = -1;
            for (var j = i + 1; j < s.MentionCount && s.MentionStart[j] < t; j++)
                if (s.MentionEnd[j] == t && (s.MentionCodes[j] & s.MentionCodes[i]) != 0) (nameStart, stop) = (s.MentionStart[j], j);
            if (nameStart < 0 && s.Token(t - 1).SequenceEqual(s.Token(start))) nameStart = t - 1;
            if (nameStart < 1) continue;
            var stopStamp = nameStart - 1;
            if (stopStamp > 0 && IsMeridiem(s.Token(stopStamp)) && s.Token(stopStamp) is not "h") stopStamp--;
            if (s.Line[stopStamp] != s.Line[t] || s.Claimed[stopStamp] || Stamp(s.Token(stopStamp)) is not (int to, bool military2) || military2 != military)
                return null;
            var minutes = military ? Span24(s, startStamp, stopStamp, from, to) : Span(s, startStamp, stopStamp, from, to);
            if (minutes is not null && stop >= 0) s.MentionMinutes[stop] = Shared;
            return minutes;
        }
        return null;
    }

    // "97112 22m / 97116 13m — 1:1": each code followed by its minutes with an "m" against the number — a line of two such
    // codes at least, the "m" no metres there (not "97116 400m walk" alone).
    // "Neuromuscular re-education (97112; 23 min)": in the code's parentheses, after a semicolon, its minutes — the semicolon ends no
    // statement there (the code's name and number, then its time, all inside one pair of parentheses).
    private int? CodeSemicolonMinutes(NoteScratch s, int i)
    {
        var t = s.MentionEnd[i];
        if (t + 1 >= s.Count || (s.Flags[t - 1] & (TokenFlags.CodeLike | TokenFlags.AfterParen)) != (TokenFlags.CodeLike | TokenFlags.AfterParen)
            || (s.Flags[t] & TokenFlags.AfterSemicolon) == 0 || s.Line[t] != s.Line[t - 1] || !s.IsMinuteNumber(t)
            || (s.Flags[t + 1] & TokenFlags.ClosesParen) == 0 || s.Token(t + 1) is not ("min" or "mins" or "minutes" or "'")) return null;
        return Claim(s, t, loose: false);
    }

    private static int? MinutesWithTightM(NoteScratch s, int i)
    {
        if (s.Claimed[s.MentionEnd[i]] || TightM(s, i) is not int minutes) return null;
        var line = s.Line[s.MentionStart[i]];
        var others = false;
        for (var j = i - 1; j >= 0 && s.Line[s.MentionStart[j]] == line && !others; j--) others = TightM(s, j) is not null;
        for (var j = i + 1; j < s.MentionCount && s.Line[s.MentionStart[j]] == line && !others; j++) others = TightM(s, j) is not null;
        if (!others) return null;
        var t = s.MentionEnd[i];
        s.Claimed[t] = true;
        s.LastClaimed = t;
        return minutes;
    }

    // The mention's code, then a number of minutes and "m" written against it ("22m"), ending its clause or before a slash.
    private static int? TightM(NoteScratch s, int i)
    {
        var t = s.MentionEnd[i];
        if (s.MentionCode[i] < 0 || t + 1 >= s.Count || s.Line[t + 1] != s.Line[s.MentionStart[i]] || (s.Flags[t] & TokenFlags.Integer) == 0
            || s.Token(t + 1) is not "m" || s.Column[t + 1] != s.Column[t] + s.Length[t]) return null;
        if (t + 2 < s.Count && s.Line[t + 2] == s.Line[t] && s.Clause[t + 2] == s.Clause[t + 1]
            && (s.Flags[t + 2] & (TokenFlags.AfterSpacedSlash | TokenFlags.AfterTightSlash | TokenFlags.AfterDash)) == 0) return null;
        return int.TryParse(s.Token(t), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is >= 1 and <= 90 ? minutes : null;
    }

    /// <summary>How many words of the code's description may stand between it and its start time.</summary>
    private const int StartLabelReach = 6;

    // "97112 Neuromuscular Re-education  Start Time: 0800  Stop Time: 0822", "97110 ther ex start: 9:05 end: 9:21": the code's own
    // start and stop stamps on its line, after it and before any other code (both military or both clock times).
    private static int? LabelledStartAndStop(NoteScratch s, int i)
    {
        var end = s.MentionEnd[i];
        var line = s.Line[s.MentionStart[i]];
        var limit = Math.Min(NextMentionStart(s, i), s.Count);
        // (The only code on its line — "CPT: 97112, 97110   Start: 0800   Stop: 0838" is the session's time — and in the code's
        // sentence, with only its description between: not "Billed 97112 NMR. Start: 0800 …", "97112 x2 units. Start time: …".)
        if ((s.LineMentionCodes[line] & ~s.MentionCodes[i]) != 0 || (i > 0 && s.Line[s.MentionStart[i - 1]] == line)) return null;
        for (var k = end; k < Math.Min(limit, end + StartLabelReach); k++)
        {
            if (s.Line[k] != line || s.Sentence[k] != s.Sentence[end - 1] || (s.Flags[k] & TokenFlags.Number) != 0) return null;
            if (s.Token(k) is not ("start" or "started" or "begin" or "began")) continue;
            // ("Session Start Time: 0800", "Visit start: …", "Appt start: …": the session's, not the code's.)
            if (k > end && s.Token(k - 1) is "session" or "visit" or "appt" or "appointment" or "tx" or "treatment" or "total") return null;
            var at = StampAfterLabel(s, k + 1, line, limit);
            if (at < 0 || s.Claimed[at] || Stamp(s.Token(at)) is not (int from, bool military)) return null;
            var stopWord = at + 1;
            if (stopWord >= limit || s.Line[stopWord] != line || !IsStopWord(s.Token(stopWord))) return null;
            var last = StampAfterLabel(s, stopWord + 1, line, limit);
            if (last < 0 || s.Claimed[last] || Stamp(s.Token(last)) is not (int to, bool military2) || military2 != military) return null;
            return military ? Span24(s, at, last, from, to) : Span(s, at, last, from, to);
        }
        return null;
    }

    // The stamp after a start or stop word, "time" and the label's colon between at most: its index, or -1.
    private static int StampAfterLabel(NoteScratch s, int k, int line, int limit)
    {
        if (k < limit && s.Line[k] == line && s.Token(k) is "time") k++;
        return k < limit && s.Line[k] == line && (s.Flags[k - 1] & TokenFlags.Label) != 0 ? k : -1;
    }

    private bool TwoCodesAsOne(NoteScratch s, int i)
    {
        if (s.MentionCode[i] < 0) return false;
        var token = s.Token(s.MentionCode[i]);
        var slash = token.IndexOf('/');
        return slash > 0 && KnownCode(token[..slash]) is not null && KnownCode(token[(slash + 1)..]) is not null;
    }

    private static bool IsStopWord(ReadOnlySpan<char> token) => token is "stop" or "stopped" or "end" or "ended" or "done" or "finished";

    private static (int Minutes, bool Military)? Stamp(ReadOnlySpan<char> token) =>
        Military(token) is int m ? (m, true) : Clock(token) is int c ? (c, false) : null;

    private static bool RangeRightBefore(NoteScratch s, int t) =>
        t >= 2 && s.Line[t - 2] == s.Line[t] && Military(s.Token(t - 2)) is int from && Military(s.Token(t - 1)) is int to && to > from && to - from < 100;

    // "Started with him at 1:30. Leg exercises (97110) until 1:45: … Then gait training (97116) until 1:58": a code, then "until"
    // and a clock time, timed from the clock time written last before it (the session's start or the last code's end).
    private static int? UntilClock(NoteScratch s, int i)
    {
        var t = s.MentionEnd[i];
        if (t + 1 >= s.Count || s.Token(t) is not ("until" or "till" or "til") || s.Sentence[t + 1] != s.Sentence[t] || s.Claimed[t + 1]
            || Clock(s.Token(t + 1)) is not int to) return null;
        // The end of the code's time, heading what was done ("until 1:45: step-ups …") or ending its clause — not "until 2:30 for
        // ride", "until 1:15 rest break".
        if (t + 2 < s.Count && s.Clause[t + 2] == s.Clause[t + 1] && (s.Flags[t + 1] & TokenFlags.Label) == 0) return null;
        for (var b = s.MentionStart[i] - 1; b >= Math.Max(0, s.MentionStart[i] - 80); b--)
        {
            if (Clock(s.Token(b)) is not int from) continue;
            // A start: the session's ("Started with him at 1:30", "began at 9:10") or the last code's end ("… until 1:45").
            var start = false;
            for (var w = b - 1; w >= Math.Max(0, b - 4) && s.Sentence[w] == s.Sentence[b] && !start; w--)
                start = s.Token(w) is "started" or "start" or "began" or "begin" or "starting" or "until" or "till" or "til";
            if (!start || to - from is <= 0 or > 90) return null;
            s.Claimed[t + 1] = true;
            s.LastClaimed = t + 1;
            return to - from;
        }
        return null;
    }

    // "Started NMR (97112) at 1:02, moved to gait training (97116) at 1:25, finished at 1:40": a code, "at" and a clock time
    // starts it; it lasts to the next code's "at" and clock time, or a "finished at"/"ended at", in its sentence.
    private static int? AtClock(NoteScratch s, int i)
    {
        var t = s.MentionEnd[i];
        if (t + 1 >= s.Count || s.Token(t) is not "at" || s.Sentence[t + 1] != s.Sentence[t] || Clock(s.Token(t + 1)) is not int from) return null;
        // The end: "at" and a clock time right after another code ("… gait training (97116) at 1:25") or after "finished" or
        // "ended" that start their clause ("…, finished at 1:40") — not "pt left at 1:55", "pain ended at 1:10".
        for (var k = t + 2; k + 2 < s.Count && k < t + 30 && s.Sentence[k] == s.Sentence[t]; k++)
        {
            var mention = s.MentionAt[k];
            var otherCode = mention >= 0 && s.MentionEnd[mention] == k + 1 && (s.MentionCodes[mention] & ~s.MentionCodes[i]) != 0;
            var finished = s.Token(k) is "finished" or "ended" && (s.Clause[k - 1] != s.Clause[k] || s.Token(k - 1) is "and" or "then");
            if (!(otherCode || finished) || s.Token(k + 1) is not "at" || Clock(s.Token(k + 2)) is not int to) continue;
            return to - from is > 0 and <= 90 ? to - from : null;
        }
        return null;
    }

    // The unions of the mentions' codes that LeadingClockRange asks about, found once for the note.
    private static void UniteCodes(NoteScratch s)
    {
        s.AllMentionCodes = 0;
        s.AllTimedLineCodes = 0;
        s.TimedLineCount = 0;
        if (s.TimedLineIndex.Length <= s.LineNow) Array.Resize(ref s.TimedLineIndex, Math.Max(s.LineNow + 1, s.TimedLineIndex.Length * 2));
        Array.Fill(s.TimedLineIndex, -1, 0, s.LineNow + 1);
        if (s.LineMentionCodes.Length <= s.LineNow) Array.Resize(ref s.LineMentionCodes, Math.Max(s.LineNow + 1, s.LineMentionCodes.Length * 2));
        Array.Clear(s.LineMentionCodes, 0, s.LineNow + 1);
        for (var i = 0; i < s.MentionCount; i++)
        {
            s.AllMentionCodes |= s.MentionCodes[i];
            var line = s.Line[s.MentionStart[i]];
            s.LineMentionCodes[line] |= s.MentionCodes[i];
            if (s.TimedLineIndex[line] < 0)
            {
                // Mentions come in the order of the text: a line's first one decides whether it opens with a time.
                if ((i > 0 && s.Line[s.MentionStart[i - 1]] == line) || !OpensWithTime(s, s.MentionStart[i])) continue;
                if (s.TimedLineCount == s.TimedLineCodesBefore.Length)
                {
                    Array.Resize(ref s.TimedLineCodesBefore, s.TimedLineCount * 2);
                    Array.Resize(ref s.TimedLineCodesAfter, s.TimedLineCount * 2);
                }
                s.TimedLineIndex[line] = s.TimedLineCount;
                s.TimedLineCodesBefore[s.TimedLineCount] = 0;
                s.TimedLineCodesAfter[s.TimedLineCount++] = 0;
            }
            // (For now each timed line's own codes; made running unions below.)
            s.TimedLineCodesAfter[s.TimedLineIndex[line]] |= s.MentionCodes[i];
        }
        ulong before = 0, after = 0;
        for (var k = 0; k < s.TimedLineCount; k++)
        {
            var own = s.TimedLineCodesAfter[k];
            s.TimedLineCodesBefore[k] = before;
            before |= own;
            s.TimedLineCodesAfter[k] = own;
        }
        s.AllTimedLineCodes = before;
        for (var k = s.TimedLineCount - 1; k >= 0; k--)
        {
            var own = s.TimedLineCodesAfter[k];
            s.TimedLineCodesAfter[k] = after;
            after |= own;
        }
    }

    // The codes named on the lines that open with a clock time, but for that line's own.
    private static ulong TimedLineCodesExcept(NoteScratch s, int line)
    {
        var k = s.TimedLineIndex[line];
        if (k < 0) return s.AllTimedLineCodes;
        return s.TimedLineCodesBefore[k] | s.TimedLineCodesAfter[k];
    }

    // A clock range that opens the mention's line, the timeline some clinics chart: "9:05a–9:28a  TherEx 97110:
    // recumbent bike …", "10:05-10:30 NMR …" — only where the line names no other code ("2:00-2:48 TherEx 97110,
    // NMR 97112" is the session's span, shared).
    private static int? LeadingClockRange(NoteScratch s, int i)
    {
        var line = s.Line[s.MentionStart[i]];
        // (A row of ranges each before its code, "0905–0927  97112 NM re-ed    0927–0941  97116 gait", gives each its own.)
        var rangeRow = RangeRightBefore(s, s.MentionStart[i])
            && ((i + 1 < s.MentionCount && s.Line[s.MentionStart[i + 1]] == line && RangeRightBefore(s, s.MentionStart[i + 1]))
                || (i > 0 && s.Line[s.MentionStart[i - 1]] == line && RangeRightBefore(s, s.MentionStart[i - 1])));
        if (i + 1 < s.MentionCount && s.Line[s.MentionStart[i + 1]] == line && (s.MentionCodes[i + 1] & ~s.MentionCodes[i]) != 0 && !rangeRow) return null;
        var last = s.MentionStart[i] - 1;
        // Where the note names other codes, a timeline: another code's line opens with its own range too ("1400-1445
        // PT visit 97110 x 2 units" over "97112 NMR x 1 unit" is the visit's span).
        var otherCodes = (s.AllMentionCodes & ~s.MentionCodes[i]) != 0;
        if (otherCodes && !rangeRow && (TimedLineCodesExcept(s, line) & ~s.MentionCodes[i]) == 0) return null;
        // A word or two of the service's name before its code ("14:10~14:25 Exercise (97110)") — not a unit ("1000-1200 ft gait
        // training"); up to four after a spaced dash ("9.15–9.45 — reedukacja nerwowo-mięśniowa (97112)").
        var skipped = 0;
        for (; skipped < 4 && last > 0 && s.Line[last] == line && (s.Flags[last] & TokenFlags.Number) == 0
            && !(IsMeridiem(s.Token(last)) && (Clock(s.Token(last - 1)) is not null || Military(s.Token(last - 1)) is not null)); skipped++)
        {
            if (s.Token(last) is "ft" or "feet" or "m" or "meters" or "metres" or "yd" or "yards" or "steps" or "reps" or "lb" or "lbs" or "kg" or "x" or "mi" or "miles" or "min" or "mins" or "minutes") return null;
            last--;
        }
        if (skipped > 2 && (s.Flags[last + 1] & TokenFlags.AfterDash) == 0) return null;
        var suffix = last >= 0 && IsMeridiem(s.Token(last));
        if (suffix) last--;
        if (last < 0 || s.Line[last] != line || s.Claimed[last] || (i > 0 && s.MentionEnd[i - 1] > last)) return null;
        int first, from, to;
        var firstSuffix = false;
        var token = s.Token(last);
        var dash = token.IndexOf('-');
        if (dash > 0 && Clock(token[..dash]) is int a && Clock(token[(dash + 1)..]) is int b) (first, from, to) = (last, a, b);
        // A 24-hour clock without a colon ("1305–1320  NMR (97112)"): a range of two, start before stop.
        else if ((!suffix || s.Token(last + 1) is "h") && Military24Range(s, last, line) is (int first24, int from24, int to24))
        {
            (first, from, to) = (first24, from24, to24);
            firstSuffix = s.Token(first + 1) is "h";
        }
        // "godz. 10.00–10.23  NMR (97112)": a European clock with a dot, only as a range of two, start before stop.
        else if (!suffix && last > 0 && s.Line[last - 1] == line && DottedClock(s.Token(last - 1)) is int fromDotted
            && DottedClock(token) is int toDotted && toDotted > fromDotted)
            (first, from, to) = (last - 1, fromDotted, toDotted);
        else
        {
            if (Clock(token) is not int stop) return null;
            first = last - 1;
            if (first >= 0 && s.Token(first) is "to" or "until" or "till") first--;
            firstSuffix = first >= 0 && IsMeridiem(s.Token(first));
            if (firstSuffix) first--;
            if (first < 0 || s.Line[first] != line || s.Claimed[first] || Clock(s.Token(first)) is not int start) return null;
            (from, to) = (start, stop);
        }
        // "a"/"p" as a suffix only in pairs ("9:05a–9:28a"): "9:00-9:45 a ther ex session" has an article.
        if (suffix && !firstSuffix && s.Token(last + 1).Length == 1) return null;
        // Only the line's first words: "walked 10:05 to 10:30 then NMR" is not this mention's time. (A word of
        // time may open the line: "godz. 10.00–10.23", "Time 9:15–9:45".)
        if (first > 0 && s.Line[first - 1] == line && !rangeRow
            && !(s.Token(first - 1) is "godz" or "time" or "hora" or "heure" or "uhr" && (first == 1 || s.Line[first - 2] != line))) return null;
        return Span(s, first, last, from, to);
    }

    // "97112/22min · 97140/10min": a code and its minutes joined by a slash, a minute unit after — the minutes of
    // that code (a 5-character code before the slash, a number of minutes after it).
    private int? SlashedCodeMinutes(NoteScratch s, int t)
    {
        // (Every token not otherwise a mention is asked: the flag first, the text only for a fraction.)
        if ((s.Flags[t] & TokenFlags.Fraction) == 0) return null;
        var token = s.Token(t);
        var slash = token.IndexOf('/');
        if (slash != 5 || !((t + 1 < s.Count && s.StartsOrIn(t + 1, PhraseKind.MinuteUnit)) || UnderCodeOverMinutesHeading(s, t))
            || !int.TryParse(token[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 1 or > ServiceLine.MaxMinutes) return null;
        foreach (var code in _codes)
            if (token[..slash].Equals(code, StringComparison.OrdinalIgnoreCase)) return minutes;
        return null;
    }

    // "CPT/min — 97110/25 · 97140/10": a heading of code over minutes earlier on the line.
    private static bool UnderCodeOverMinutesHeading(NoteScratch s, int t)
    {
        // The heading opens its line and only the codes' fractions stand between it and this one, a few codes back at most: not
        // units, a total, an earlier visit, a plan or an authorisation ("Total timed CPT min: 35 | Units: 97110/2", "Prior visit
        // CPT/min — 97110/25", "CPT/min yesterday — …", "Authorized CPT/min per Rx — …").
        for (var k = t - 1; k > Math.Max(0, t - 40) && s.Line[k] == s.Line[t]; k--)
        {
            if (s.Token(k) is "min" or "mins" or "minutes" && s.Token(k - 1) is "cpt" or "code" or "codes" && s.Line[k - 1] == s.Line[t])
                return k - 1 == s.LineStartOf(k);
            if ((s.Flags[k] & (TokenFlags.Fraction | TokenFlags.CodeLike)) != (TokenFlags.Fraction | TokenFlags.CodeLike)) return false;
        }
        return false;
    }

    // "… the leg-strengthening part took 12 minutes": a lay name of a code's part that "took" its minutes is today's only with "today"
    // on its line and nothing there of another time or the home programme ("Last visit the strengthening part took 25 min", "Pt
    // states the balance part took about 10 min of her HEP each morning").
    // ("Balance retraining today: 21 minutes." names 97112 only as a field of its own, opening its line: not "Gait & balance retraining
    // today — 97116 25 min", "Ther act (functional balance retraining today) 23 min".)
    private static bool LayNameOfAnotherTime(NoteScratch s, int start, int end)
    {
        if (s.Token(end - 1) is "today" && end - start == 3 && s.Token(start + 1) is "retraining")
            return !(s.LineStartOf(start) == start && (s.Flags[end - 1] & TokenFlags.Label) != 0);
        if (s.Token(end - 1) is not "took") return false;
        var today = false;
        for (int k = s.LineStartOf(start), lineEnd = s.LineEndOf(start); k < lineEnd; k++)
        {
            if (s.Token(k) is "last" or "previous" or "prior" or "yesterday" or "visit" or "hep" or "home" or "states" or "reports" or "said" or "says"
                or "morning" or "evening" or "usually" or "each" or "every" or "daily") return true;
            today |= s.Token(k) is "today";
        }
        return !today;
    }

    // "Code · where · minutes" over "97112 · pool · 16", "CPT / min / 1:1:" over "PT 97140 / 12 / ☒": a heading of columns parted by
    // spaced middle dots or slashes, naming the code's column and the minutes', a few lines above the code's row with only such rows
    // between — on the row, the one number in the minutes' column is the code's time.
    private int? SeparatedGridRow(NoteScratch s, int i)
    {
        var start = s.MentionStart[i];
        var rowFirst = s.LineStartOf(start);
        var rowEnd = s.LineEndOf(start);
        // (A grid's rows and heading are short lines: a long line is read no further.)
        if (rowEnd - rowFirst > MaxGridLineWords || ColumnOf(s, rowFirst, rowEnd - 1) == 0) return null;
        var k = rowFirst - 1;
        for (var lines = 0; k >= 0 && lines < GridHeadingReach; lines++)
        {
            var first = s.LineStartOf(k);
            if (k + 1 - first > MaxGridLineWords) return null;
            int codeColumn = -1, minutesColumn = -1;
            for (var h = first; h <= k; h++)
            {
                if (s.Token(h) is "code" or "codes" or "cpt") codeColumn = ColumnOf(s, first, h);
                else if (s.Token(h) is "min" or "mins" or "minutes") minutesColumn = ColumnOf(s, first, h);
            }
            if (codeColumn >= 0 && minutesColumn >= 0 && codeColumn != minutesColumn)
            {
                if (ColumnOf(s, rowFirst, start) != codeColumn) return null;
                int found = -1, inColumn = 0;
                for (var r = rowFirst; r < rowEnd; r++)
                {
                    // (A box's token carries no mark of the slash before it: "12 / ☒" — it is the next column's.)
                    if (ColumnOf(s, rowFirst, r) != minutesColumn || s.Token(r) is "☒" or "☐") continue;
                    inColumn++;
                    if ((s.Flags[r] & (TokenFlags.Integer | TokenFlags.CodeLike)) == TokenFlags.Integer) found = r;
                }
                return inColumn == 1 && found >= 0 && !s.Claimed[found] ? Claim(s, found, loose: false) : null;
            }
            // (Only rows of the grid between the heading and this row.)
            if (ColumnOf(s, first, k) == 0) return null;
            k = first - 1;
        }
        return null;
    }

    private const int GridHeadingReach = 6, MaxGridLineWords = 16;

    // Which column of its line token t stands in: the spaced slashes and middle dots before it on the line (a middle dot ends a
    // clause and marks the word after it; a slash marks the word after it when spaced).
    private static int ColumnOf(NoteScratch s, int first, int t)
    {
        var column = 0;
        for (var k = first + 1; k <= t; k++)
            if ((s.Flags[k] & TokenFlags.AfterSpacedSlash) != 0 || ((s.Flags[k] & TokenFlags.AfterDash) != 0 && s.Clause[k] != s.Clause[k - 1])) column++;
        return column;
    }

    private int? SlashedMinutes(NoteScratch s, int i)
    {
        var t = s.MentionCode[i];
        if (t < 0 || s.Claimed[t] || SlashedCodeMinutes(s, t) is not int minutes) return null;
        s.Claimed[t] = true;
        s.LastClaimed = t;
        return minutes;
    }

    // "Minutes — activity 23 (97530), exercise 15 (97110)": on a line headed by a minutes word, a number right before a
    // code in parentheses is its minutes.
    private int? MinutesLineNumber(NoteScratch s, int i)
    {
        var start = s.MentionStart[i];
        var before = start - 1;
        if (before < 1 || (s.Flags[start] & TokenFlags.AfterParen) == 0 || s.Line[before] != s.Line[start] || s.Claimed[before]
            || (s.Flags[before] & TokenFlags.Integer) == 0 || (s.Flags[before] & TokenFlags.CodeLike) != 0) return null;
        var first = s.LineStartOf(start);
        // ("Min A x 2 (97530)", "Units: 2 (97110), 1 (97112)": counts, not minutes — a word of the service before each number.)
        if (s.Token(first) is not ("minutes" or "mins") || before < 1 || !char.IsLetter(s.Token(before - 1)[0])
            || s.Token(before - 1) is "x" or "units" or "unit" or "u" or "assist") return null;
        for (var k = first; k < s.Count && s.Line[k] == s.Line[start]; k++)
            if (s.Token(k) is "units" or "unit") return null;
        return Claim(s, before, loose: false);
    }

    // "Balance re-education (97112), PT one-on-one …: stance on foam …; tandem … — 24 minutes.": minutes after a spaced
    // dash closing the line of the one code it names.
    private int? DashedLineEnd(NoteScratch s, int i)
    {
        var line = s.Line[s.MentionStart[i]];
        if ((s.LineMentionCodes[line] & ~s.MentionCodes[i]) != 0) return null;
        var last = s.LineEndOf(s.MentionStart[i]) - 1;
        var number = last - 1;
        // Not a rest, a warm-up or a home programme's time ("rest — 2 minutes", "walks daily — 20 minutes").
        if (s.FirstOnLine(last, NoteScratch.LineTest.NotTheService, static (s, k) => s.Token(k)
            is "rest" or "rested" or "break" or "warm" or "warmup" or "hep" or "home" or "daily" or "reports" or "walks" or "program" or "programme") < last) return null;
        if (number <= s.MentionEnd[i] || s.Line[number] != line || (s.Flags[number] & TokenFlags.AfterDash) == 0 || s.Claimed[number]
            || !s.IsMinuteNumber(number) || s.Token(last) is not ("min" or "mins" or "minutes" or "minute")) return null;
        return Claim(s, number, loose: false);
    }

    // "1305-1320" as one token, or "1305 1320" (an en dash between) ending at token last.
    // (An "H" after each, as some hospitals write them: "0930H–0953H".)
    private static (int First, int From, int To)? Military24Range(NoteScratch s, int last, int line)
    {
        if (last > 0 && s.Token(last) is "h") last--;
        // ("1000-1200' gait training": feet, not a clock.)
        if ((s.Flags[last] & TokenFlags.Feet) != 0) return null;
        var token = s.Token(last);
        var dash = token.IndexOf('-');
        if (dash > 0) return Military(token[..dash]) is int a && Military(token[(dash + 1)..]) is int b && b > a ? (last, a, b) : null;
        var first = last - 1;
        if (first > 0 && s.Token(first) is "h") first--;
        return first >= 0 && s.Line[first] == line && Military(s.Token(first)) is int c && Military(token) is int d && d > c ? (first, c, d) : null;
    }

    // The line of token t opens with a clock time ("10:24 - 10:35 MT 97140", "1423H-1435H TE").
    private static bool OpensWithTime(NoteScratch s, int t)
    {
        var first = s.LineStartOf(t);
        // ("godz. 10.23–10.38 ćwiczenia (97110)": a word of time before it.)
        if (s.Token(first) is "godz" or "time" or "hora" or "heure" or "uhr" && first + 1 < s.Count && s.Line[first + 1] == s.Line[first]) first++;
        var token = s.Token(first);
        var dash = token.IndexOf('-');
        var head = dash > 0 ? token[..dash] : token;
        return Clock(head) is not null || Military(head) is not null
            || (DottedClock(head) is not null && first + 1 < s.Count && s.Line[first + 1] == s.Line[first] && DottedClock(s.Token(first + 1)) is not null);
    }

    // "a", "p", "am", "pm" after a clock time: "9:05a", "2:40 pm"; "h" after a 24-hour one, "0930H".
    private static bool IsMeridiem(ReadOnlySpan<char> token) => token is "a" or "p" or "am" or "pm" or "h";

    private static bool EndsClause(NoteScratch s, int t) => t + 1 >= s.Count || s.Clause[t + 1] != s.Clause[t] || s.Line[t + 1] != s.Line[t];

    // A 24-hour clock has no 12-hour wrap: a stop before the start is no range.
    private static int? Span24(NoteScratch s, int first, int last, int from, int to) => to > from ? Span(s, first, last, from, to) : null;

    private static int? Span(NoteScratch s, int first, int last, int from, int to)
    {
        var minutes = to >= from ? to - from : to + 12 * 60 - from;
        if (minutes is < 1 or > 180) return null;
        s.Claimed[first] = s.Claimed[last] = true;
        s.LastClaimed = last;
        return minutes;
    }

    // "0:25" or "1:05" in a minutes or duration column: a session's length in hours and minutes, or null.
    // An EMR's "00:23:00" (hh:mm:ss) too, to the nearest minute.
    private static int? HoursAndMinutes(ReadOnlySpan<char> token)
    {
        if (token.Length is 7 or 8 && token[^3] == ':' && token[^6] == ':')
        {
            if (!int.TryParse(token[..^6], NumberStyles.None, CultureInfo.InvariantCulture, out var hh) || hh > 3
                || !int.TryParse(token[^5..^3], NumberStyles.None, CultureInfo.InvariantCulture, out var mm) || mm > 59
                || !int.TryParse(token[^2..], NumberStyles.None, CultureInfo.InvariantCulture, out var ss) || ss > 59) return null;
            var total = hh * 60 + mm + (ss >= 30 ? 1 : 0);
            return total is >= 1 and <= 180 ? total : null;
        }
        var colon = token.IndexOf(':');
        if (colon != 1 || token.Length != 4 || token[0] is < '0' or > '3'
            || !int.TryParse(token[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m > 59) return null;
        var minutes = (token[0] - '0') * 60 + m;
        return minutes is >= 1 and <= 180 ? minutes : null;
    }

    // "0815" as minutes after midnight: four digits, a 24-hour clock's hours and minutes, or null.
    private static int? Military(ReadOnlySpan<char> token)
    {
        if (token.Length != 4 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm)) return null;
        var (h, m) = (hhmm / 100, hhmm % 100);
        return h > 23 || m > 59 ? null : h * 60 + m;
    }

    // "10:05" as minutes after midnight (12-hour clocks compared as such), or null.
    private static bool DistanceUnitFollows(NoteScratch s, int k) =>
        k < s.Count && s.Token(k) is "ft" or "feet" or "m" or "meters" or "metres" or "yd" or "yards" or "steps" or "mi" or "miles";

    // "10.23" as a time of day: hours, a dot and two digits of minutes (24-hour: no wrap).
    private static int? DottedClock(ReadOnlySpan<char> token)
    {
        var dot = token.IndexOf('.');
        if (dot is < 1 or > 2 || token.Length - dot != 3) return null;
        if (!int.TryParse(token[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var h) || h > 23
            || !int.TryParse(token[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m > 59) return null;
        return h * 60 + m;
    }

    private static int? Clock(ReadOnlySpan<char> token)
    {
        var colon = token.IndexOf(':');
        if (colon is < 1 or > 2 || token.Length - colon != 3) return null;
        if (!int.TryParse(token[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var h) || h > 23
            || !int.TryParse(token[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m > 59) return null;
        return h % 12 * 60 + m;
    }

    // The sum's token where a minutes label's number starts parts that add up to it ("MIN 006 + 006 = 012", "Time: 8 + 7 = 15"):
    // two to four whole numbers in the clause, the last before an equals sign, and the number after it their sum.
    private static int? SumAfterMinutesLabel(NoteScratch s, int t)
    {
        if (t == 0 || (s.Flags[t] & TokenFlags.Integer) == 0 || s.Line[t] != s.Line[t - 1]
            || !(s.StartsOrIn(t - 1, PhraseKind.MinuteUnit) || s.StartsOrIn(t - 1, PhraseKind.TimeLabel))) return null;
        var sum = 0;
        for (var k = t; k < Math.Min(s.Count - 1, t + 4) && s.Clause[k] == s.Clause[t] && (s.Flags[k] & TokenFlags.Integer) != 0; k++)
        {
            if (!int.TryParse(s.Token(k), NumberStyles.None, CultureInfo.InvariantCulture, out var part) || part <= 0) return null;
            sum += part;
            if ((s.Flags[k] & TokenFlags.BeforeEquals) == 0) continue;
            var total = k + 1;
            return k > t && s.Clause[total] == s.Clause[t] && (s.Flags[total] & TokenFlags.Integer) != 0
                && int.TryParse(s.Token(total), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v == sum ? total : null;
        }
        return null;
    }

    // An EMR's minutes field: "Neuromuscular Re-education Minutes: 30", "NMR time 20" — a number right
    // after a minute word or time label on its line, ending its clause (a list's "2." on the next line is no
    // value) or heading what follows ("97112 — Mins 22: perturbations on the slide board …").
    // (Not a number in the field's name: "TX_MIN_1: 23" is the first minutes field, its value 23 — read after the name's number.)
    private static bool IsAfterMinutesLabel(NoteScratch s, int t)
    {
        if (t == 0 || (s.Flags[t] & TokenFlags.Integer) == 0 || (s.Flags[t] & TokenFlags.InFieldName) != 0 || s.IsMinuteNumber(t - 1) || s.Line[t] != s.Line[t - 1]) return false;
        var label = t - 1;
        const TokenFlags numberedName = TokenFlags.InFieldName | TokenFlags.Label;
        // (A numbered field's name only with a minute unit: "TX_MIN_1: 22", not "TUG_TIME_1: 14".)
        if (label > 0 && (s.Flags[label] & numberedName) == numberedName && s.Line[label - 1] == s.Line[t])
            return s.StartsOrIn(label - 1, PhraseKind.MinuteUnit) && (t + 1 >= s.Count || s.Clause[t + 1] != s.Clause[t] || (s.Flags[t] & TokenFlags.Label) != 0);
        return (s.StartsOrIn(label, PhraseKind.MinuteUnit) || s.StartsOrIn(label, PhraseKind.TimeLabel))
            && (t + 1 >= s.Count || s.Clause[t + 1] != s.Clause[t] || (s.Flags[t] & TokenFlags.Label) != 0);
    }

    // An SNF system's minutes by mode, "Therapy Minutes by Mode .... Individual 30 | Concurrent 0 | Group 0":
    // a number after "individual" ending its cell on a line that speaks of minutes starts them.
    private static bool IsIndividualModeMinutes(NoteScratch s, int t)
    {
        if (t == 0 || (s.Flags[t] & TokenFlags.Integer) == 0 || s.Token(t - 1) is not "individual" || s.Line[t - 1] != s.Line[t]
            || (t + 1 < s.Count && s.Clause[t + 1] == s.Clause[t])) return false;
        return s.FirstOnLine(t, NoteScratch.LineTest.MinutesUnit, static (s, k) => s.StartsOrIn(k, PhraseKind.MinuteUnit)) <= t - 2;
    }

    // The session's minutes in all modes on that line: "Individual 0 | Concurrent 20 | Group 0" is 20.
    private static int MinutesByMode(NoteScratch s, int individual)
    {
        var sum = 0;
        for (var k = individual; k < s.Count && s.Line[k] == s.Line[individual]; k++)
            if ((s.Flags[k] & TokenFlags.Integer) != 0 && k > 0
                && (s.Token(k - 1) is "individual" or "concurrent" or "group" or "cotreatment" or "cotx" || (k > 1 && s.Token(k - 1) is "treatment" && s.Token(k - 2) is "co"))
                && (k + 1 >= s.Count || s.Clause[k + 1] != s.Clause[k]) && int.TryParse(s.Token(k), NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                sum += v;
        return sum;
    }

    // Minutes within two tokens of position 'from' ("97530 x 15 min").
    private static bool MinutesRightAfter(NoteScratch s, int from)
    {
        for (var k = from; k < Math.Min(s.Count, from + 2) && s.Sentence[k] == s.Sentence[from - 1]; k++)
            if (s.IsMinuteNumber(k)) return true;
        return false;
    }

    // Minutes whose unit is followed, in the same clause, by a code's name, directly or through a
    // linking word ("10 min of manual", "the remaining eighteen minutes were therapeutic exercise";
    // not "for": "NMR 15 min for gait and balance" are NMR's minutes).
    private bool LeadsMention(NoteScratch s, int t)
    {
        var after = AfterUnit(s, t);
        // A linking word hands the minutes on only when no code is named before them in their clause:
        // "TE 97110 15 min doing manual resistance drills" are 97110's.
        var linked = after < s.Count && IsLinkingWord(s, after) && !MentionBefore(s, t);
        var joined = after < s.Count && (s.WordId[after] == _wordOf || linked);
        if (joined) after++;
        // Within the clause: in a flowsheet line ("NMR 97112 25 min   GT 97116 15 min") the next cell's name starts its own entry.
        // A code right after the unit with minutes of its own ("97110 x 15 min / 97530 x 15 min") starts the next entry, not this one's.
        if (after < s.Count && s.Clause[after] == s.Clause[t] && s.MentionAt[after] >= 0 && s.MentionStart[s.MentionAt[after]] == after)
            return joined || !MinutesRightAfter(s, s.MentionEnd[s.MentionAt[after]]);
        // "the final ten minutes were strengthening exercises (97110)": the service described, then its code.
        if (!linked) return false;
        for (var k = after; k < Math.Min(s.Count, after + 4) && s.Clause[k] == s.Clause[t]; k++)
            if (s.MentionAt[k] >= 0) return s.MentionStart[s.MentionAt[k]] == k && (s.Flags[k] & TokenFlags.CodeLike) != 0;
        return false;
    }

    // Exactly one code named earlier in token t's clause ("TE/NMR total" names two).
    // The codes listed before token t on its line, in its sentence or in sentences joined to it by semicolons ("97112 Neuromuscular
    // re-education; 97116 Gait training — total timed 37 min"), where none of them has its own minutes there yet — not across a full
    // stop ("Pt seen for 97112 and 97110 per POC. NMR 97112 — total 22 min" is that code's own), and 0 where a code has its own
    // minutes ("97112 x 2 units — total 25 min, 97110 x 1 unit — total 15 min").
    private static int MentionsListedBefore(NoteScratch s, int t)
    {
        var mentions = 0;
        for (var k = t - 1; k >= 0 && s.Line[k] == s.Line[t]; k--)
        {
            if (s.Sentence[k] != s.Sentence[k + 1] && (s.Flags[k + 1] & TokenFlags.AfterSemicolon) == 0) break;
            if (s.IsMinuteNumber(k)) return 0;
            if (s.MentionAt[k] >= 0 && s.MentionStart[s.MentionAt[k]] == k) mentions++;
        }
        return mentions;
    }

    private static bool OneMentionBefore(NoteScratch s, int t)
    {
        var mentions = 0;
        for (var k = t - 1; k >= 0 && s.Clause[k] == s.Clause[t]; k--)
            if (s.MentionAt[k] >= 0 && s.MentionStart[s.MentionAt[k]] == k) mentions++;
        return mentions == 1;
    }

    // A code named earlier in token t's clause, since its last "and" ("23 minutes on NMR (97112) and 15 minutes on
    // therapeutic exercise (97110)": the 15 starts an entry of its own).
    private static bool MentionBefore(NoteScratch s, int t)
    {
        for (var k = t - 1; k >= 0 && s.Clause[k] == s.Clause[t] && s.Token(k) is not ("and" or "then" or "plus"); k--)
            if (s.MentionAt[k] >= 0) return true;
        return false;
    }

    // Words between minutes and the service they were spent on: "10 minutes on manual therapy",
    // "the remaining eighteen minutes were therapeutic exercise".
    private static bool IsLinkingWord(NoteScratch s, int t) => s.Token(t) is "on" or "were" or "was" or "in" or "doing";

    // The token after the minutes' unit.
    private static int AfterUnit(NoteScratch s, int t)
    {
        var after = t + 1;
        if (after < s.Count && s.MatchAt[after] is var unit and >= 0) after = s.MatchStart[unit] + s.MatchLength[unit];
        return after;
    }

    // "40 minutes total", "total of 40 min", "total treatment time 40 min": the visit's time, not one code's.
    // "Total timed minutes: 25", "Timed total (min): 25": the timed total as a field's value (a treatment-time total may
    // hold untimed minutes, so only a timed one).
    private static bool AfterTimedTotalLabel(NoteScratch s, int t)
    {
        if (t < 2 || (s.Flags[t] & TokenFlags.Integer) == 0 || (s.Flags[t - 1] & TokenFlags.Label) == 0 || s.Line[t - 1] != s.Line[t]
            || !(s.Token(t - 1) is "minutes" or "mins" or "min" or "total" || (s.Token(t - 1) is "today" && s.Token(t - 2) is "minutes" or "mins" or "min"))) return false;
        // ("timed min today: 28": the timed minutes of the day are their total.)
        if (t >= 3 && s.Token(t - 1) is "today" && s.Token(t - 3) is "timed") return true;
        bool total = false, timed = false;
        for (var k = t - 1; k >= Math.Max(0, t - 4) && s.Line[k] == s.Line[t]; k--)
        {
            total |= s.Token(k) is "total" or "tot";
            timed |= s.Token(k) is "timed";
        }
        return total && timed;
    }

    private static bool IsTotal(NoteScratch s, int t)
    {
        var after = AfterUnit(s, t);
        // (In its own cell: "GT=15 | timed total=38" — the next cell's total is not this number's.)
        if (after < s.Count && s.Sentence[after] == s.Sentence[t] && s.Cell[after] == s.Cell[t] && s.StartsOrIn(after, PhraseKind.TotalCue)) return true;
        if (TotalOfTheCodesLabel(s, t, after)) return true;
        // "97116 20 + 97530 18 = 38": the sum's total (after a term that is itself a code's minutes).
        // ("97110 2 = 30 min" is units and their minutes: a term under 5 is no minutes.)
        if (t > 1 && (s.Flags[t - 1] & TokenFlags.BeforeEquals) != 0 && s.Sentence[t - 1] == s.Sentence[t] && s.MentionAt[t - 2] >= 0
            && int.TryParse(s.Token(t - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var term) && term >= 5
            && int.TryParse(s.Token(t), NumberStyles.None, CultureInfo.InvariantCulture, out var sum) && sum > term) return true;
        if (NamesCodesAfter(s, after, t)) return true;
        // "Timed 37 min = TA 97530 22 + TE 97110 15": minutes before codes that each carry their own number are their sum.
        // (The sum opens its line, "Timed" at most before it, and the codes' own numbers are bare: not "NMR 20 min TE 15 min GT 10 min".)
        if (t - s.LineStartOf(t) <= 1 && (t == 0 || s.MentionAt[t - 1] < 0)
            && after < s.Count && s.Sentence[after] == s.Sentence[t] && s.MentionAt[after] is var first and >= 0 && s.MentionStart[first] == after
            && NumberRightAfter(s, first) is int n && NextCodeHasItsNumber(s, t, first, n)) return true;
        var reach = Math.Max(0, t - TotalReachBefore);
        for (var k = t - 1; k >= reach && s.Clause[k] == s.Clause[t]; k--)
        {
            // "38 total (97112: 23 min; …)": a code between the cue and the number owns the number.
            if (s.MentionAt[k] >= 0) return false;
            // "Total for session (Sam + Dana): 38 min": who gave it, in brackets between the cue and the number, is passed over.
            if ((s.Flags[k] & TokenFlags.ClosesParen) != 0 && NamesInBracketsFrom(s, k) is var open and >= 0)
            {
                reach = Math.Max(0, reach - (k - open + 1));
                k = open;
                continue;
            }
            // "97110 TE tot 38 min", "97112 x 2 units — total 25 min": one code's own total, named before the cue, is that
            // code's time — but not where a charge line lists several codes' units before it: "Charges: 97112 x 2 units,
            // 97110 x 1 unit — total treatment time 40 min" is the visit's.
            if (s.StartsOrIn(k, PhraseKind.TotalCue))
            {
                var cue = s.MatchAt[k] >= 0 ? s.MatchStart[s.MatchAt[k]] : k;
                // "97112 Neuromuscular re-education; 97116 Gait training — total timed 37 min": after a spaced dash, the total of
                // the codes listed before it on its line.
                if ((s.Flags[cue] & TokenFlags.AfterDash) != 0 && MentionsListedBefore(s, cue) >= 2) return true;
                return ChargesBefore(s, cue) >= 2 || !OneMentionBefore(s, k);
            }
        }
        // "| TOTAL TIMED MIN         38 |": the cue fills the cell before, the number stands alone in its own.
        if (t > 0 && s.Line[t - 1] == s.Line[t] && s.Cell[t - 1] != s.Cell[t] && (t + 1 >= s.Count || s.Cell[t + 1] != s.Cell[t] || s.Line[t + 1] != s.Line[t]))
            for (var k = t - 1; k >= Math.Max(0, t - 1 - TotalReachBefore) && s.Cell[k] == s.Cell[t - 1] && s.MentionAt[k] < 0; k--)
                if (s.StartsOrIn(k, PhraseKind.TotalCue))
                    return ChargesBefore(s, s.MatchAt[k] >= 0 ? s.MatchStart[s.MatchAt[k]] : k) >= 2 || !OneMentionBefore(s, k);
        return false;
    }

    // "Total timed treatment for the two codes: 38 minutes": a line opening with "total", its label ending in the codes together
    // ("the two codes", "both codes", "all three codes"), then the number alone to the clause's end — not "Minutes for all three
    // codes: 23 NMR, 15 TE, 10 TA", "Rationale for both codes: 23 min of NMR …" (the codes' own minutes follow).
    private static bool TotalOfTheCodesLabel(NoteScratch s, int t, int after)
    {
        if (t < 3 || s.Token(t - 1) is not "codes" || (s.Flags[t - 1] & TokenFlags.Label) == 0 || s.Line[t - 1] != s.Line[t]
            || !(s.Token(t - 2) is "both" || (s.Token(t - 2) is "two" or "2" or "three" or "3" && s.Token(t - 3) is "the" or "all"))) return false;
        var first = s.LineStartOf(t);
        if (s.Token(first) is not "total" || t - first > TotalLabelWords) return false;
        return after >= s.Count || s.Line[after] != s.Line[t] || s.Clause[after] != s.Clause[t];
    }

    private const int TotalLabelWords = 10;

    // Where the bracket closing at k opens: a few words, no number or code among them ("(Sam + Dana)", "(both of us)"); -1 for none.
    private static int NamesInBracketsFrom(NoteScratch s, int k)
    {
        for (var o = k; o >= Math.Max(0, k - MaxBracketedNames) && s.Line[o] == s.Line[k]; o--)
        {
            if (s.MentionAt[o] >= 0 || (s.Flags[o] & (TokenFlags.Number | TokenFlags.CodeLike)) != 0) return -1;
            if ((s.Flags[o] & TokenFlags.AfterParen) != 0) return o;
        }
        return -1;
    }

    private const int MaxBracketedNames = 4;

    // After the first code's number, the next code with its own number: right after it ("= TA 97530 22 + TE 97110 15"), or
    // after what was done in brackets, on the line ("Timed 30 min: 97112 15 (tandem …; SLS …), 97110 15 (bridges …)").
    private static bool NextCodeHasItsNumber(NoteScratch s, int t, int first, int n)
    {
        var next = n + 1;
        if (next >= s.Count) return false;
        if (s.Sentence[next] == s.Sentence[t] && s.MentionAt[next] is var second and >= 0 && second != first) return NumberRightAfter(s, second) is not null;
        return (s.Flags[next] & TokenFlags.AfterParen) != 0 && first + 1 < s.MentionCount && s.Line[s.MentionStart[first + 1]] == s.Line[t]
            && NumberRightAfter(s, first + 1) is not null;
    }

    private static int? NumberRightAfter(NoteScratch s, int mention)
    {
        var k = s.MentionEnd[mention];
        return k < s.Count && s.Sentence[k] == s.Sentence[s.MentionStart[mention]] && (s.Flags[k] & TokenFlags.Integer) != 0 && (s.Flags[k] & TokenFlags.CodeLike) == 0
            && !s.IsMinuteNumber(k) ? k : null;
    }

    // Codes named with units ("97112 x 2 units") back from the cue in its sentence, up to minutes already stated.
    private static int ChargesBefore(NoteScratch s, int cue)
    {
        var codes = 0;
        var units = false;
        for (var k = cue - 1; k >= 0 && s.Sentence[k] == s.Sentence[cue]; k--)
        {
            if (s.IsMinuteNumber(k)) break;
            units |= s.Token(k) is "unit" or "units";
            if (s.MentionAt[k] >= 0 && s.MentionStart[s.MentionAt[k]] == k) codes++;
        }
        return units ? codes : 0;
    }

    // "Time: 30 min (97112 + 97116 combined)", "OT session 40 min (ther ex + ther act)": two codes or
    // their names right after the minutes, with no minutes of their own before the second, share them.
    private static bool NamesCodesAfter(NoteScratch s, int after, int t)
    {
        if (!s.IsMinuteNumber(t)) return false;
        var k = after;
        if (k < s.Count && s.Token(k) is "of") k++;
        // The first code right after the minutes, then only joining words between the codes: "20 min of ther
        // ex before manual and NMR" and "ther ex 20 min to warm up for manual and gait" are one code's time.
        if (k >= s.Count || s.MentionAt[k] < 0 || s.Sentence[k] != s.Sentence[t]) return false;
        var codes = 0UL;
        var last = -1;
        for (; k < Math.Min(s.Count, after + CodesAfterReach) && s.Sentence[k] == s.Sentence[t]; k++)
        {
            var mention = s.MentionAt[k];
            if (mention < 0)
            {
                if (s.Token(k) is "and" or "or" or "combined" or "total" or "together") continue;
                return false;
            }
            if (mention == last) continue;
            // "fifteen minutes on gait re-education (97116)": one code, named twice.
            if (codes != 0 && (s.MentionCodes[mention] & codes) == 0) return true;
            codes |= s.MentionCodes[mention];
            last = mention;
        }
        return false;
    }

    private const int CodesAfterReach = 8;

    // After the unit: "each", "daily", "rest", a count ("1 min x 3").
    private bool IsIntervalOrRest(NoteScratch s, int t)
    {
        var after = AfterUnit(s, t);
        for (var k = after; k < Math.Min(s.Count, after + NotSessionReach) && s.Clause[k] == s.Clause[t]; k++)
        {
            // "15 minute: walk with front-wheel walker": the walk is the service after the label's colon, not a walk
            // test or a walk at home ("5 minutes: rest break" is still a rest).
            if ((s.Flags[k - 1] & TokenFlags.Label) != 0 && s.Token(k) is "walk" or "walking" or "walked") break;
            // "12 min before his wound-clinic appointment, 11 min after": the second part of a session split around something,
            // not a time after something.
            if (k == after && s.Token(k) is "after" && (k + 1 >= s.Count || s.Clause[k + 1] != s.Clause[k]) && PartBeforeEarlier(s, t)) break;
            // ("NMR split around his wound-clinic appointment: 12 min before, 11 min after": so is the first.)
            if (k == after && s.Token(k) is "before" && PartAfterLater(s, k)) break;
            if (s.StartsOrIn(k, PhraseKind.NotSessionAfter)) return true;
            if (k == after && ((s.Flags[k] & TokenFlags.Count) != 0 || (s.WordId[k] == _wordX && k + 1 < s.Count && (s.Flags[k + 1] & TokenFlags.Number) != 0))) return true;
        }
        return false;
    }

    // "part 2: 12 min", "…, 11 min after" (after "12 min before …"): minutes of a part of the session.
    private static bool IsPartOfTheSession(NoteScratch s, int t)
    {
        if (t >= 2 && s.Token(t - 2) is "part" && (s.Flags[t - 1] & (TokenFlags.Integer | TokenFlags.Label)) == (TokenFlags.Integer | TokenFlags.Label)) return true;
        var after = AfterUnit(s, t);
        return after < s.Count && s.Token(after) is "after" && PartBeforeEarlier(s, t);
    }

    private static bool PartAfterLater(NoteScratch s, int t)
    {
        var found = false;
        for (var k = t + 1; k < Math.Min(s.Count, t + 30) && s.Sentence[k] == s.Sentence[t]; k++)
            found |= s.Token(k) is "after" && s.Token(k - 1) is "min" or "mins" or "minutes";
        return found && !VitalsInSentence(s, t);
    }

    private static bool PartBeforeEarlier(NoteScratch s, int t)
    {
        for (var k = t - 1; k > Math.Max(0, t - 30) && s.Sentence[k] == s.Sentence[t]; k--)
            if (s.Token(k) is "before" && s.Token(k - 1) is "min" or "mins" or "minutes") return !VitalsInSentence(s, t);
        return false;
    }

    // ("HR 78 5 min before gait; HR 104 1 min after": when vital signs were taken, not parts of a session.)
    private static bool VitalsInSentence(NoteScratch s, int t)
    {
        var from = s.SentenceStartOf(t);
        for (var k = from; k < Math.Min(s.Count, from + 60) && s.Sentence[k] == s.Sentence[t]; k++)
            if (s.Token(k) is "hr" or "bp" or "spo2" or "o2" or "vitals" or "pulse" or "sat" or "sats" or "rpe") return true;
        return false;
    }

    // Minutes read loosely must be this session's time: not a frequency or an interval ("30 min
    // daily", "every 2 min", "after 10 min"), a duration per repetition ("3 x 1 min", "1 min x 3"),
    // a rest, or time in a home programme, a goal or the patient's report.
    private bool IsSessionTime(NoteScratch s, int t)
    {
        for (var k = t - 1; k >= Math.Max(0, t - NotSessionReach) && s.Clause[k] == s.Clause[t]; k--)
            if (s.StartsOrIn(k, PhraseKind.NotSessionBefore)) return false;
        if (t >= 2 && s.WordId[t - 1] == _wordX && (s.Flags[t - 2] & TokenFlags.Number) != 0) return false;
        if (IsIntervalOrRest(s, t)) return false;
        for (var k = t - 1; k >= 0 && s.Sentence[k] == s.Sentence[t]; k--)
            if (s.StartsOrIn(k, PhraseKind.NotSessionContext)) return false;
        return true;
    }
}
