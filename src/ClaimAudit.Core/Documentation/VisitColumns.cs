using System.Text;
using System.Text.RegularExpressions;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// Flowsheets and logs that carry several visits at once, read for today's visit only. An EMR's flowsheet prints the last
/// visits side by side under a heading of dates or days ("02/25   02/27   03/04 TODAY", "CODE / EX   MON   TODAY",
/// "TODAY 03/04   03/02   02/27", "MEASURE   Baseline (eval 02/09)   Last (02/27)   Today"), and a week's log gives each
/// visit its own dated row ("Mon 3/2  97112 22 min — …", "Wed 3/4  97112 23 min — 1:1 …" with its lines indented under
/// it). A reviewer reads today's column or row for today's service — its minutes, delivery, techniques and measures — and
/// not another visit's numbers beside them, so the note is read as if only today's were written: each row of such a grid
/// keeps its label and today's cell, and a log keeps today's rows.
/// </summary>
/// <remarks>
/// Today's column is the one marked "today" (or "current (today)"), else the one dated the note's own date of service
/// ("DOS 03/04/2026"); a heading without one is left as it is (which column is today's would be a guess). Every column of
/// the heading must name a visit (a date, a weekday, last/previous/prior, baseline/eval/initial, "Visit 3"): a goal table
/// ("Baseline   Current (today)   Target   Status") is not such a grid. A log's rows open with a weekday and a date
/// ("Wed 3/4", "Wed (today)"); today's is the one marked "today", else dated the date of service, else the last row with an
/// entry (a log is written down the week: the days after today are still blank).
/// </remarks>
internal static partial class VisitColumns
{
    private const int Reach = 2, MaxCells = 10;

    /// <summary>Whether the note has a grid of several visits with today's column known, or a log of two dated rows at least
    /// (checked on the span: no copy).</summary>
    public static bool AreIn(ReadOnlySpan<char> note)
    {
        // (The date of service is looked for only where a heading of dates has no column marked today.)
        (int Month, int Day)? today = null;
        var todayLooked = false;
        var datedRows = 0;
        Span<(int Start, int End)> cells = stackalloc (int, int)[MaxCells];
        foreach (var line in note.EnumerateLines())
        {
            if (Heading(line, cells, today, out var needsDate) is not null) return true;
            if (needsDate && !todayLooked)
            {
                todayLooked = true;
                today = DateOfService(note);
                if (today is not null && Heading(line, cells, today, out _) is not null) return true;
            }
            if (LogRowDate(line, out _)) datedRows++;
        }
        return datedRows >= 2;
    }

    /// <summary>The note with each several-visit grid and log cut to today's column and rows.</summary>
    public static string TodayOnly(string note)
    {
        var today = DateOfService(note);
        var lines = note.Split('\n');
        var kept = new List<string>(lines.Length);
        var cells = new (int Start, int End)[MaxCells];
        var rowCells = new (int Start, int End)[MaxCells];
        var log = LogToday(lines, today);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (log is { } l && LogRowDate(line, out var date))
            {
                // Another day's row goes, with the lines indented under it.
                if (date != l)
                {
                    while (i + 1 < lines.Length && lines[i + 1].Length > 0 && lines[i + 1][0] is ' ' or '\t' && !lines[i + 1].AsSpan().IsWhiteSpace()) i++;
                    continue;
                }
                kept.Add(lines[i]);
                continue;
            }
            if (Heading(line, cells, today, out _) is not { } heading)
            {
                kept.Add(lines[i]);
                continue;
            }
            var (todayColumn, columns, labelEnd) = heading;
            var starts = new int[columns];
            for (var c = 0; c < columns; c++) starts[c] = cells[c + (labelEnd > 0 ? 1 : 0)].Start;
            var todayCell = cells[todayColumn + (labelEnd > 0 ? 1 : 0)];
            // A heading with no label that opens the note may have lost its indent to the export's trimming ("Last visit 03/02
            // Today 03/04" over "TE minutes    25    14"): its columns stand where the first full row's values do.
            if (labelEnd == 0 && cells[0].Start == 0 && i + 1 < lines.Length && Cells(lines[i + 1].TrimEnd('\r'), rowCells) == columns + 1 && rowCells[1].Start > starts[0])
            {
                var shift = rowCells[1].Start - starts[0];
                for (var c = 0; c < columns; c++) starts[c] += shift;
            }
            kept.Add(Row(labelEnd > 0 ? line[..labelEnd] : "", line[todayCell.Start..todayCell.End]));
            // The rows under it, up to a blank line or a line that is not one of its rows (prose across the columns).
            while (i + 1 < lines.Length)
            {
                var row = lines[i + 1].TrimEnd('\r');
                if (row.AsSpan().IsWhiteSpace() || !GridRow(row, starts, rowCells, out var label, out var cell)) break;
                kept.Add(Row(label, cell[todayColumn]));
                i++;
            }
        }
        return string.Join('\n', kept);
    }

    private static string Row(string label, string today)
    {
        // ("1:1 attendance ☐/☒": the row's key to its marks, not a mark — today's cell holds the mark.)
        if (label.Contains('/')) label = BoxKey().Replace(label, "");
        label = label.TrimEnd();
        return label.Length == 0 ? today : today.Length == 0 ? label : label + "    " + today;
    }

    // A row under a heading whose columns start at starts: its label (cells before the first column) and, per column, the
    // text under it ("" where nothing is). False for a line that is no such row.
    private static bool GridRow(string row, int[] starts, (int Start, int End)[] cells, out string label, out string[] byColumn)
    {
        label = "";
        byColumn = new string[starts.Length];
        Array.Fill(byColumn, "");
        var count = Cells(row, cells);
        if (count < 0) return false;
        var first = starts[0];
        // (A row with a value for every column is read in order: a long cell may run past the next column's start, "one-on-one
        // with Owen, husband waited in the car     1:1     group class". Otherwise each value stands under the column it starts
        // at, never before the column of the value before it.)
        var values = 0;
        for (var k = 0; k < count; k++) if (cells[k].Start >= first - Reach) values++;
        var inOrder = values == starts.Length;
        var previous = -1;
        for (var k = 0; k < count; k++)
        {
            var (start, end) = cells[k];
            if (start < first - Reach)
            {
                if (k > 0) return false;
                // A label run up to the first column with one space ("Rhythmic stabilization sitting ✓"): cut at that column.
                if (end > first)
                {
                    // (Only a short value under the first column: a sentence across the columns is prose, which ends the grid.)
                    if (row[first - 1] != ' ' || end > (starts.Length > 1 ? starts[1] - Reach : first + 24)) return false;
                    label = row[start..(first - 1)];
                    byColumn[0] = row[first..end];
                    previous = 0;
                    inOrder = false;
                    continue;
                }
                label = row[start..end];
                continue;
            }
            var column = starts.Length - 1;
            while (column > 0 && start < starts[column] - Reach) column--;
            if (inOrder || column <= previous) column = previous + 1;
            if (column >= starts.Length || byColumn[column].Length > 0) return false;
            byColumn[column] = row[start..end];
            previous = column;
        }
        return true;
    }

    // The heading's today column (its index among the visit columns), how many visit columns, and where its label ends (0
    // for none); null where the line is no heading of visits with today's column known.
    private static (int Today, int Columns, int LabelEnd)? Heading(ReadOnlySpan<char> line, Span<(int Start, int End)> cells, (int Month, int Day)? dateOfService, out bool needsDate)
    {
        needsDate = false;
        if (line.Length < 12 || line.Length > 200) return null;
        var count = Cells(line, cells);
        if (count < 2) return null;
        int today = -1, columns = 0, labelEnd = 0;
        for (var k = 0; k < count; k++)
        {
            var cell = line[cells[k].Start..cells[k].End];
            switch (VisitColumn(cell, dateOfService))
            {
                case ColumnKind.Today:
                    if (today >= 0) return null;
                    today = columns++;
                    break;
                case ColumnKind.OtherVisit:
                    columns++;
                    break;
                default:
                    // The first cell may be the rows' label ("CODE / EX", "MEASURE" — not a field's, "Berg:"); any other cell must
                    // name a visit.
                    if (k > 0 || cell.Length > 24 || cell[^1] == ':') return null;
                    labelEnd = cells[k].End;
                    break;
            }
        }
        needsDate = today < 0 && columns >= 2 && dateOfService is null;
        return today >= 0 && columns >= 2 ? (today, columns, labelEnd) : null;
    }

    private enum ColumnKind { None, Today, OtherVisit }

    private static ColumnKind VisitColumn(ReadOnlySpan<char> cell, (int Month, int Day)? dateOfService)
    {
        if (cell.Length > 28 || !VisitColumnName().IsMatch(cell) || !DatesOnly(cell)) return ColumnKind.None;
        if (cell.Contains("today", StringComparison.OrdinalIgnoreCase)) return ColumnKind.Today;
        if (dateOfService is { } dos && MonthDay(cell) == dos) return ColumnKind.Today;
        return ColumnKind.OtherVisit;
    }

    // Every number with a slash in the cell is a month and a day ("Last (02/27)"), not a score ("Last 41/56").
    private static bool DatesOnly(ReadOnlySpan<char> cell)
    {
        for (var i = cell.IndexOf('/'); i >= 0; i = cell[(i + 1)..].IndexOf('/') is var next and >= 0 ? i + 1 + next : -1)
        {
            var from = i;
            while (from > 0 && char.IsAsciiDigit(cell[from - 1])) from--;
            if (from == i) continue;
            if (MonthDay(cell[from..]) is not ({ } md) || md.Month is < 1 or > 12 || md.Day is < 1 or > 31) return false;
        }
        return true;
    }

    // "03/04", "3/4/26": the month and day a cell opens with (null for none).
    private static (int Month, int Day)? MonthDay(ReadOnlySpan<char> text)
    {
        var slash = text.IndexOf('/');
        if (slash is < 1 or > 2 || slash + 1 >= text.Length) return null;
        var end = slash + 1;
        while (end < text.Length && end < slash + 3 && char.IsAsciiDigit(text[end])) end++;
        return int.TryParse(text[..slash], out var month) && end > slash + 1 && int.TryParse(text[(slash + 1)..end], out var day) ? (month, day) : null;
    }

    // (A date; a weekday; last/previous/prior or baseline/eval/initial with an optional date or word after them; "Visit 3";
    // and today: "TODAY", "03/04 TODAY", "TODAY 03/04", "TODAY (WED)", "Current (today)".)
    [GeneratedRegex(@"^(?:(?:(?:[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{2,4})?|current|this\s+visit)\s*\(?)?today\b(?:\s*\(?[A-Za-z0-9/ ]{1,12}\)?)?\)?|[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{2,4})?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?(?:\s+[0-9]{1,2}/[0-9]{1,2})?|(?:last|prev|previous|prior|baseline|eval|initial|ie)\b(?:\s*(?:visit|session|tx)?\s*\(?[A-Za-z0-9/ .]{0,18}\)?)?|visit\s*[0-9]{1,2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VisitColumnName();

    [GeneratedRegex(@"[ \t]*[☐☒☑✓✗□■✔✘][ \t]*/[ \t]*[☐☒☑✓✗□■✔✘]", RegexOptions.CultureInvariant)]
    private static partial Regex BoxKey();

    // The line's cells, split by runs of two spaces or more, tabs or cell bars: their count (-1 past the most).
    private static int Cells(ReadOnlySpan<char> line, Span<(int Start, int End)> cells)
    {
        var n = 0;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] is ' ' or '\t' or '|') i++;
            if (i >= line.Length) break;
            var start = i;
            while (i < line.Length && line[i] is not ('\t' or '|') && !(line[i] == ' ' && i + 1 < line.Length && line[i + 1] is ' ' or '\t' or '|')) i++;
            if (n == cells.Length) return -1;
            cells[n++] = (start, i);
        }
        return n;
    }

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tues", "thur", "thurs", "mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    // "Mon 3/2  97112 …", "Wed 3/4", "Wed (today)": a log row opening with its weekday and date (or "today", as day 0/0); the
    // length of that opening.
    private static bool LogRowDate(ReadOnlySpan<char> line, out (int Month, int Day) date) => LogRowDate(line, out date, out _);

    private static bool LogRowDate(ReadOnlySpan<char> line, out (int Month, int Day) date, out int length)
    {
        date = default;
        length = 0;
        if (line.Length < 5 || !char.IsAsciiLetter(line[0])) return false;
        var word = 0;
        while (word < line.Length && word < 10 && char.IsAsciiLetter(line[word])) word++;
        var isWeekday = false;
        foreach (var day in Weekdays) isWeekday |= line[..word].Equals(day, StringComparison.OrdinalIgnoreCase);
        if (!isWeekday) return false;
        var i = word;
        if (i < line.Length && line[i] == '.') i++;
        var gap = i;
        while (i < line.Length && line[i] is ' ' or '\t') i++;
        if (i == gap) return false;
        var rest = line[i..];
        int end;
        if (rest.StartsWith("(today)", StringComparison.OrdinalIgnoreCase)) { date = (0, 0); end = i + 7; }
        else
        {
            if (MonthDay(rest) is not { } monthDay) return false;
            date = monthDay;
            end = i;
            while (end < line.Length && (char.IsAsciiDigit(line[end]) || line[end] == '/')) end++;
        }
        if (end < line.Length && line[end] is not (' ' or '\t' or ':' or ',')) return false;
        length = end;
        return true;
    }

    // The date of today's rows in a log of two rows at least: the row marked today, else the one dated the date of service,
    // else the last with an entry; null where the note has no such log.
    private static (int Month, int Day)? LogToday(string[] lines, (int Month, int Day)? dateOfService)
    {
        var rows = 0;
        (int, int)? last = null, ofService = null;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (!LogRowDate(line, out var date)) continue;
            rows++;
            if (date == (0, 0)) return date;
            if (dateOfService == date) ofService = date;
            if (HasEntry(line)) last = date;
        }
        return rows < 2 ? null : ofService ?? last;
    }

    // Something after the row's day and date other than "no visit" ("Tue 3/3  no visit (MD appt)").
    private static bool HasEntry(string line)
    {
        LogRowDate(line, out _, out var length);
        var rest = line.AsSpan(length).Trim(" \t:—–-");
        if (rest.IsEmpty) return false;
        // (Nor a day still to come: "Fri 3/6  next visit: progress to EC", "Fri 3/6  appt 10:00".)
        foreach (var word in NoEntryWords)
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    private static readonly string[] NoEntryWords = ["no visit", "cancel", "no show", "no-show", "next", "plan", "appt", "appointment", "re-eval", "reeval", "due", "scheduled", "f/u", "follow", "tbd"];

    // "DOS 03/04/2026", "Date of service: 3/4/26": the note's own date of service (month and day).
    private static (int Month, int Day)? DateOfService(ReadOnlySpan<char> note)
    {
        if (!note.Contains("DOS", StringComparison.Ordinal) && !note.Contains("ate", StringComparison.OrdinalIgnoreCase)) return null;
        foreach (var m in DateOfServiceLabel().EnumerateMatches(note.Length > 4000 ? note[..4000] : note))
        {
            var match = note.Slice(m.Index, m.Length);
            var digits = match.IndexOfAnyInRange('0', '9');
            return MonthDay(match[digits..]);
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:DOS|D\.O\.S\.|[Dd]ate of [Ss]ervice|DATE OF SERVICE|[Ss]ervice [Dd]ate|[Vv]isit [Dd]ate)[ \t]*[:#]?[ \t]*[0-9]{1,2}/[0-9]{1,2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateOfServiceLabel();
}
