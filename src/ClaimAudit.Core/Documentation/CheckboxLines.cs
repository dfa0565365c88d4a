namespace ClaimAudit.Core.Documentation;

/// <summary>
/// Reads the checkboxes of one line of a template note and marks what an empty box leaves undone
/// (<see cref="TokenFlags.Unticked"/>), so that an unticked item is not taken as written:
/// <list type="bullet">
/// <item>boxes before their items ("Balance: [ ] rocker board [x] level floor"): an item runs from its
/// box to the next box or the end of its sentence;</item>
/// <item>boxes after their items ("Foam ☐  BAPS ☒", "1:1 ( )") — a line whose last box has no word after
/// it: an item runs from the previous box, or the line's label ("Surface:"), up to its box;</item>
/// <item>a yes/no question ("Direct contact: [ ] Y [x] N", "One-on-one: Yes ☐ No ☐", "Treated 1:1? [ ] yes
/// [x] no (2 in session)" — a remark may follow the last answer): the question's words stand only when
/// "yes" alone is ticked; a ticked "no", or no answer, leaves them unsaid.</item>
/// </list>
/// And in a list marked with X or ticks alone ("X  bridges 3x12" / "   clamshells"), where the mark's
/// absence is the empty box: an indented line without a mark, aligned with the marked lines' items,
/// in a block of lines (up to a blank or an unindented unmarked line) is an item left undone.
/// Called by <see cref="NoteTokenizer"/> at each line end, over the tokens and boxes of that line.
/// </summary>
internal static class CheckboxLines
{
    public static void EndLine(NoteScratch s, int lineStart, int indent, int markedTextColumn, bool continuation)
    {
        var lineEnd = s.Count;
        var marked = markedTextColumn >= 0 && s.BoxCount > 0 && s.BoxStart[0] == lineStart && s.BoxTicked[0];
        for (var b = 0; b < s.BoxCount; b++)
            if (!s.BoxTicked[b]) s.BlockHasEmptyBox = true;
        Resolve(s, lineStart);
        if (lineEnd == lineStart) EndBlock(s);
        else if (marked) s.MarkColumns |= 1UL << Math.Min(markedTextColumn, 63);
        else if (continuation) { }
        else if (indent >= 0) s.AddPendingLine(lineStart, lineEnd, indent);
        else EndBlock(s);
    }

    // Only a list marked by X or ticks alone, where no line has an empty box of its own: an indented
    // unmarked line standing where the marked lines' items start is an item without its mark.
    public static void EndBlock(NoteScratch s)
    {
        if (s.MarkColumns != 0 && !s.BlockHasEmptyBox)
            for (var p = 0; p < s.PendingCount; p++)
                if ((s.MarkColumns & (1UL << Math.Min(s.PendingIndent[p], 63))) != 0) Mark(s, s.PendingFrom[p], s.PendingTo[p]);
        s.MarkColumns = 0;
        s.BlockHasEmptyBox = false;
        s.PendingCount = 0;
    }

    // Box b has a token of its own, the cell before it is another, and the word after it shares its cell.
    private static bool OpensItsCell(NoteScratch s, int b, int lineEnd) =>
        (s.BoxEnd[b] > s.BoxStart[b] && s.BoxEnd[b] < lineEnd && s.Cell[s.BoxStart[b] - 1] != s.Cell[s.BoxStart[b]] && s.Cell[s.BoxEnd[b]] == s.Cell[s.BoxStart[b]])
        // (A glyph that leaves no token — "■ PT with SM only" — opens the cell of the word after it.)
        // (Right after a field's colon: not "Individual ⬜   Group ✅", a glyph after its item.)
        || (s.BoxEnd[b] == s.BoxStart[b] && !s.BoxBlank[b] && s.BoxStart[b] > 0 && s.BoxStart[b] < lineEnd && s.Cell[s.BoxStart[b] - 1] != s.Cell[s.BoxStart[b]]
            && (s.Flags[s.BoxStart[b] - 1] & TokenFlags.Label) != 0);

    // Box b is followed by a remark in parentheses, and by nothing else on its line — a remark, not an item: five words or more,
    // or a count ("(balance class, 4 pts)"; "___ (other, specify)", "___ (Concurrent)" are items in parentheses).
    private static bool BoxEndsBeforeRemark(NoteScratch s, int b, int lineEnd)
    {
        var from = s.BoxEnd[b];
        if (from >= lineEnd || (s.Flags[from] & TokenFlags.AfterParen) == 0 || s.Sentence[from] != s.Sentence[lineEnd - 1]
            || (s.Flags[lineEnd - 1] & TokenFlags.ClosesParen) == 0) return false;
        if (lineEnd - from >= 5) return true;
        for (var k = from; k < lineEnd; k++)
            if ((s.Flags[k] & TokenFlags.Number) != 0) return true;
        return false;
    }

    private static bool AllUnderscored(NoteScratch s, int boxes)
    {
        for (var b = 0; b < boxes; b++)
            if (!s.BoxUnderscored[b]) return false;
        return true;
    }

    // Each box is followed by its state, "ON" or "OFF", and each item between is one to three words.
    private static bool StateWordAfterEachBox(NoteScratch s, int boxes, int lineEnd)
    {
        for (var b = 0; b < boxes; b++)
        {
            var after = s.BoxEnd[b];
            // (Written as a switch's state, in capitals: not "● on BOSU ○ off rail", marks before items with "on" and "off" in them.)
            if (after >= lineEnd || s.Token(after) is not ("on" or "off") || (s.Flags[after] & TokenFlags.AllCaps) == 0) return false;
            if (b + 1 < boxes && s.BoxStart[b + 1] - after - 1 is < 1 or > 3) return false;
        }
        return true;
    }

    // Every box after the first has an item of one to three words of its own before it.
    private static bool SlashAfterEachBox(NoteScratch s, int boxes)
    {
        for (var b = 0; b + 1 < boxes; b++)
            if (s.BoxEnd[b] >= s.Count || (s.Flags[s.BoxEnd[b]] & TokenFlags.AfterSpacedSlash) == 0) return false;
        return true;
    }

    private static bool BoxesBetweenItems(NoteScratch s, int boxes)
    {
        for (var b = 1; b < boxes; b++)
            if (s.BoxStart[b] - s.BoxEnd[b - 1] is < 1 or > 3) return false;
        return true;
    }

    // "Treatment Type:  Individual ⬜": a label's colon, then one to three words, then the first box
    // ("Interventions ☑ PNF D2 ☐ gait training" has its boxes before the items; so has "Code: 97112 ☒ 1:1 ☐ Group" — a code is
    // the field's value, no option of its boxes.)
    private static bool LabelBeforeFirstItem(NoteScratch s, int firstBox, int lineStart)
    {
        for (var k = firstBox - 1; k >= Math.Max(lineStart, firstBox - 4); k--)
        {
            if ((s.Flags[k] & TokenFlags.Label) != 0) return k < firstBox - 1;
            if ((s.Flags[k] & TokenFlags.CodeLike) != 0) return false;
        }
        return false;
    }

    private static void Resolve(NoteScratch s, int lineStart)
    {
        var lineEnd = s.Count;
        DropFieldEdges(s, lineStart, lineEnd);
        DropEmptyCells(s, lineStart, lineEnd);
        RunOnFieldBlanks(s, lineStart, lineEnd);
        var boxes = s.BoxCount;
        if (boxes == 0 || SlashFieldBox(s, lineStart, lineEnd)) return;
        s.BoxCount = 0;
        // (Not where the first box opens its cell with its item beside it: "Interventions:  ☐ Gaze stabilization  ☐ Other: ____"
        // ends in a blank to fill in, its boxes still before their items.)
        // (Nor where a single blank right after a label ends the line: "… | why: quad weakness | sets/reps: __" leaves only that
        // field unfilled, not the row.)
        var boxesAfterItems = s.BoxEnd[boxes - 1] == lineEnd && s.BoxStart[0] > lineStart && !(s.BoxBlank[boxes - 1] && OpensItsCell(s, 0, lineEnd))
            && !(boxes == 1 && s.BoxBlank[0] && (s.Flags[s.BoxStart[0] - 1] & TokenFlags.Label) != 0 && LabelCellStart(s, 0, lineStart) > lineStart)
            // (Nor where the first box opens a part of the line after a spaced dash, its item beside it: "… — 97112 — 23 min — ☐ PTA
            // ☒ PT — one-on-one ☒" ticks PT and one-on-one; the minutes before it are no item.)
            && !BoxOpensDashPartAfterMinutes(s, boxes, lineStart, lineEnd);
        // (There the last box, ending the line, is after its item: the words from the last spaced dash before it.)
        var lastAfterDashPart = !boxesAfterItems && boxes >= 2 && s.BoxEnd[boxes - 1] == lineEnd && BoxOpensDashPartAfterMinutes(s, boxes, lineStart, lineEnd)
            ? DashPartBefore(s, s.BoxEnd[boxes - 2], s.BoxStart[boxes - 1]) : -1;
        // "Treatment Type:  Individual ⬜   Group ✅ (3 pts, PT)": boxes after their items, a short remark
        // after the last one — the first box follows a word, not a label's colon ("Balance: [ ] rocker board").
        // ("Therapist : patient ratio   [X] 1:1   [ ] 1:2   [ ] 1:3+": a box that opens its cell, its item beside it, is before the item.)
        if (!boxesAfterItems && boxes >= 2 && s.BoxStart[0] > lineStart + 1 && (s.Flags[s.BoxStart[0] - 1] & TokenFlags.Label) == 0 && !OpensItsCell(s, 0, lineEnd)
            && LabelBeforeFirstItem(s, s.BoxStart[0], lineStart) && lineEnd - s.BoxEnd[boxes - 1] is > 0 and <= 4 && BoxesBetweenItems(s, boxes)) boxesAfterItems = true;
        // "NMR (97112)(1:1 ☑ / concurrent ☐ / grp ☐)(21')": options divided by spaced slashes, each box before a slash — the boxes
        // follow their items, whatever stands after the last.
        if (!boxesAfterItems && boxes >= 2 && s.BoxStart[0] > lineStart && (s.Flags[s.BoxStart[0] - 1] & TokenFlags.Label) == 0 && SlashAfterEachBox(s, boxes)
            && lineEnd - s.BoxEnd[boxes - 1] <= 4 && BoxesBetweenItems(s, boxes)) boxesAfterItems = true;
        // "Individual ___   Group _X_   (Wed PD class, 5 pts)": a printed form's fill-in blanks after its options — the
        // line opens with the first option, one word — with a remark in parentheses after the last.
        if (!boxesAfterItems && boxes >= 2 && s.BoxStart[0] == lineStart + 1 && (s.Flags[lineStart] & TokenFlags.Label) == 0 && BoxEndsBeforeRemark(s, boxes - 1, lineEnd)
            && AllUnderscored(s, boxes) && BoxesBetweenItems(s, boxes)) boxesAfterItems = true;
        // "Individually treated for the full billed time?   Y ☐   N ☒   (shared the gym w/ my 2 other PD pts)": a question's Y and N
        // with their boxes after them, a remark in parentheses after the last.
        if (!boxesAfterItems && boxes >= 2 && s.BoxStart[0] >= lineStart + 2 && s.Token(s.BoxStart[0] - 1) is "y" or "yes" && (s.Flags[s.BoxStart[0] - 2] & TokenFlags.Question) != 0
            && s.BoxEnd[boxes - 1] < lineEnd && (s.Flags[s.BoxEnd[boxes - 1]] & TokenFlags.AfterParen) != 0 && (s.Flags[lineEnd - 1] & TokenFlags.ClosesParen) != 0
            && BoxesBetweenItems(s, boxes)) boxesAfterItems = true;
        // "One-on-one: Yes ☐ No ☒ — Mr. Hollstein was on the second station …": a label's yes and no with their boxes after them,
        // a remark after a spaced dash past the last.
        if (!boxesAfterItems && boxes == 2 && s.BoxStart[0] >= lineStart + 2 && IsYes(s, s.BoxStart[0] - 1) && (s.Flags[s.BoxStart[0] - 2] & TokenFlags.Label) != 0
            && s.BoxStart[1] - s.BoxEnd[0] == 1 && IsNo(s, s.BoxEnd[0]) && s.BoxEnd[1] < lineEnd && (s.Flags[s.BoxEnd[1]] & TokenFlags.AfterDash) != 0) boxesAfterItems = true;
        // "1:1 ● ON · Concurrent ○ OFF · Group ○ OFF": a toggle's state word right after each mark — the marks follow their items.
        if (!boxesAfterItems && boxes >= 2 && s.BoxStart[0] > lineStart && StateWordAfterEachBox(s, boxes, lineEnd)) boxesAfterItems = true;
        // "PNF (−)   Bobath (−)   Frenkel (−)   other: —": a row of signs after their items (under a done / not-done key)
        // ending in a write-in left blank — no item of its own. (Not "Pt seen [x] 1:1  [ ] group  [ ] other:", boxes
        // before their items after a lead-in: only signs stand after their items this way.)
        var signs = s.SignBoxesOnLine;
        s.SignBoxesOnLine = false;
        if (!boxesAfterItems && signs && boxes >= 2 && s.BoxStart[0] > lineStart && (s.Flags[s.BoxStart[0] - 1] & TokenFlags.Label) == 0
            && BlankWriteIn(s, s.BoxEnd[boxes - 1], lineEnd) && BoxesBetweenItems(s, boxes)) boxesAfterItems = true;

        // The question's words, before the first item: up to the first box, or in a line of boxes
        // after their items, up to the label's colon ("One-on-one: Yes ☒ No ☐").
        var questionEnd = s.BoxStart[0];
        if (boxesAfterItems)
        {
            questionEnd = lineStart;
            for (var t = lineStart; t < s.BoxStart[0]; t++)
                if ((s.Flags[t] & TokenFlags.Label) != 0) { questionEnd = t + 1; break; }
            // "Group tx?   Y ( )   N (x)": a question mark ends the question where no colon does.
            if (questionEnd == lineStart && s.BoxStart[0] > lineStart && s.Sentence[s.BoxStart[0] - 1] != s.Sentence[lineStart])
                questionEnd = Item(s, 0, boxes, boxesAfterItems, lineStart, lineEnd).From;
        }

        // "One-on-one:   ☐ Y   ☐ N          Orthosis today:   ☐ fabricated   ☒ adjusted", "HEP reviewed: [x] yes [ ] no      1:1: [ ] yes
        // [x] no": fields side by side on one line, each read by its own boxes.
        if (!boxesAfterItems && boxes >= 2 && ResolveFields(s, boxes, lineStart, lineEnd)) return;

        if (IsYesNoQuestion(s, boxes, boxesAfterItems, lineStart, questionEnd, lineEnd))
        {
            bool yes = false, no = false;
            for (var b = 0; b < boxes; b++)
            {
                if (!s.BoxTicked[b]) continue;
                var (from, _) = Item(s, b, boxes, boxesAfterItems, questionEnd, lineEnd);
                if (IsYes(s, from)) yes = true; else no = true;
            }
            if (!yes || no) Mark(s, lineStart, questionEnd);
            // Answered yes: the yes is marked as the answer ticked ("Individual treatment?  ■ Yes  □ No" — the boxes leave no token, so
            // that the "Yes  No" after the question would otherwise read as its printed options).
            else
                for (var b = 0; b < boxes; b++)
                    if (s.BoxTicked[b] && Item(s, b, boxes, boxesAfterItems, questionEnd, lineEnd) is var (from, _) && IsYes(s, from)) s.Flags[from] |= TokenFlags.TickedAnswer;
            return;
        }

        var anyTicked = false;
        for (var b = 0; b < boxes; b++)
        {
            if (s.BoxTicked[b]) { anyTicked = true; continue; }
            var (from, to) = Item(s, b, boxes, boxesAfterItems, questionEnd, lineEnd);
            // "AROM: ______   Grip: ______ lb": a fill-in blank right after its label leaves the label unsaid (the label's
            // words in its cell, back to the box before it).
            if (!boxesAfterItems && s.BoxBlank[b] && s.BoxStart[b] > lineStart && (s.Flags[s.BoxStart[b] - 1] & TokenFlags.Label) != 0)
                Mark(s, LabelCellStart(s, b, lineStart), s.BoxStart[b]);
            // "tandem ____ sec   Berg 43/56": the line's last blank to fill in reaches no further than its own cell — the next cell is
            // another field. (Between blanks, "6MWT ______ m    30s CST ______", what stands up to the next blank is this one's.)
            // ("Service End: __:__   Duration: 0:21": a field's blank after its label is that field's, not the next cell's. Not a blank
            // that opens its cell before its item: "__ Group   __ Concurrent".)
            if (!boxesAfterItems && s.BoxBlank[b] && b == boxes - 1 && from < to && s.BoxStart[b] > lineStart
                && ((s.Flags[s.BoxStart[b] - 1] & TokenFlags.Label) != 0 || s.Cell[s.BoxStart[b] - 1] == s.Cell[from]))
            {
                var cell = s.Cell[s.BoxStart[b] - 1];
                var cellEnd = from;
                while (cellEnd < to && s.Cell[cellEnd] == cell) cellEnd++;
                to = cellEnd;
            }
            if (b == boxes - 1 && lastAfterDashPart >= 0 && !boxesAfterItems) (from, to) = (lastAfterDashPart, s.BoxStart[b]);
            // "One-on-one: ___": a field left blank after its label leaves the label unsaid.
            if (from == to && boxesAfterItems && b == 0) Mark(s, lineStart, questionEnd);
            else Mark(s, from, to);
        }
        // "Edema:   ☐ none   ☐ mild   ☐ mod": a field's label right before its boxes, none of them ticked, is unsaid — the field
        // was not filled in.
        if (!anyTicked && !boxesAfterItems && !s.BoxBlank[0] && s.BoxStart[0] > lineStart && (s.Flags[s.BoxStart[0] - 1] & TokenFlags.Label) != 0)
            Mark(s, LabelCellStart(s, 0, lineStart), s.BoxStart[0]);
    }

    // "… — 97112 — 23 min — ☐ PTA ☒ PT — one-on-one ☒": the first box opens a part of the line after a spaced dash, right after a
    // code's minutes (not "1:1 — ☐   Group — ☒", where each box follows its item after a dash).
    private static bool BoxOpensDashPartAfterMinutes(NoteScratch s, int boxes, int lineStart, int lineEnd)
    {
        if (boxes < 2 || s.BoxEnd[0] >= lineEnd || s.BoxStart[0] <= lineStart || ((s.Flags[s.BoxStart[0]] | s.Flags[s.BoxEnd[0]]) & TokenFlags.AfterDash) == 0) return false;
        var before = s.BoxStart[0] - 1;
        return s.Token(before) is "min" or "mins" or "minutes" or "units" or "unit" || (s.Flags[before] & TokenFlags.CodeLike) != 0;
    }

    // The last token after a spaced dash in [from, to) that has words after it before to; -1 for none.
    private static int DashPartBefore(NoteScratch s, int from, int to)
    {
        for (var k = to - 1; k > from; k--)
            if ((s.Flags[k] & TokenFlags.AfterDash) != 0) return k;
        return -1;
    }

    // Where the label right before box b starts: its words in its cell and sentence, back to the box before it or the line's start.
    private static int LabelCellStart(NoteScratch s, int b, int lineStart)
    {
        var label = s.BoxStart[b] - 1;
        var floor = b > 0 ? s.BoxEnd[b - 1] : lineStart;
        // (A label is a few words, no numbers: not "97112 20 min, 1:1. Interventions:".)
        while (label > floor && label > s.BoxStart[b] - MaxLabelWords && s.Cell[label - 1] == s.Cell[s.BoxStart[b] - 1] && s.Sentence[label - 1] == s.Sentence[s.BoxStart[b] - 1]
            // ("2PD:" reaches the reader as "2" and "pd": a number opening the field is its label's.)
            && ((s.Flags[label - 1] & (TokenFlags.Number | TokenFlags.DateOrTime | TokenFlags.CodeLike)) == 0 || label - 1 == floor)) label--;
        // ("One-on-one for timed minutes: ______": "one-on-one" reaches the reader as three words, its first the label's too.)
        if (label > floor && s.Token(label) is "on" && s.Token(label - 1) is "one" or "1" && s.Cell[label - 1] == s.Cell[label] && s.Sentence[label - 1] == s.Sentence[label]) label--;
        return label;
    }

    // "97112 22 min 1on1 __ tx gaze x1 … def __ meas dgi 17/24": a text expansion's fields typed without colons ("1on1 __ tx __
    // def __ meas __"), one left as its blank — the blank is that field's answer not given, between it and the next field (or the
    // line's end), not a box before the rest of the line. Only its field's words are unsaid; the box is taken off the line.
    private static void RunOnFieldBlanks(NoteScratch s, int lineStart, int lineEnd)
    {
        var kept = 0;
        for (var b = 0; b < s.BoxCount; b++)
        {
            var field = s.BoxBlank[b] && s.BoxUnderscored[b] && !s.BoxTicked[b] ? RunOnFieldBefore(s, b, lineStart, lineEnd) : -1;
            if (field >= 0)
            {
                Mark(s, field, s.BoxStart[b]);
                continue;
            }
            if (kept != b)
            {
                s.BoxStart[kept] = s.BoxStart[b]; s.BoxEnd[kept] = s.BoxEnd[b]; s.BoxTicked[kept] = s.BoxTicked[b];
                s.BoxBlank[kept] = s.BoxBlank[b]; s.BoxUnderscored[kept] = s.BoxUnderscored[b];
            }
            kept++;
        }
        s.BoxCount = kept;
    }

    // "97112/23 min/one to one ( )/foam stance eyes closed/…": a line of fields divided by slashes, its only box ending a field of a few
    // words, a slash right after it — the box is that field's alone: unticked, only the field's words are unsaid, not the fields after it.
    private static bool SlashFieldBox(NoteScratch s, int lineStart, int lineEnd)
    {
        if (s.BoxCount != 1 || s.BoxEnd[0] >= lineEnd || s.BoxStart[0] <= lineStart || (s.Flags[s.BoxEnd[0]] & TokenFlags.AfterTightSlash) == 0) return false;
        var from = s.BoxStart[0] - 1;
        while (from > lineStart && s.BoxStart[0] - from < MaxSlashFieldWords && (s.Flags[from] & TokenFlags.AfterTightSlash) == 0) from--;
        if ((s.Flags[from] & TokenFlags.AfterTightSlash) == 0) return false;
        // (Not a code's or its minutes' field: "97112/23 min ( )/…" leaves the code billed.)
        for (var k = from; k < s.BoxStart[0]; k++)
            if ((s.Flags[k] & (TokenFlags.Label | TokenFlags.CodeLike | TokenFlags.DateOrTime)) != 0 || s.Token(k) is "min" or "mins" or "minutes" or "m" or "units") return false;
        if (!s.BoxTicked[0]) Mark(s, from, s.BoxStart[0]);
        s.BoxCount = 0;
        return true;
    }

    private const int MaxSlashFieldWords = 4;

    // Where the run-on field's name right before box b starts, or -1: a field word without a colon in the box's cell and sentence,
    // the box followed by the next such field or by nothing.
    private static int RunOnFieldBefore(NoteScratch s, int b, int lineStart, int lineEnd)
    {
        var p = s.BoxStart[b] - 1;
        if (p < lineStart || (s.Flags[p] & TokenFlags.Label) != 0) return -1;
        // (A blank ending the line has no token of its own to compare.)
        if (s.BoxStart[b] < lineEnd && (s.Cell[p] != s.Cell[s.BoxStart[b]] || s.Sentence[p] != s.Sentence[s.BoxStart[b]])) return -1;
        var next = s.BoxEnd[b];
        if (next < lineEnd && (RunOnFieldStart(s, next) < 0 || s.Sentence[next] != s.Sentence[p])) return -1;
        return RunOnFieldEnd(s, p, lineStart);
    }

    // The field word ending at t ("tx", "def", "meas"; "1on1", "1:1", "one on one"): where its words start, or -1.
    private static int RunOnFieldEnd(NoteScratch s, int t, int lineStart)
    {
        if (IsRunOnFieldWord(s.Token(t))) return t;
        if (s.Token(t) is "on1" && t > lineStart && s.Token(t - 1) is "1") return t - 1;
        if (s.Token(t) is "one" or "1" && t - 2 >= lineStart && s.Token(t - 1) is "on" && s.Token(t - 2) is "one" or "1") return t - 2;
        return -1;
    }

    // The next run-on field's first word at t, or -1.
    private static int RunOnFieldStart(NoteScratch s, int t)
    {
        if (IsRunOnFieldWord(s.Token(t))) return t;
        if (s.Token(t) is "1" && t + 1 < s.Count && s.Token(t + 1) is "on1") return t;
        return -1;
    }

    private static bool IsRunOnFieldWord(ReadOnlySpan<char> token) =>
        token is "tx" or "def" or "meas" or "deficit" or "deficits" or "measure" or "measures" or "technique" or "techniques" or "1:1" or "1-on-1";

    // "Deficit: __ impaired postural control __": the line's only two blanks, around words after its
    // label and the second ending the line, are the edges of a filled-in field, not two empty boxes.
    private static void DropFieldEdges(NoteScratch s, int lineStart, int lineEnd)
    {
        if (s.BoxCount != 2 || !s.BoxBlank[0] || !s.BoxBlank[1] || s.BoxEnd[1] != lineEnd || s.BoxEnd[0] == s.BoxStart[1]) return;
        var first = s.BoxStart[0];
        if (first == lineStart || (s.Flags[first - 1] & TokenFlags.Label) != 0) s.BoxCount = 0;
    }

    // "Sit to stand from couch    __     __     __" under "Sets  Reps  Resist": a row's empty cells — two or more
    // blanks side by side ending the line after its item, in a table whose heading names doses — are values not
    // filled in, not boxes left unticked: the item was written, its dose was not. Under any other heading
    // ("Done  Held", "Y  N", "L  R", "Today  POC") or none, a blank is still a box left empty.
    private static void DropEmptyCells(NoteScratch s, int lineStart, int lineEnd)
    {
        var boxes = s.BoxCount;
        if (boxes < 2 || s.BoxStart[0] == lineStart || s.BoxEnd[boxes - 1] != lineEnd) return;
        for (var b = 0; b < boxes; b++)
            if (!s.BoxBlank[b] || (b > 0 && s.BoxEnd[b - 1] != s.BoxStart[b])) return;
        if (UnderDoseHeading(s, lineStart)) s.BoxCount = 0;
    }

    // A line above (the table's rows between) whose words are all headings and two or more of them name a dose.
    private static bool UnderDoseHeading(NoteScratch s, int lineStart)
    {
        var end = lineStart;
        for (var lines = 0; lines < 12 && end > 0; lines++)
        {
            var start = s.LineStartOf(end - 1);
            int doses = 0, others = 0;
            for (var k = start; k < end; k++)
            {
                if (s.Token(k) is "sets" or "reps" or "resist" or "resistance" or "load" or "weight" or "wt" or "lbs" or "lb" or "hold" or "holds"
                    or "duration" or "dose" or "dosage" or "band" or "level" or "freq" or "frequency" or "rounds" or "time" or "distance") doses++;
                else if ((s.Flags[k] & TokenFlags.Number) != 0) { others = -1; break; }
                else others++;
            }
            // The heading row: "Exercise  Sets  Reps  Resist" (its first column may name the items).
            if (others >= 0 && doses >= 2 && others <= 2) return true;
            end = start;
        }
        return false;
    }

    // The tokens of box b's item, within one sentence.
    // "other:", "other: —", "Other: none" ending the line.
    private static bool BlankWriteIn(NoteScratch s, int from, int to) =>
        to - from is 1 or 2 && s.Token(from) is "other" or "others" && (s.Flags[from] & TokenFlags.Label) != 0
        && (to - from == 1 || s.Token(from + 1) is "none" or "n/a" or "na");

    private static (int From, int To) Item(NoteScratch s, int b, int boxes, bool boxesAfterItems, int questionEnd, int lineEnd)
    {
        if (!boxesAfterItems)
        {
            var from = s.BoxEnd[b];
            // "3/4 | 97112 | 22 | [ ] | Cawthorne-Cooksey …": a box alone in a table's cell drawn with "|" answers that cell's column
            // (read with the table's heading); the next cell is no item of it.
            // (Only before a cell of the note's own text: "Attendance | ☐ | One-on-one" is the box's item in the next column.)
            if (s.LineHasPipes && from > s.BoxStart[b] && s.BoxStart[b] > 0 && from < lineEnd && s.Cell[s.BoxStart[b] - 1] != s.Cell[s.BoxStart[b]]
                && s.Cell[from] != s.Cell[s.BoxStart[b]] && CellLength(s, from, lineEnd) > MaxBoxCellItem) return (from, from);
            var to = b + 1 < boxes ? s.BoxStart[b + 1] : lineEnd;
            var end = from;
            // (The last item ends at a column gap before a code or a hand's tick: "[ ] group  97112 x 22 min  foam tandem …", "☐ No   X Yes"
            // — what follows is the note's next field, or another answer ticked by hand. Words after the gap are still the option's:
            // "☐ concurrent  with another patient", "☐ Group  2+ pts", "☐ NMR  perturbation training on foam".)
            // (Nor past a second gap with the note's own text after it: "[ ] group  res rm 118  marching on foam in the bars + stepping
            // reactions …" — an option's remark is one cell after its words, then the note goes on. Short cells after it are still the
            // option's words: "☐ Individual   one-on-one   constant attendance".)
            var gaps = 0;
            var remark = b == boxes - 1 ? RemarkAfterShortOptions(s, boxes, from, to) : -1;
            // (Nor past a template's spaced middle dot: "Depth: ☒ chest ☐ waist · one-on-one the whole time" — the dot ends its clause
            // and marks the word after it, the next field's.)
            while (end < to && end != remark && s.Sentence[end] == s.Sentence[from]
                && !(end > from && (s.Flags[end] & TokenFlags.AfterDash) != 0 && s.Clause[end] != s.Clause[end - 1])
                && !(b == boxes - 1 && end > from && s.Cell[end] != s.Cell[end - 1]
                    && ((s.Flags[end] & TokenFlags.CodeLike) != 0 || (s.Token(end) is "x" && end + 1 < s.Count && s.Cell[end + 1] == s.Cell[end])
                        || (++gaps == 2 && to - end >= NoteTextAfterAnOption)))) end++;
            return (from, end);
        }
        var itemEnd = s.BoxStart[b];
        var itemStart = b > 0 ? s.BoxEnd[b - 1] : questionEnd;
        var start = itemEnd;
        // (Where no label's colon bounds a first fill-in blank's item, it stays in the blank's cell: "… L ankle proprioception deficit  Y
        // balance ant L 57 cm  next appt __" leaves only "next appt" blank. Boxes keep their items across gaps: "Group session   3 pts  ☐".)
        var inItsCell = b == 0 && s.BoxBlank[b] && (itemStart == 0 || (s.Flags[itemStart - 1] & TokenFlags.Label) == 0 || CodeOpensItsCell(s, itemStart, itemEnd) || FilledValueBeforeItsCell(s, itemStart, itemEnd))
            // ("Berg ____  TUG 14.6 sec  Tandem EC ____ sec": a later blank too, with a value filled in a cell between.)
            || (b > 0 && s.BoxBlank[b] && FilledValueBeforeItsCell(s, itemStart, itemEnd));
        // (Nor, for a blank of underscores, further than a few words back: in a run-on line with no stop or gap, "… poor postural
        // control leans back berg ___ tug ___", "… SLS L 9 sec R 26 sec // f/u w dr kessler __  rx # ___", a blank to fill in is the
        // last words' value, not the whole line's.)
        if (inItsCell && s.BoxUnderscored[b]) itemStart = Math.Max(itemStart, itemEnd - MaxBlankItemWords);
        // (Nor, for a blank, back past a template's spaced middle dot: "Numbers: JPE 4.2 cm · CCFT ____ mmHg" leaves only CCFT unfilled.)
        while (start > itemStart && s.Sentence[start - 1] == s.Sentence[itemEnd - 1] && (!inItsCell || s.Cell[start - 1] == s.Cell[itemEnd - 1])
            && !(s.BoxBlank[b] && start < itemEnd && (s.Flags[start] & TokenFlags.AfterDash) != 0 && s.Clause[start - 1] != s.Clause[start])) start--;
        return (start, itemEnd);
    }

    private const int MaxBoxCellItem = 4;

    // "IMPAIRMENTS ADDRESSED: ☐ balance ☐ strength ☒ coordination ☐ gait — L leg dysmetria and poor timing …": a row of three or more
    // boxes before options of a few words each, a spaced dash after the last option, then a remark of four words or more to the line's
    // end — the remark is the row's (what the ticked option was), not more of the last option. Where it starts, or -1.
    // (Not "☐ Group — 3 pts": a short remark is the option's own.)
    // ("MABC-2 re-test: ☒ done ☐ deferred — balance component standard score 6 …": two boxes too, where each option is one word of
    // whether the item was done.)
    private static int RemarkAfterShortOptions(NoteScratch s, int boxes, int from, int to)
    {
        if (boxes < 2 || (boxes == 2 && !(s.BoxStart[1] - s.BoxEnd[0] == 1 && IsDoneOrNot(s, s.BoxEnd[0]) && IsDoneOrNot(s, from)
            && from + 1 < to && (s.Flags[from + 1] & TokenFlags.AfterDash) != 0))) return -1;
        for (var b = 0; b < boxes - 1; b++)
            if (s.BoxStart[b + 1] - s.BoxEnd[b] is < 1 or > MaxShortOption) return -1;
        for (var k = from + 1; k <= from + MaxShortOption && k < to; k++)
            if ((s.Flags[k] & TokenFlags.AfterDash) != 0) return to - k >= MinRowRemarkWords && (boxes == 2 || s.Sentence[to - 1] == s.Sentence[k]) ? k : -1;
        return -1;
    }

    private const int MaxShortOption = 3;
    private const int MinRowRemarkWords = 4;

    // "Timed Code Treatment Minutes:  97112 __23__   97110 __14__   97140 _____": after the label's colon, the blank's own cell opens
    // with a code, the cells before it other codes' — the blank is that code's value left empty, not the whole line's.
    private static bool CodeOpensItsCell(NoteScratch s, int itemStart, int itemEnd)
    {
        if (itemEnd <= itemStart) return false;
        var cellStart = itemEnd - 1;
        while (cellStart > itemStart && s.Cell[cellStart - 1] == s.Cell[itemEnd - 1]) cellStart--;
        return cellStart > itemStart && (s.Flags[cellStart] & TokenFlags.CodeLike) != 0 && (s.Flags[itemStart] & TokenFlags.CodeLike) != 0;
    }

    // "Outcome measure: Berg 44/56   TUG ____   DGI ____": after the label's colon, a cell before the blank's own holds a value filled
    // in (a number) — the blank is its own cell's field left empty, not the whole line's.
    private static bool FilledValueBeforeItsCell(NoteScratch s, int itemStart, int itemEnd)
    {
        if (itemEnd <= itemStart) return false;
        var cellStart = itemEnd - 1;
        while (cellStart > itemStart && s.Cell[cellStart - 1] == s.Cell[itemEnd - 1]) cellStart--;
        if (cellStart == itemStart) return false;
        for (var k = itemStart; k < cellStart; k++)
            if ((s.Flags[k] & TokenFlags.Number) != 0) return true;
        return false;
    }

    private static int CellLength(NoteScratch s, int from, int lineEnd)
    {
        var k = from;
        while (k < lineEnd && k - from <= MaxBoxCellItem && s.Cell[k] == s.Cell[from]) k++;
        return k - from;
    }

    // Two or more boxes, each item a lone yes or no ("Y", "N", "Yes", "No"), after a question's words.
    private static bool IsYesNoQuestion(NoteScratch s, int boxes, bool boxesAfterItems, int lineStart, int questionEnd, int lineEnd)
    {
        if (boxes < 2 || questionEnd <= lineStart) return false;
        for (var b = 0; b < boxes; b++)
        {
            var (from, to) = Item(s, b, boxes, boxesAfterItems, questionEnd, lineEnd);
            if (to == from || !(IsYes(s, from) || IsNo(s, from))) return false;
            // The last answer may carry a remark after it: "[ ] yes  [x] no  (2 residents in session)"; a bilingual
            // form's answer has its translation beside it ("Yes/Wi [ ]   No/Non [X]").
            if (to - from != 1 && !(to - from == 2 && IsTranslatedAnswer(s, from + 1)) && (boxesAfterItems || b != boxes - 1)) return false;
        }
        return true;
    }

    /// <summary>How many words after an unticked option's second gap are the note's own text, not more of the option.</summary>
    private const int NoteTextAfterAnOption = 8;

    /// <summary>How many words a first blank of underscores with no label before it leaves unsaid at most.</summary>
    private const int MaxBlankItemWords = 3;

    /// <summary>How many words a field's label has at most.</summary>
    private const int MaxLabelWords = 5;

    /// <summary>How many fields one line is read as at most.</summary>
    private const int MaxFieldsOnALine = 8;
    private const int MaxCellFieldName = 3;

    // A line of boxes before their items split into fields where a label in a cell of its own stands right before a box
    // ("Splint today:   ☐ new   ☒ checked   One-on-one:   ☐ Y   ☐ N"); each field read by its own boxes — a yes/no question's
    // words unsaid unless "yes" alone is ticked, an unticked item unsaid, a label none of whose boxes is ticked unsaid. False
    // (nothing marked) where the line is one field.
    private static bool ResolveFields(NoteScratch s, int boxes, int lineStart, int lineEnd)
    {
        Span<int> fieldBox = stackalloc int[MaxFieldsOnALine];
        Span<int> labelFrom = stackalloc int[MaxFieldsOnALine];
        Span<int> labelTo = stackalloc int[MaxFieldsOnALine];
        var labelled = s.BoxStart[0] > lineStart && (s.Flags[s.BoxStart[0] - 1] & TokenFlags.Label) != 0;
        (fieldBox[0], labelFrom[0], labelTo[0]) = (0, labelled ? LabelCellStart(s, 0, lineStart) : lineStart, s.BoxStart[0]);
        var fields = 1;
        var cellFields = 0UL;
        for (var b = 0; b + 1 < boxes && fields < MaxFieldsOnALine; b++)
        {
            var label = s.BoxStart[b + 1] - 1;
            if (label <= s.BoxEnd[b]) continue;
            // "Another pt? ☐ Y ☒ N   Pt : clinician ☒ 1:1": after a yes/no answer, a new cell's words before the next box are the
            // next field's name, with or without a colon.
            // ("Supervision: ☒ line-of-sight   CI treating another pt during session? ☐ Y ☒ N": a question is a field's name as a label is.)
            if ((s.Flags[label] & (TokenFlags.Label | TokenFlags.Question)) == 0)
            {
                // "Flotation: ☒ belt ☐ noodle ☐ cuffs · 1:1 ☒ yes ☐ no": after a template's spaced middle dot, the few words before the
                // next box are the next field's name (the dot ends a clause and marks the word after it, as a spaced dash does).
                if (DotSeparatedFieldName(s, s.BoxEnd[b], label) is var named and >= 0)
                {
                    cellFields |= 1UL << fields;
                    (fieldBox[fields], labelFrom[fields], labelTo[fields]) = (b + 1, named, label + 1);
                    fields++;
                    continue;
                }
                if (!(IsYes(s, s.BoxEnd[b]) || IsNo(s, s.BoxEnd[b])) || s.Cell[label] == s.Cell[s.BoxEnd[b]]) continue;
                var start = label;
                while (start > s.BoxEnd[b] + 1 && s.Cell[start - 1] == s.Cell[label]) start--;
                // (A field's name is a few words: not "Other pts in gym? ☐ Y ☒ N   pt seen 1:1 entire session   ☐ Aide", a remark.)
                if (start != s.BoxEnd[b] + 1 || (label - start >= MaxCellFieldName && (s.Flags[label] & TokenFlags.Question) == 0)) continue;
                cellFields |= 1UL << fields;
                (fieldBox[fields], labelFrom[fields], labelTo[fields]) = (b + 1, start, label + 1);
                fields++;
                continue;
            }
            var from = label;
            while (from > s.BoxEnd[b] && s.Cell[from - 1] == s.Cell[label]) from--;
            // (The label opens a cell of its own, after the item of the box before it.)
            if (from == s.BoxEnd[b]) continue;
            (fieldBox[fields], labelFrom[fields], labelTo[fields]) = (b + 1, from, label + 1);
            fields++;
        }
        if (fields == 1) return false;
        for (var f = 0; f < fields; f++)
        {
            var first = fieldBox[f];
            var last = f + 1 < fields ? fieldBox[f + 1] : boxes;
            var fieldEnd = f + 1 < fields ? labelFrom[f + 1] : lineEnd;
            bool yesNo = last - first >= 2, yes = false, no = false, anyTicked = false;
            for (var b = first; b < last; b++)
            {
                var to = b + 1 < last ? s.BoxStart[b + 1] : fieldEnd;
                var answer = s.BoxEnd[b];
                yesNo &= to - answer == 1 && (IsYes(s, answer) || IsNo(s, answer));
                if (s.BoxTicked[b]) { anyTicked = true; if (answer < to && IsYes(s, answer)) yes = true; else no = true; }
            }
            if (yesNo)
            {
                if (!yes || no) Mark(s, labelFrom[f], labelTo[f]);
                continue;
            }
            for (var b = first; b < last; b++)
            {
                if (s.BoxTicked[b]) continue;
                var to = b + 1 < last ? s.BoxStart[b + 1] : fieldEnd;
                var end = s.BoxEnd[b];
                while (end < to && s.Sentence[end] == s.Sentence[s.BoxEnd[b]]) end++;
                Mark(s, s.BoxEnd[b], end);
            }
            // A field none of whose boxes is ticked, or a blank after its label, leaves its label unsaid.
            if (!anyTicked && labelTo[f] > labelFrom[f] && ((s.Flags[labelTo[f] - 1] & TokenFlags.Label) != 0 || (cellFields & (1UL << f)) != 0)) Mark(s, labelFrom[f], labelTo[f]);
        }
        return true;
    }

    // Where a field's name of a few words starts right after a spaced middle dot, the item of the box before it ending at the dot;
    // -1 for none. (A spaced dash marks its next word too but ends no clause: "☐ Group — 3 pts" is the option's remark.)
    private static int DotSeparatedFieldName(NoteScratch s, int itemStart, int label)
    {
        var start = label;
        while (start > itemStart && s.Clause[start - 1] == s.Clause[label] && label - start < MaxCellFieldName) start--;
        return start > itemStart && s.Clause[start - 1] != s.Clause[label] && (s.Flags[start] & TokenFlags.AfterDash) != 0 && s.Line[start - 1] == s.Line[label]
            && s.Sentence[start - 1] == s.Sentence[label] ? start : -1;
    }

    private static bool IsYes(NoteScratch s, int t) => s.Token(t) is "y" or "yes";

    private static bool IsDoneOrNot(NoteScratch s, int t) => s.Token(t) is "done" or "deferred" or "completed" or "performed" or "postponed" or "declined";

    // Yes and no in the languages clinics' bilingual forms pair with English: Kreyòl, Spanish, Portuguese, French.
    private static bool IsTranslatedAnswer(NoteScratch s, int t) => s.Token(t) is "wi" or "si" or "sí" or "sim" or "oui" or "non" or "não" or "nao" or "no";
    private static bool IsNo(NoteScratch s, int t) => s.Token(t) is "n" or "no";

    private static void Mark(NoteScratch s, int from, int to)
    {
        for (var t = from; t < to; t++) s.Flags[t] |= TokenFlags.Unticked;
    }
}
