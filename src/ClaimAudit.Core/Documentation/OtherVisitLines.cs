namespace ClaimAudit.Core.Documentation;

/// <summary>
/// Lines of a note that speak of another visit or of the plan rather than of today's service: the previous visit's or
/// last note's text carried forward ("Previous visit (03/02): "Seen 1:1. X1 yaw …"", "Per last note: 97112 30'"), the
/// plan of care's planned interventions and goals ("POC planned interventions: PNF, …", "LTG 1: Berg ≥ 50/56"), the
/// next visit's plan ("Plan next visit: start Otago"). A reviewer reads today's technique, measure, one-on-one and
/// minutes elsewhere; what such a line names of a deficit still stands (the plan's problem list is the patient's).
/// Known by the words that open the line.
/// </summary>
internal static class OtherVisitLines
{
    // The words a line opens with, lower-cased as tokens.
    private static readonly string[][] Openers =
    [
        ["previous", "visit"], ["prior", "visit"], ["last", "visit"], ["previous", "note"], ["prior", "note"], ["last", "note"],
        ["per", "last", "note"], ["per", "previous", "note"], ["per", "last", "visit"], ["previous", "session"], ["prior", "session"],
        ["last", "session"], ["copied", "forward"], ["carried", "forward"],
        ["plan", "of", "care"], ["poc"], ["planned", "interventions"], ["planned", "intervention"],
        ["next", "visit"], ["next", "session"], ["plan", "next", "visit"], ["plan", "for", "next", "visit"], ["plan", "next", "session"],
        ["ltg"], ["ltgs"], ["stg"], ["stgs"], ["long-term", "goal"], ["long-term", "goals"], ["short-term", "goal"], ["short-term", "goals"],
        ["long", "term", "goal"], ["long", "term", "goals"], ["short", "term", "goal"], ["short", "term", "goals"],
    ];

    public static void Mark(NoteScratch s)
    {
        s.AnyOtherVisitLine = false;
        if (s.Count == 0) return;
        var lines = s.Line[s.Count - 1] + 1;
        if (s.OtherVisitLine.Length < lines) s.OtherVisitLine = new bool[Math.Max(lines, s.OtherVisitLine.Length * 2)];
        Array.Clear(s.OtherVisitLine, 0, lines);
        for (var t = 0; t < s.Count; t++)
        {
            if (t > 0 && s.Line[t - 1] == s.Line[t]) continue;
            if (Opens(s, t) is not { } goal) continue;
            // A goal grid's rows carry today's values in a column under a heading that says so ("Goal | Baseline | Today
            // 03/04 | Status" over "STG 1  Berg ≥ 45/56 | 39/56 | 46/56 | Met").
            if (goal && UnderATodayColumn(s, t)) continue;
            s.OtherVisitLine[s.Line[t]] = true;
            s.AnyOtherVisitLine = true;
        }
    }

    public static bool On(NoteScratch s, int t) => s.AnyOtherVisitLine && s.OtherVisitLine[s.Line[t]];

    // A heading of columns (three cells at least) with "today", "current" or "now" in it, within the six lines above.
    private static bool UnderATodayColumn(NoteScratch s, int first)
    {
        for (var k = first - 1; k >= 0 && s.Line[first] - s.Line[k] <= 6; k--)
        {
            if (s.Token(k) is not ("today" or "current" or "now")) continue;
            var lineStart = s.LineStartOf(k);
            if (s.Cell[s.LineEndOf(k) - 1] - s.Cell[lineStart] >= 2) return true;
        }
        return false;
    }

    // Whether the line opens with another visit's or the plan's words: null if not, true for a goal, false otherwise.
    private static bool? Opens(NoteScratch s, int t)
    {
        foreach (var words in Openers)
        {
            if (t + words.Length > s.Count) continue;
            var all = true;
            for (var k = 0; k < words.Length && all; k++)
                all = s.Line[t + k] == s.Line[t] && s.Token(t + k).SequenceEqual(words[k]);
            if (all) return words[^1] is "ltg" or "ltgs" or "stg" or "stgs" or "goal" or "goals";
        }
        return null;
    }
}
