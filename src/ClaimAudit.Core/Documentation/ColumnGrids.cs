namespace ClaimAudit.Core.Documentation;

/// <summary>
/// A grid whose heading line names its columns where they stand ("Impairment    L    R    B    NA",
/// "Technique    POC   Today") and whose rows mark a column with a tick or an X under it. A row marked
/// only under a column that says the item was not done or does not apply — NA, N/A, UTA, none, not
/// tested, POC/plan beside a Today column, N beside a Y column — is an item left undone: its words are unticked, as an
/// empty box's are. A row marked under any other column stands. The heading holds for the lines after
/// it up to a blank line (at most <see cref="MaxRows"/>). A heading of assistance or cueing levels
/// ("Max  Mod  Min  None") is a scale, not such a grid. Called by <see cref="NoteTokenizer"/> at each line end.
/// </summary>
internal static class ColumnGrids
{
    private const int MaxRows = 16, MaxColumns = 8, Reach = 2;

    public static void EndLine(NoteScratch s, ReadOnlySpan<char> text, int lineStartChar, int lineEndChar, int lineStart)
    {
        var line = text[lineStartChar..Math.Max(lineStartChar, lineEndChar)];
        if (line.IsWhiteSpace()) { s.GridColumnCount = 0; return; }
        if (ReadHeading(s, line)) return;
        if (s.GridColumnCount == 0) return;
        if (++s.GridRows > MaxRows) { s.GridColumnCount = 0; return; }
        // The row's cells after its label: a mark under a not-done column leaves the item undone; anything
        // under another column ("X", "Y", "done", "3x10", "10 min") says it was done.
        bool undone = false, done = false;
        var i = 0;
        var first = true;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] is ' ' or '\t' or '|') i++;
            if (i >= line.Length) break;
            var start = i;
            while (i < line.Length && line[i] is not ('\t' or '|') && !(line[i] == ' ' && i + 1 < line.Length && line[i + 1] is ' ' or '\t')) i++;
            if (first && start < s.GridFrom[0] - Reach) { first = false; continue; }
            first = false;
            var column = ColumnAt(s, start);
            if (column < 0) continue;
            if (!s.GridUndone[column]) done = true;
            else if (i - start == 1 && IsMark(line, start)) undone = true;
        }
        if (!undone || done) return;
        for (var t = lineStart; t < s.Count; t++) s.Flags[t] |= TokenFlags.Unticked;
    }

    // Three cells at least, split by runs of spaces, tabs or bars; every cell after the first a short
    // column name; one of them a not-done column and one another column.
    private static bool ReadHeading(NoteScratch s, ReadOnlySpan<char> line)
    {
        Span<int> from = stackalloc int[MaxColumns + 1], to = stackalloc int[MaxColumns + 1];
        var cells = 0;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] is ' ' or '\t' or '|') i++;
            if (i >= line.Length) break;
            if (cells > MaxColumns) return false;
            var start = i;
            while (i < line.Length && line[i] is not ('\t' or '|') && !(line[i] == ' ' && i + 1 < line.Length && line[i + 1] is ' ' or '\t')) i++;
            from[cells] = start;
            to[cells] = i;
            cells++;
        }
        if (cells < 3) return false;
        bool today = false, yes = false;
        for (var c = 1; c < cells; c++)
        {
            var name = line[from[c]..to[c]].Trim();
            if (name.Length > 12) return false;
            today |= name.Equals("today", StringComparison.OrdinalIgnoreCase);
            yes |= name.Equals("y", StringComparison.OrdinalIgnoreCase) || name.Equals("yes", StringComparison.OrdinalIgnoreCase);
        }
        int undone = 0, other = 0;
        Span<bool> isUndone = stackalloc bool[MaxColumns + 1];
        for (var c = 1; c < cells; c++)
        {
            var name = line[from[c]..to[c]].Trim();
            isUndone[c] = IsUndoneColumn(name) || (today && IsPlanColumn(name)) || (yes && IsNoColumn(name));
            if (isUndone[c]) undone++; else other++;
        }
        // A scale of levels is no grid of done and not done: its "None" is a level ("Max  Mod  Min  None").
        for (var c = 1; c < cells; c++)
            if (IsLevel(line[from[c]..to[c]].Trim())) return false;
        if (undone == 0 || other == 0) return false;
        s.GridColumnCount = cells - 1;
        for (var c = 1; c < cells; c++)
        {
            s.GridFrom[c - 1] = from[c];
            s.GridTo[c - 1] = to[c];
            s.GridUndone[c - 1] = isUndone[c];
        }
        s.GridRows = 0;
        return true;
    }

    private static bool IsUndoneColumn(ReadOnlySpan<char> name) =>
        name.Equals("na", StringComparison.OrdinalIgnoreCase) || name.Equals("n/a", StringComparison.OrdinalIgnoreCase)
        || name.Equals("uta", StringComparison.OrdinalIgnoreCase)
        || name.Equals("nt", StringComparison.OrdinalIgnoreCase) || name.Equals("n/t", StringComparison.OrdinalIgnoreCase)
        || name.Equals("not tested", StringComparison.OrdinalIgnoreCase) || name.Equals("not done", StringComparison.OrdinalIgnoreCase);

    private static bool IsLevel(ReadOnlySpan<char> name)
    {
        foreach (var level in Levels)
            if (name.Equals(level, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] Levels = ["max", "mod", "min", "cga", "sba", "ind", "indep", "mod i", "modi", "sup", "supervision", "dep", "total", "none", "set-up", "setup"];

    // "Session   Y   N": beside a Y column, the N column is the not-done one.
    private static bool IsNoColumn(ReadOnlySpan<char> name) =>
        name.Equals("n", StringComparison.OrdinalIgnoreCase) || name.Equals("no", StringComparison.OrdinalIgnoreCase);

    private static bool IsPlanColumn(ReadOnlySpan<char> name) =>
        name.Equals("poc", StringComparison.OrdinalIgnoreCase) || name.Equals("plan", StringComparison.OrdinalIgnoreCase)
        || name.Equals("planned", StringComparison.OrdinalIgnoreCase);

    // A tick or an X standing alone between spaces.
    private static bool IsMark(ReadOnlySpan<char> line, int i) =>
        line[i] is 'X' or 'x' or 'N' or 'n' or '\u2713' or '\u2714' or '\u2611' or '\u2612' or '\u2717' or '\u2718' or '\u25CF' or '*'
        && (i == 0 || line[i - 1] is ' ' or '\t' or '|') && (i + 1 >= line.Length || line[i + 1] is ' ' or '\t' or '|' or '\r');

    // The column whose name stands over char i, give or take two chars.
    private static int ColumnAt(NoteScratch s, int i)
    {
        for (var c = 0; c < s.GridColumnCount; c++)
            if (i >= s.GridFrom[c] - Reach && i < s.GridTo[c] + Reach) return c;
        return -1;
    }
}
