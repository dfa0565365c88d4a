namespace ClaimAudit.Core.Documentation;

/// <summary>
/// A grid whose heading line names its columns where they stand ("Impairment    L    R    B    NA",
/// "Technique    POC   Today") and whose rows mark a column with a tick or an X under it. A row marked
/// only under a column that says the item was not done or does not apply — NA, N/A, UTA, none, not
/// tested, or POC/plan beside a Today column — is an item left undone: its words are unticked, as an
/// empty box's are. A row marked under any other column stands. The heading holds for the lines after
/// it up to a blank line (at most <see cref="MaxRows"/>). Called by <see cref="NoteTokenizer"/> at each line end.
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
        bool undone = false, done = false;
        for (var i = s.GridFrom[0] - Reach; i < line.Length; i++)
        {
            if (i < 0 || !IsMark(line, i)) continue;
            var column = ColumnAt(s, i);
            if (column < 0) continue;
            if (s.GridUndone[column]) undone = true; else done = true;
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
        var today = false;
        for (var c = 1; c < cells; c++)
        {
            var name = line[from[c]..to[c]].Trim();
            if (name.Length > 12) return false;
            today |= name.Equals("today", StringComparison.OrdinalIgnoreCase);
        }
        int undone = 0, other = 0;
        Span<bool> isUndone = stackalloc bool[MaxColumns + 1];
        for (var c = 1; c < cells; c++)
        {
            var name = line[from[c]..to[c]].Trim();
            isUndone[c] = IsUndoneColumn(name) || (today && IsPlanColumn(name));
            if (isUndone[c]) undone++; else other++;
        }
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
        || name.Equals("uta", StringComparison.OrdinalIgnoreCase) || name.Equals("none", StringComparison.OrdinalIgnoreCase)
        || name.Equals("nt", StringComparison.OrdinalIgnoreCase) || name.Equals("n/t", StringComparison.OrdinalIgnoreCase)
        || name.Equals("not tested", StringComparison.OrdinalIgnoreCase) || name.Equals("not done", StringComparison.OrdinalIgnoreCase);

    private static bool IsPlanColumn(ReadOnlySpan<char> name) =>
        name.Equals("poc", StringComparison.OrdinalIgnoreCase) || name.Equals("plan", StringComparison.OrdinalIgnoreCase)
        || name.Equals("planned", StringComparison.OrdinalIgnoreCase);

    // A tick or an X standing alone between spaces.
    private static bool IsMark(ReadOnlySpan<char> line, int i) =>
        line[i] is 'X' or 'x' or '\u2713' or '\u2714' or '\u2611' or '\u2612' or '\u2717' or '\u2718' or '\u25CF' or '*'
        && (i == 0 || line[i - 1] is ' ' or '\t' or '|') && (i + 1 >= line.Length || line[i + 1] is ' ' or '\t' or '|' or '\r');

    // The column whose name stands over char i, give or take two chars.
    private static int ColumnAt(NoteScratch s, int i)
    {
        for (var c = 0; c < s.GridColumnCount; c++)
            if (i >= s.GridFrom[c] - Reach && i < s.GridTo[c] + Reach) return c;
        return -1;
    }
}
