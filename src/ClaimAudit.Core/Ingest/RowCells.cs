namespace ClaimAudit.Core.Ingest;

/// <summary>
/// The trimmed text of one input row's known fields, copied into one reusable buffer so a row can
/// be validated after the CSV reader has moved on, without allocating a string per cell.
/// </summary>
internal sealed class RowCells
{
    private char[] _buffer = new char[1024];
    private int _length;
    private readonly (int Start, int Length)[] _cells = new (int, int)[Columns.Count];

    public void Clear()
    {
        _length = 0;
        Array.Clear(_cells);
    }

    public void Set(Column column, ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (_length + value.Length > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + value.Length));
        value.CopyTo(_buffer.AsSpan(_length));
        _cells[(int)column] = (_length, value.Length);
        _length += value.Length;
    }

    /// <summary>Adds a value to a list field filled from several columns ("Mod 1" … "Mod 4"), ';'-separated.</summary>
    public void Append(Column column, ReadOnlySpan<char> value)
    {
        value = value.Trim();
        if (value.IsEmpty) return;
        var (start, length) = _cells[(int)column];
        if (length == 0) { Set(column, value); return; }
        var needed = _length + length + 1 + value.Length;
        if (needed > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, needed));
        if (start + length != _length)
        {
            // Another field was set since: move this one to the end so it stays one span.
            _buffer.AsSpan(start, length).CopyTo(_buffer.AsSpan(_length));
            start = _length;
            _length += length;
        }
        _buffer[_length++] = ';';
        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
        _cells[(int)column] = (start, _length - start);
    }

    public ReadOnlySpan<char> this[Column column]
    {
        get
        {
            var (start, length) = _cells[(int)column];
            return _buffer.AsSpan(start, length);
        }
    }

    public bool IsBlank(Column column) => _cells[(int)column].Length == 0;
}
