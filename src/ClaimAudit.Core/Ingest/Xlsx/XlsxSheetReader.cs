using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace ClaimAudit.Core.Ingest;

/// <summary>
/// Reads one sheet of an .xlsx workbook row by row (PRODUCT.md section 13), each cell as the text a
/// CSV export of it would hold, with the row numbers Excel shows. Built on ExcelDataReader, which
/// streams the sheet XML: memory holds the shared-strings table and one row, whatever the row count.
/// </summary>
internal sealed class XlsxSheetReader : IDisposable
{
    private const int NamesShown = 5;

    private readonly IExcelDataReader _reader;
    private readonly Stream? _ownedCopy;
    private char[] _text = new char[1024];
    private (int Start, int Length)[] _cells = new (int, int)[16];
    private int _cellCount;
    private int _rowNumber;

    static XlsxSheetReader()
    {
        // ExcelReaderConfiguration's constructor asks for code page 1252 (its fallback for .xls and
        // CSV, never used for .xlsx), which .NET only knows once the in-box code-pages provider is
        // registered; without it every open throws NotSupportedException.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private XlsxSheetReader(IExcelDataReader reader, Stream? ownedCopy, IReadOnlyList<string> sheetNames, string sheetName)
    {
        _reader = reader;
        _ownedCopy = ownedCopy;
        SheetNames = sheetNames;
        SheetName = sheetName;
    }

    /// <summary>
    /// Opens the workbook from a (possibly non-seekable) stream and selects the sheet: sheetName null = the first sheet;
    /// otherwise matched case-insensitively. Returns null and sets error to a clear, user-facing reason when it cannot:
    /// not an xlsx, a password-protected workbook, an old .xls, a workbook with no sheets, a sheet name not found, a
    /// corrupt file. Never throws for bad input; exceptions from reading <paramref name="input"/> itself (the caller's
    /// size limit) propagate. A seekable input is read from position 0; the input is left open.
    /// </summary>
    public static XlsxSheetReader? Open(Stream input, string? sheetName, out string? error)
    {
        ArgumentNullException.ThrowIfNull(input);
        // ExcelDataReader seeks (to probe the signature, then through the zip), so a forward-only
        // input is copied first; a seekable one is read in place.
        var copy = input.CanSeek ? null : XlsxPackage.CopyToSeekable(input);
        var seekable = copy ?? input;
        IExcelDataReader? reader = null;
        try
        {
            var result = OpenSheet(seekable, copy, sheetName, out reader, out error);
            if (result is null)
            {
                reader?.Dispose();
                copy?.Dispose();
            }
            return result;
        }
        catch (Exception ex) when (IsBadWorkbook(ex))
        {
            reader?.Dispose();
            copy?.Dispose();
            error = ex is XmlException
                ? "the workbook is corrupt (a part of it is not well-formed XML); open it in Excel and save a new copy, or export CSV"
                : "the workbook is corrupt and cannot be read; open it in Excel and save a new copy, or export CSV";
            return null;
        }
        catch
        {
            reader?.Dispose();
            copy?.Dispose();
            throw;
        }
    }

    private static XlsxSheetReader? OpenSheet(Stream seekable, Stream? copy, string? sheetName, out IExcelDataReader? reader, out string? error)
    {
        reader = null;
        switch (XlsxPackage.Classify(seekable))
        {
            case XlsxContainer.Empty:
                error = "the file is empty";
                return null;
            case XlsxContainer.EncryptedOle:
                error = "the workbook is password-protected; save a copy without a password";
                return null;
            case XlsxContainer.OtherOle:
                error = "the file is an old Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx) or CSV";
                return null;
            case XlsxContainer.Unknown:
                error = "the file is not an .xlsx workbook; save the export as an Excel Workbook (.xlsx) or CSV";
                return null;
        }

        var names = XlsxPackage.ReadSheetNames(seekable, out error);
        if (names is null) return null;
        if (names.Count == 0)
        {
            error = "the workbook has no sheets";
            return null;
        }

        var index = 0;
        if (sheetName is not null)
        {
            index = names.FindIndex(n => string.Equals(n, sheetName, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                error = $"the workbook has no sheet named '{sheetName}'; its sheets are {SheetList(names)}";
                return null;
            }
        }

        reader = ExcelReaderFactory.CreateOpenXmlReader(seekable, new ExcelReaderConfiguration { LeaveOpen = true });
        if (reader.ResultsCount != names.Count)
        {
            error = "the workbook's list of sheets cannot be read; open it in Excel and save a new copy, or export CSV";
            return null;
        }
        // The reader starts on the first sheet. Each step to the next one scans that sheet whole
        // (ExcelDataReader sizes a sheet before reading it), so only the sheets up to the chosen one are read.
        for (var i = 0; i < index; i++)
            reader.NextResult();

        error = null;
        return new XlsxSheetReader(reader, copy, names, names[index]);
    }

    private static string SheetList(List<string> names)
    {
        var shown = string.Join(", ", names.Take(NamesShown).Select(n => $"'{n}'"));
        return names.Count > NamesShown ? $"{shown}, … ({names.Count} in all)" : shown;
    }

    // What a malformed workbook makes System.IO.Compression (InvalidDataException), XmlReader or
    // ExcelDataReader throw; the last also lets int.Parse of a missing sheetId (ArgumentNullException)
    // and an absurd cell reference (IndexOutOfRangeException) escape. I/O failures of the caller's
    // stream, its size limit and NotSupportedException (the code-page registration gone) are not
    // bad input and propagate.
    private static bool IsBadWorkbook(Exception ex) => ex is ExcelReaderException or InvalidDataException or XmlException
        or EndOfStreamException or FormatException or OverflowException or ArgumentException or IndexOutOfRangeException;

    /// <summary>Names of the workbook's sheets in order.</summary>
    public IReadOnlyList<string> SheetNames { get; }

    /// <summary>The selected sheet's name.</summary>
    public string SheetName { get; }

    /// <summary>
    /// Advances to the next row that has at least one non-blank cell. False at the end of the sheet.
    /// The sheet was read through once by <see cref="Open"/>, so a damaged sheet fails there; should
    /// the second pass still fail, this throws <see cref="UnreadableWorkbookException"/> with a user-facing message.
    /// </summary>
    public bool Read()
    {
        try
        {
            while (_reader.Read())
            {
                // ExcelDataReader yields an empty row for every row number the sheet skips, so the
                // count of rows read (Depth is zero-based) is the row number Excel shows.
                _rowNumber = _reader.Depth + 1;
                if (LoadRow()) return true;
            }
        }
        catch (Exception ex) when (IsBadWorkbook(ex))
        {
            throw new UnreadableWorkbookException("the workbook is corrupt and cannot be read; open it in Excel and save a new copy, or export CSV", ex);
        }
        _cellCount = 0;
        return false;
    }

    /// <summary>The row number Excel shows for the current row (1-based; blank and missing rows are skipped but counted).</summary>
    public int RowNumber => _rowNumber;

    /// <summary>Number of cells in the current row (trailing empty cells are omitted).</summary>
    public int CellCount => _cellCount;

    /// <summary>
    /// The current row's cell i as text, trimmed: strings as written; a date-formatted number as
    /// yyyy-MM-dd, or yyyy-MM-ddTHH:mm:ss when it has a time of day; other numbers in invariant
    /// shortest round-trip form ("23", "1210.5"); booleans TRUE/FALSE; formulas as their cached
    /// value; empty for blank, missing and error cells and for i out of range. Valid until the next Read.
    /// </summary>
    public ReadOnlySpan<char> Cell(int i)
    {
        if ((uint)i >= (uint)_cellCount) return default;
        var (start, length) = _cells[i];
        return _text.AsSpan(start, length);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _ownedCopy?.Dispose();
    }

    // Formats every cell of the row once into one buffer, so Cell() hands out stable spans and a
    // row costs no string per cell. False when every cell is blank.
    private bool LoadRow()
    {
        var fields = _reader.FieldCount;
        if (_cells.Length < fields) Array.Resize(ref _cells, fields);
        var used = 0;
        _cellCount = 0;
        for (var i = 0; i < fields; i++)
        {
            var start = used;
            used = Append(_reader.GetValue(i), used);
            _cells[i] = (start, used - start);
            if (used > start) _cellCount = i + 1;
        }
        return _cellCount > 0;
    }

    private int Append(object? value, int at)
    {
        switch (value)
        {
            case null:
                return at;
            case string s:
                return AppendText(s, at);
            case double d:
                return AppendFormatted(d, at, null);
            case DateTime t:
                // ExcelDataReader converts to the millisecond; a time typed in Excel is whole seconds.
                t = new DateTime((t.Ticks + TimeSpan.TicksPerSecond / 2) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond);
                return AppendFormatted(t, at, t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss");
            case bool b:
                return AppendText(b ? "TRUE" : "FALSE", at);
            case TimeSpan span:
                // A duration format ([h]:mm) over a plain number of days: the number, like any other.
                return AppendFormatted(span.TotalDays, at, null);
            default:
                return AppendText(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", at);
        }
    }

    private int AppendText(string s, int at)
    {
        var text = s.AsSpan().Trim();
        Reserve(at, text.Length);
        text.CopyTo(_text.AsSpan(at));
        return at + text.Length;
    }

    private int AppendFormatted<T>(T value, int at, string? format) where T : ISpanFormattable
    {
        int written;
        while (!value.TryFormat(_text.AsSpan(at), out written, format, CultureInfo.InvariantCulture))
            Reserve(at, _text.Length - at + 64);
        return at + written;
    }

    private void Reserve(int at, int length)
    {
        if (at + length > _text.Length) Array.Resize(ref _text, Math.Max(_text.Length * 2, at + length));
    }
}

/// <summary>A sheet that turned out corrupt while its rows were read; the message is for the user.</summary>
internal sealed class UnreadableWorkbookException(string message, Exception inner) : Exception(message, inner);
