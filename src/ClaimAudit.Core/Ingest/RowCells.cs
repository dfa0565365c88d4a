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
