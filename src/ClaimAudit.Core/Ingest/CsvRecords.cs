using System.Buffers;

namespace ClaimAudit.Core.Ingest;

/// <summary>What <see cref="CsvRecords.Read"/> found.</summary>
internal enum CsvRecordKind
{
    /// <summary>A record, split into cells.</summary>
    Record,

    /// <summary>A quoted cell that does not close before a line that is a record of its own (or before the end of the file): the record is its first line alone, and is not split.</summary>
    UnterminatedQuote,

    /// <summary>A record longer than <see cref="CsvRecords.MaxRecordChars"/>: not split; reading resumes at the next line.</summary>
    TooLong,
}

/// <summary>
/// Splits CSV text into records and cells, streaming, the way spreadsheet programs read an export
/// (PRODUCT.md section 2, issue 14): RFC 4180 quoting where a quote opens a quoted cell only at the
/// start of a cell (after spaces); anywhere else it is an ordinary character, so the inch mark of
/// an unquoted <c>6" box</c> cannot run cells and lines together. A quoted cell may hold line
/// breaks (one row), but one that does not close before a line that would itself be a record of
/// the header's width, or before the end of the file, ends with its own line: that row is reported
/// as <see cref="CsvRecordKind.UnterminatedQuote"/> and reading resumes at the next line.
/// Sep (used before) toggles quoting at every quote and has no such recovery, so this reader
/// replaces it for batches. Memory is one record (at most <see cref="MaxRecordChars"/>) plus a block.
/// </summary>
internal sealed class CsvRecords
{
    /// <summary>The longest record read: Sep's limit, kept so the bound is the same.</summary>
    public const int DefaultMaxRecordChars = 16 * 1024 * 1024;

    private const int BlockChars = 64 * 1024;
    private readonly int _blockChars;

    /// <summary>How much of an over-long line is kept, to name its visit.</summary>
    private const int HeadChars = 4096;

    private readonly TextReader _text;
    private readonly char _separator;
    private readonly SearchValues<char> _cellEnd;
    private static readonly SearchValues<char> QuoteOrLineBreak = SearchValues.Create("\"\r\n");
    private static readonly SearchValues<char> LineBreak = SearchValues.Create("\r\n");

    private char[] _buffer;
    private int _end;
    private bool _eof;

    // The current record: _buffer[_start.._recordEnd], line break excluded; the next starts at _next.
    private int _start;
    private int _recordEnd;
    private int _next;
    private char[]? _head;
    private int _headLength;

    private (int Start, int Length, bool Unescaped)[] _cells = new (int, int, bool)[32];
    private int _cellCount;
    private char[] _unescaped = new char[256];
    private int _unescapedLength;

    /// <param name="blockChars">The buffer's first size, and the block an over-long line is read past in (small in tests, to cross block edges everywhere).</param>
    public CsvRecords(TextReader text, char separator, int maxRecordChars = DefaultMaxRecordChars, int blockChars = BlockChars)
    {
        _blockChars = blockChars;
        _text = text;
        _separator = separator;
        _cellEnd = SearchValues.Create([separator, '\r', '\n']);
        MaxRecordChars = maxRecordChars;
        _buffer = new char[Math.Min(blockChars, maxRecordChars)];
    }

    public int MaxRecordChars { get; }

    /// <summary>
    /// The header's number of cells, once known: a line with that many cells is a record of its own,
    /// which ends a quoted cell left open above it. 0 (before the header) lets no quoted cell span lines.
    /// </summary>
    public int ExpectedCellCount { get; set; }

    /// <summary>
    /// The header's first column holds an id, a date or a code (never words): a line whose first cell is four words or more is then
    /// a line of a quoted note, not a row. False (before the header, or where the first column is a note or a name) reads no such line.
    /// </summary>
    public bool FirstColumnHoldsNoWords { get; set; }

    /// <summary>The row a spreadsheet shows for the current record: one per record, blank lines included.</summary>
    public int Row { get; private set; }

    public CsvRecordKind Kind { get; private set; }

    public int CellCount => _cellCount;

    /// <summary>A cell of the current record, unquoted and trimmed.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var (start, length, unescaped) = _cells[index];
            return (unescaped ? _unescaped : _buffer).AsSpan(start, length);
        }
    }

    /// <summary>The record as written (for a <see cref="CsvRecordKind.TooLong"/> one, its first characters).</summary>
    public ReadOnlySpan<char> Raw => _head is not null ? _head.AsSpan(0, _headLength) : _buffer.AsSpan(_start, _recordEnd - _start);

    /// <summary>Reads the next record; false at the end of the text.</summary>
    public bool Read()
    {
        _start = _next;
        _head = null;
        while (true)
        {
            if (_start >= _end && _eof) return false;
            if (TryParse() is { } kind)
            {
                Kind = kind;
                Row++;
                return true;
            }
            if (!Fill())
            {
                SkipTooLong();
                Kind = CsvRecordKind.TooLong;
                Row++;
                return true;
            }
        }
    }

    /// <summary>
    /// Moves the current record to the front of the buffer and reads more text after it, growing
    /// the buffer (doubling, so a long record is parsed again only a logarithmic number of times) up
    /// to the limit. False when the record already fills the limit.
    /// </summary>
    private bool Fill()
    {
        if (_eof) throw new InvalidOperationException("the CSV reader asked for text after the end");
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_end >= MaxRecordChars) return false;
            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, MaxRecordChars));
        }
        while (_end < _buffer.Length)
        {
            var read = _text.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0) { _eof = true; break; }
            _end += read;
        }
        return true;
    }

    /// <summary>
    /// The record at <see cref="_start"/>, or null when the buffer ends before it does (and the
    /// text goes on). Sets the cells, <see cref="_recordEnd"/> and <see cref="_next"/>.
    /// </summary>
    private CsvRecordKind? TryParse()
    {
        _cellCount = 0;
        _unescapedLength = 0;
        var buffer = _buffer;
        var end = _end;
        var p = _start;
        while (true)
        {
            var cellStart = p;
            while (p < end && buffer[p] == ' ') p++;
            if (p < end && buffer[p] == '"')
            {
                var open = p;
                var contentStart = p + 1;
                var escaped = false;
                p = contentStart;
                while (true)
                {
                    var found = buffer.AsSpan(p, end - p).IndexOfAny(QuoteOrLineBreak);
                    if (found < 0)
                    {
                        if (!_eof) return null;
                        return Unterminated(open); // the file ends inside the quoted cell
                    }
                    p += found;
                    if (buffer[p] == '"')
                    {
                        if (p + 1 >= end && !_eof) return null;
                        if (p + 1 < end && buffer[p + 1] == '"') { escaped = true; p += 2; continue; }
                        break;
                    }
                    // A line break inside the quoted cell: the next line either continues it, or is a
                    // record of its own that the cell's missing closing quote must not swallow.
                    if (ExpectedCellCount == 0) return Unterminated(open);
                    var lineStart = p + 1;
                    if (buffer[p] == '\r')
                    {
                        if (lineStart >= end && !_eof) return null;
                        if (lineStart < end && buffer[lineStart] == '\n') lineStart++;
                    }
                    var lineLength = buffer.AsSpan(lineStart, end - lineStart).IndexOfAny(LineBreak);
                    if (lineLength < 0)
                    {
                        if (!_eof) return null;
                        lineLength = end - lineStart;
                    }
                    if (IsRecordOfItsOwn(buffer.AsSpan(lineStart, lineLength))) return Unterminated(open);
                    p = lineStart;
                }
                var close = p++;
                // Text after the closing quote (lenient readers and spreadsheets keep it) up to the cell's end.
                var after = buffer.AsSpan(p, end - p).IndexOfAny(_cellEnd);
                if (after < 0)
                {
                    if (!_eof) return null;
                    after = end - p;
                }
                AddQuotedCell(contentStart, close - contentStart, escaped, p, after);
                p += after;
            }
            else
            {
                var length = buffer.AsSpan(p, end - p).IndexOfAny(_cellEnd);
                if (length < 0)
                {
                    if (!_eof) return null;
                    length = end - p;
                }
                p += length;
                AddCell(cellStart, p - cellStart);
            }

            if (p < end && buffer[p] == _separator) { p++; continue; }

            // A line break or the end of the text ends the record.
            _recordEnd = p;
            if (p < end)
            {
                if (buffer[p] == '\r' && p + 1 >= end && !_eof) return null;
                p += buffer[p] == '\r' && p + 1 < end && buffer[p + 1] == '\n' ? 2 : 1;
            }
            _next = p;
            return CsvRecordKind.Record;
        }
    }

    /// <summary>The record is the line the quoted cell opened on; reading resumes at the next line (null: the buffer ends inside its CRLF).</summary>
    private CsvRecordKind? Unterminated(int open)
    {
        _cellCount = 0;
        var lineEnd = _buffer.AsSpan(open, _end - open).IndexOfAny(LineBreak);
        if (lineEnd < 0)
        {
            _recordEnd = _next = _end;
            return CsvRecordKind.UnterminatedQuote;
        }
        var p = open + lineEnd;
        if (_buffer[p] == '\r' && p + 1 >= _end && !_eof) return null;
        _recordEnd = p;
        _next = p + (_buffer[p] == '\r' && p + 1 < _end && _buffer[p + 1] == '\n' ? 2 : 1);
        return CsvRecordKind.UnterminatedQuote;
    }

    /// <summary>
    /// Whether a line read alone is a record of the header's width. A first cell ending in a quote
    /// is rather the closing line of a quoted first cell that spans lines.
    /// </summary>
    private const int MinSpacesInProse = 3;

    private bool IsRecordOfItsOwn(ReadOnlySpan<char> line)
    {
        if (BlankLine.Is(line)) return false;
        var cells = 0;
        var p = 0;
        while (true)
        {
            var cellStart = p;
            while (p < line.Length && line[p] == ' ') p++;
            var quoted = p < line.Length && line[p] == '"';
            if (quoted)
            {
                p++;
                while (p < line.Length)
                {
                    if (line[p] == '"')
                    {
                        if (p + 1 < line.Length && line[p + 1] == '"') { p += 2; continue; }
                        break;
                    }
                    p++;
                }
                if (p < line.Length) p++;
            }
            var rest = line[p..].IndexOf(_separator);
            var cellEnd = rest < 0 ? line.Length : p + rest;
            if (cells == 0 && !quoted && line[cellStart..cellEnd].TrimEnd().EndsWith('"')) return false;
            // A first cell of four words or more ("Clinical summary: Ms. Lanphear, 44, runs the register, …") is a line of a note's
            // prose with as many commas as the header has cells, not a row — where a row opens with an id, a date or a code.
            if (cells == 0 && !quoted && FirstColumnHoldsNoWords && line[cellStart..cellEnd].Trim().Count(' ') >= MinSpacesInProse) return false;
            cells++;
            if (cells > ExpectedCellCount) return false;
            if (rest < 0) break;
            p = cellEnd + 1;
        }
        return cells == ExpectedCellCount;
    }

    /// <summary>
    /// The record reached the limit without ending. If its first line is whole, a quoted cell ran
    /// on past it: the record is that line, and the lines after it are read again as rows. Else the
    /// line itself is too long: its first characters are kept and the rest is read past unbuffered.
    /// </summary>
    private void SkipTooLong()
    {
        _cellCount = 0;
        var lineEnd = _buffer.AsSpan(_start, _end - _start).IndexOfAny(LineBreak);
        if (lineEnd >= 0)
        {
            var p = _start + lineEnd;
            _recordEnd = p;
            _next = p + (_buffer[p] == '\r' && p + 1 < _end && _buffer[p + 1] == '\n' ? 2 : 1);
            return;
        }
        _head = _buffer.AsSpan(_start, Math.Min(HeadChars, _end - _start)).ToArray();
        _headLength = _head.Length;
        // Drop what is held (this one line) and read on to its end, a block at a time.
        _start = _end = 0;
        _buffer = new char[Math.Min(_blockChars, MaxRecordChars)];
        var lastWasCr = false;
        while (true)
        {
            var read = _text.Read(_buffer, 0, _buffer.Length);
            _end = read;
            if (read == 0)
            {
                _eof = true;
                _next = 0;
                return;
            }
            if (lastWasCr)
            {
                // The line ended with the CR that closed the last block; a CRLF's LF is part of that break.
                _next = _buffer[0] == '\n' ? 1 : 0;
                return;
            }
            var found = _buffer.AsSpan(0, read).IndexOfAny(LineBreak);
            if (found < 0) continue;
            if (_buffer[found] == '\r' && found + 1 == read) { lastWasCr = true; continue; }
            _next = found + (_buffer[found] == '\r' && _buffer[found + 1] == '\n' ? 2 : 1);
            return;
        }
    }

    private void AddCell(int start, int length)
    {
        var span = _buffer.AsSpan(start, length);
        var trimmed = span.TrimStart();
        start += span.Length - trimmed.Length;
        length = trimmed.TrimEnd().Length;
        Push((start, length, false));
    }

    /// <summary>A quoted cell: its content with "" read as ", then any text after the closing quote, trimmed.</summary>
    private void AddQuotedCell(int contentStart, int contentLength, bool escaped, int afterStart, int afterLength)
    {
        var content = _buffer.AsSpan(contentStart, contentLength);
        var after = _buffer.AsSpan(afterStart, afterLength).TrimEnd();
        if (!escaped && after.IsEmpty)
        {
            AddCell(contentStart, contentLength);
            return;
        }
        var needed = _unescapedLength + content.Length + after.Length;
        if (needed > _unescaped.Length) Array.Resize(ref _unescaped, Math.Max(_unescaped.Length * 2, needed));
        var begin = _unescapedLength;
        var target = _unescaped.AsSpan();
        for (var i = 0; i < content.Length; i++)
        {
            target[_unescapedLength++] = content[i];
            if (content[i] == '"') i++; // "" is one quote
        }
        after.CopyTo(target[_unescapedLength..]);
        _unescapedLength += after.Length;
        var cell = target[begin.._unescapedLength];
        var lead = cell.Length - cell.TrimStart().Length;
        Push((begin + lead, cell.Trim().Length, true));
    }

    private void Push((int Start, int Length, bool Unescaped) cell)
    {
        if (_cellCount == _cells.Length) Array.Resize(ref _cells, _cells.Length * 2);
        _cells[_cellCount++] = cell;
    }
}
