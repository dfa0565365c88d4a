namespace ClaimAudit.Core.Documentation;

/// <summary>
/// Words of a note that speak of another visit or of the plan rather than of today's service: the previous visit's or
/// last note's text carried forward ("Previous visit (03/02), copied forward: "Seen 1:1. X1 yaw …"", "Per last note:
/// 97112 30'"), the certified plan's planned interventions ("POC planned interventions: PNF, …", "Plan of care
/// (certified …): "Skilled 1:1 …""), a goal's target ("LTG 1: Berg ≥ 50/56"), the next visit's plan ("Plan next visit:
/// start Otago"). A reviewer reads today's technique, measure, one-on-one and minutes elsewhere; what such words name of a
/// deficit still stands (the plan's problem list is the patient's). Known by the words that open the line, as a field's
/// label ("Previous visit:", "Plan next visit:") or a goal's ("LTG 1"); they reach to the end of their sentence ("Previous visit: "Seen 1:1." …"), never
/// past today's words ("Previous visit: 30/10. This visit: …") or a goal's status ("STG 1 met: Berg 48/56"). A goal with a
/// value beside its target, or in a grid under a heading row, reports today and is not the plan's.
/// </summary>
internal static class OtherVisitLines
{
    // The words a line opens with, lower-cased as tokens. Not "POC:" or "Plan of care:" alone: as often today's
    // treatment under the plan's name ("POC: NMR 97112 23 min …").
    private static readonly string[][] Openers =
    [
        ["previous", "visit"], ["prior", "visit"], ["last", "visit"], ["previous", "visits"], ["prior", "visits"], ["previous", "note"], ["prior", "note"], ["last", "note"],
        ["per", "last", "note"], ["per", "previous", "note"], ["per", "last", "visit"], ["previous", "session"], ["prior", "session"],
        ["last", "session"], ["copied", "forward"], ["carried", "forward"],
        ["plan", "of", "care", "certified"], ["plan", "of", "care", "cert"], ["poc", "planned"], ["poc", "certified"], ["poc", "cert"],
        ["planned", "interventions"], ["planned", "intervention"],
        ["next", "visit"], ["next", "session"], ["plan", "next", "visit"], ["plan", "for", "next", "visit"], ["plan", "next", "session"],
        ["ltg"], ["ltgs"], ["stg"], ["stgs"], ["long-term", "goal"], ["long-term", "goals"], ["short-term", "goal"], ["short-term", "goals"],
        ["long", "term", "goal"], ["long", "term", "goals"], ["short", "term", "goal"], ["short", "term", "goals"],
        // A letter sent with the note, quoted before it ("From the appeal letter: "Over the episode … Berg rose …"").
        ["from", "the", "appeal", "letter"], ["from", "the", "cover", "letter"], ["appeal", "letter"], ["cover", "letter"],
    ];

    /// <summary>How many indented lines under another visit's heading are read as its.</summary>
    private const int IndentedLinesMax = 12;

    private static bool SaysPulledIn(NoteScratch s, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (s.Token(k) is "auto" or "auto-pulled" or "pulled" or "copied" or "carried" or "imported" or "charges") return true;
        return false;
    }

    public static void Mark(NoteScratch s)
    {
        s.AnyOtherVisitLine = false;
        for (var t = 0; t < s.Count; t++)
        {
            if (t > 0 && s.Line[t - 1] == s.Line[t]) continue;
            if (Opens(s, t) is not ({ } length, var goal)) continue;
            // "Last visit of POC — discharge summary: …" is this visit; "Last note's plan carried out: …" today's work.
            if (t + length < s.Count && s.Token(t + length) is "of" or "s") continue;
            if (goal && (UnderAHeadingRow(s, t) || ReportsAValue(s, t, length))) continue;
            var end = SentenceEnd(s, t, s.LineEndOf(t));
            // Only as a field's label ("Previous visit (03/02), copied forward:", "Plan next visit:", "LTG 1:"): "Previous
            // session pt had increased dizziness …, so regressed to x1, pt seen 1:1 23 min" is today's note telling why.
            if (!goal && !Labelled(s, t, end)) continue;
            var cut = false;
            for (var k = t + length; k < end; k++)
                if (TodaysWords(s, k) || (goal && GoalStatus(s, k))) { end = k; cut = true; break; }
            // "LAST VISIT (auto-pulled from the 11/30/2026 charges):" over "  97112 Neuromuscular reeducation | Min: 38": a heading whose
            // label ends its line reaches over the lines indented under it, up to today's words.
            // (Only a heading that says its lines were pulled in — "auto-pulled", "copied", "carried", "imported", "charges" — and not past a
            // blank line: "Prior visit comparison:" over "Berg 41/56 → 46/56" compares today's.)
            if (!goal && !cut && end == s.LineEndOf(t) && (s.Flags[end - 1] & TokenFlags.Label) != 0 && SaysPulledIn(s, t, end))
                for (var lines = 0; lines < IndentedLinesMax && end < s.Count && s.Column[end] > s.Column[t] && s.Line[end] == s.Line[end - 1] + 1; lines++)
                {
                    var lineEnd = s.LineEndOf(end);
                    for (var k = end; k < lineEnd && !cut; k++) cut = TodaysWords(s, k);
                    if (cut) break;
                    end = lineEnd;
                }
            for (var k = t; k < end; k++) s.Flags[k] |= TokenFlags.OtherVisit;
            s.AnyOtherVisitLine |= end > t;
        }
        MarkLetterBeforeNote(s);
        MarkRetractedByEdit(s);
    }

    // "The therapist provided perturbation training on foam and tandem walking with head turns. [Edited by D.W., PT: we only
    // discussed perturbation training and tandem walking for next week; today she …]": a clinician's edit of a drafted note saying
    // what was only discussed — the edit's list and the sentence before it that it takes back (a word of the list in it) speak of
    // the plan, not of today. The edit opens with "Edited"; "only discussed" (or "only talked about") comes within its first words.
    private static void MarkRetractedByEdit(NoteScratch s)
    {
        for (var t = 1; t < s.Count; t++)
        {
            if (s.Token(t) is not ("edited" or "edit")) continue;
            var d = -1;
            for (var k = t + 1; k + 1 < s.Count && k <= t + MaxEditLead && s.Line[k] == s.Line[t]; k++)
                if (s.Token(k) is "only" && s.Token(k + 1) is "discussed" || (s.Token(k) is "only" && k + 2 < s.Count && s.Token(k + 1) is "talked" && s.Token(k + 2) is "about"))
                {
                    d = s.Token(k + 1) is "talked" ? k + 3 : k + 2;
                    break;
                }
            int end;
            if (d >= 0 && d < s.Count)
            {
                // The list: up to its sentence's end, or "today" (what was done instead).
                end = d;
                while (end < s.Count && end - d < MaxEditList && s.Sentence[end] == s.Sentence[d] && s.Token(end) is not "today") end++;
            }
            // "Clinician edit: the rocker and foam-beam work above were planned for next visit, not done — today …": the list before
            // "planned for" or "not done", after the edit's label.
            else if (PlannedOrNotDone(s, t) is var (from, to) && from < to) (d, end) = (from, to);
            else continue;
            // The drafted sentence right before the edit, taken back from the first word of the list it names ("The patient was treated
            // one-on-one and the therapist provided perturbation training …" keeps its one-on-one).
            var before = s.SentenceStartOf(t) - 1;
            // (On the edit's line or the line before, a blank line between at most.)
            if (before >= 0 && s.Line[before] >= s.Line[t] - 2)
            {
                var from = s.SentenceStartOf(before);
                if (before - from < MaxEditList && FirstSharedWord(s, from, before + 1, d, end) is var first and >= 0)
                {
                    // (From the verb that says what was done, where one comes before that word: "He performed perturbation training on
                    // the rocker board …" with "the rocker … work above were planned".)
                    // (Only a verb a few words before it, no number between: not "performed 23 minutes of one-on-one neuromuscular
                    // re-education, including perturbation training on the rocker board" — its minutes and mode stand.)
                    for (var v = first - 1; v > from && v >= first - MaxVerbReach; v--)
                    {
                        if ((s.Flags[v] & (TokenFlags.Number | TokenFlags.Count)) != 0 || s.Token(v) is "1:1" or "one-on-one" or "individually" or "individual") break;
                        if (s.Token(v) is "performed" or "provided" or "included" or "including" or "did" or "completed" or "practiced" or "practised" or "received" or "underwent")
                        {
                            first = v + 1;
                            break;
                        }
                    }
                    for (var k = first; k <= before; k++) s.Flags[k] |= TokenFlags.OtherVisit;
                }
            }
            for (var k = d; k < end; k++) s.Flags[k] |= TokenFlags.OtherVisit;
            s.AnyOtherVisitLine = true;
            t = end;
        }
    }

    // After the edit's label (within its first words), the words up to "planned for" or "not done" / "not performed" on its line.
    private static (int From, int To) PlannedOrNotDone(NoteScratch s, int t)
    {
        var label = -1;
        for (var a = t; a < s.Count && a <= t + MaxEditLead && s.Line[a] == s.Line[t]; a++)
            if ((s.Flags[a] & TokenFlags.Label) != 0) { label = a; break; }
        if (label < 0) return (0, 0);
        // (It takes back what the draft said was done: "not done" with "above", "planned" or "discussed" — not "perturbation
        // reassessment not done, will do at re-eval", "rocker board progression planned for next visit", a plan or a test deferred.)
        int notDone = -1, firstCue = -1;
        var back = false;
        for (var k = label + 1; k + 1 < s.Count && k <= label + MaxEditList && s.Line[k] == s.Line[t]; k++)
        {
            if (s.Token(k) is "above" or "planned" or "discussed") { back = true; if (firstCue < 0 && s.Token(k) is "planned" or "discussed") firstCue = k; }
            if (s.Token(k) is "not" && s.Token(k + 1) is "done" or "performed" or "completed") { notDone = k; break; }
        }
        if (notDone < 0 || !back) return (0, 0);
        return (label + 1, firstCue >= 0 && firstCue < notDone ? firstCue : notDone);
    }

    // The first word in [from, to) of six letters or more that the list [listFrom, listTo) also has ("perturbation"); -1 for none.
    private static int FirstSharedWord(NoteScratch s, int from, int to, int listFrom, int listTo)
    {
        for (var b = from; b < to; b++)
        {
            if (s.Token(b).Length < 6) continue;
            for (var a = listFrom; a < listTo; a++)
                if (s.Token(b).SequenceEqual(s.Token(a))) return b;
        }
        return -1;
    }

    /// <summary>How many words of an edit may come before "only discussed", and how long its list and the sentence it takes back may be.</summary>
    private const int MaxEditLead = 12, MaxEditList = 40, MaxVerbReach = 6;

    // A cover letter above a line that says the note follows ("——— visit note follows ———"): the letter's words ("all our
    // therapists provide one-on-one care") are the sender's, not the visit's.
    private static void MarkLetterBeforeNote(NoteScratch s)
    {
        var lastCode = -2;
        for (var t = 1; t < s.Count; t++)
        {
            if (s.Line[t - 1] == s.Line[t] || !SaysTheNoteFollows(s, t, s.LineEndOf(t))) continue;
            if (lastCode == -2) lastCode = LastCodeName(s);
            if (lastCode < s.LineEndOf(t)) continue;
            for (var k = 0; k < t; k++) s.Flags[k] |= TokenFlags.OtherVisit;
            s.AnyOtherVisitLine = true;
            return;
        }
    }

    // (A note does follow: a code is named below the line — not a stray divider under the note itself.) The last code name's token, or -1.
    private static int LastCodeName(NoteScratch s)
    {
        for (var k = s.Count - 1; k >= 0; k--)
            if (s.StartsOrIn(k, PhraseKind.CodeName)) return k;
        return -1;
    }

    // The line's words are "note follows" and at most three words naming the note ("visit note follows", "daily note below").
    private static bool SaysTheNoteFollows(NoteScratch s, int t, int end)
    {
        if (end - t > 5 || end - t < 2 || s.Token(end - 1) is not ("follows" or "below") || s.Token(end - 2) is not ("note" or "notes" or "record" or "records")) return false;
        for (var k = t; k < end - 2; k++)
            if (s.Token(k) is not ("visit" or "daily" or "treatment" or "clinical" or "progress" or "encounter" or "the" or "therapy" or "pt")) return false;
        return true;
    }

    public static bool On(NoteScratch s, int t) => s.AnyOtherVisitLine && (s.Flags[t] & TokenFlags.OtherVisit) != 0;

    private static bool Labelled(NoteScratch s, int t, int end)
    {
        for (var k = t; k < end; k++)
            if ((s.Flags[k] & TokenFlags.Label) != 0) return true;
        return false;
    }

    // A goal's line with a value beside its target ("STG 1: Berg ≥ 48/56 - 47/56, partially met", "STG: Berg 45/56 -> 47/56")
    // reports today: two numbers at least, not counting the goal's own number ("STG 1"), dates, or a time frame ("by 5/1").
    private static bool ReportsAValue(NoteScratch s, int t, int length)
    {
        var numbers = 0;
        for (var k = t + length; k < s.Count && s.Line[k] == s.Line[t]; k++)
        {
            if ((s.Flags[k] & TokenFlags.Number) == 0 || (s.Flags[k] & (TokenFlags.LikelyDate | TokenFlags.DateOrTime)) != 0) continue;
            if (k == t + length || s.Token(k - 1) is "by" or "in" or "within" or "x") continue;
            if (++numbers >= 2) return true;
        }
        return false;
    }

    // A goal's status, after which its line reports today ("STG 1 (Berg 45/56 by 3/30): MET, Berg 47/56", "Short term goal:
    // DGI ≥ 19/24. Current: 20/24", "STG: Berg improved 41/56 -> 47/56").
    private static bool GoalStatus(NoteScratch s, int k) =>
        s.Token(k) is "met" or "achieved" or "status" or "current" or "progressing" or "progress" or "improved" or "ongoing" or "date";

    private static int SentenceEnd(NoteScratch s, int t, int lineEnd)
    {
        var k = t;
        while (k < lineEnd && s.Sentence[k] == s.Sentence[t]) k++;
        // ("PREVIOUS SESSION (12/02): 97112 — 30 min; 97116 — 8 min.": a list of that visit's codes goes on past a semicolon —
        // from a sentence that lists a code to one that opens with another, not "Previous visit: TKE w/ green TB. Ther ex 15 min".)
        var listsCodes = false;
        for (var c = t; c < k && !listsCodes; c++) listsCodes = (s.Flags[c] & TokenFlags.CodeLike) != 0;
        while (listsCodes && k < lineEnd && (s.Flags[k] & TokenFlags.CodeLike) != 0)
        {
            var sentence = s.Sentence[k];
            while (k < lineEnd && s.Sentence[k] == sentence) k++;
        }
        return k;
    }

    // "today", "this visit", "this session", "now", "updated" ("Carried forward from 3/2 note and updated: pt seen 1:1 …").
    private static bool TodaysWords(NoteScratch s, int k) =>
        s.Token(k) is "today" or "now" or "currently" or "updated" || (s.Token(k) is "this" && k + 1 < s.Count && s.Token(k + 1) is "visit" or "session" or "date" or "dos" or "tx");

    // A goal grid's row: a heading of three cells at least above it (within six lines) that is no goal of its own
    // ("Goal | Baseline | Today 03/04 | Status" over "STG 1  Berg ≥ 45/56 | 39/56 | 46/56 | Met").
    private static bool UnderAHeadingRow(NoteScratch s, int first)
    {
        for (var k = first - 1; k >= 0 && s.Line[first] - s.Line[k] <= 6; k--)
        {
            if (k > 0 && s.Line[k - 1] == s.Line[k]) continue;
            if (s.Cell[s.LineEndOf(k) - 1] - s.Cell[k] >= 2 && Opens(s, k) is not (_, true)) return true;
        }
        return false;
    }

    // The opening words' length and whether they open a goal; (null, false) when the line opens with none of them.
    private static (int? Length, bool Goal) Opens(NoteScratch s, int t)
    {
        foreach (var words in Openers)
        {
            if (t + words.Length > s.Count) continue;
            var all = true;
            for (var k = 0; k < words.Length && all; k++)
                all = s.Line[t + k] == s.Line[t] && s.Token(t + k).SequenceEqual(words[k]);
            if (all) return (words.Length, words[^1] is "ltg" or "ltgs" or "stg" or "stgs" or "goal" or "goals");
        }
        return (null, false);
    }
}
