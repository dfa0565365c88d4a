namespace ClaimAudit.Core.Documentation;

/// <summary>
/// Checklists laid out as tables (cells split by "|" or tabs, not runs of spaces: "Treatment:  Completed"
/// is a label, not a header): a "Done" column ("Exercise | Sets |
/// Done") or a yes/no grid ("Item | Y | N"). A row whose Done cell is empty or "N", or whose grid has
/// no mark under Y or one under N, was not done: its tokens are marked <see cref="TokenFlags.Unticked"/>.
/// A mark is an "x", "y", "yes" or "done", or a ticked box (☒, ✓, [x]) in the cell.
/// </summary>
internal static class CheckboxTables
{
    public static void Resolve(NoteScratch s)
    {
        int done = -1, yes = -1, no = -1, headerCells = 0, mark = 0;
        for (var a = 0; a < s.Count;)
        {
            var b = a + 1;
            while (b < s.Count && s.Sentence[b] == s.Sentence[a]) b++;
            var sentence = s.Sentence[a];
            var hard = s.SentenceHardCells[sentence];
            // Columns count from the row's first cell, empty or not ("| Yes | No |" over "Pt seen 1:1 |  | ✓ |").
            var first = StartCell(s, sentence);
            var cells = s.SentenceEndCell[sentence] - first + 1;
            // The marks of this row (marks are kept in the order of the text).
            while (mark < s.CellMarkCount && s.CellMarkSentence[mark] < sentence) mark++;
            if (headerCells > 0 && hard && cells == headerCells)
            {
                var isDone = done >= 0 ? Marked(s, a, b, first + done, mark) : Marked(s, a, b, first + yes, mark) && !Marked(s, a, b, first + no, mark);
                if (!isDone)
                    for (var t = a; t < b; t++) s.Flags[t] |= TokenFlags.Unticked;
            }
            else
            {
                (done, yes, no, headerCells) = (-1, -1, -1, 0);
                if (hard && cells >= 2) Header(s, a, b, first, ref done, ref yes, ref no);
                if (done >= 0 || (yes >= 0 && no >= 0)) headerCells = cells;
            }
            a = b;
        }
    }

    // The cell a sentence starts in: where the one before it ended (a line break is no cell edge).
    private static int StartCell(NoteScratch s, int sentence) => sentence == 0 ? 0 : s.SentenceEndCell[sentence - 1];

    private static void Header(NoteScratch s, int a, int b, int first, ref int done, ref int yes, ref int no)
    {
        for (var t = a; t < b;)
        {
            var end = t;
            while (end < b && s.Cell[end] == s.Cell[t]) end++;
            var column = s.Cell[t] - first;
            if (end - t == 1 && s.Token(t) is "done" or "performed" or "completed" or "complete") done = column;
            else if (end - t == 2 && s.Token(t) is "y" && s.Token(t + 1) is "n") done = column;
            else if (end - t == 1 && s.Token(t) is "y" or "yes") yes = column;
            else if (end - t == 1 && s.Token(t) is "n" or "no") no = column;
            t = end;
        }
    }

    private static bool Marked(NoteScratch s, int a, int b, int cell, int firstMark)
    {
        for (var m = firstMark; m < s.CellMarkCount && s.CellMarkSentence[m] == s.Sentence[a]; m++)
            if (s.CellMarkCell[m] == cell) return s.CellMarkTicked[m];
        for (var t = a; t < b; t++)
            if (s.Cell[t] == cell && s.Token(t) is "x" or "y" or "yes" or "done" or "completed") return true;
        return false;
    }
}
