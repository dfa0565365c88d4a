using System.Text;
using nietras.SeparatedValues;

namespace ClaimAudit.Core.Ingest;

/// <summary>
/// Reads a CSV visit batch with Sep, one row at a time (PRODUCT.md section 2). The header is read
/// as the first row ourselves (HasHeader = false) so duplicate or odd header names cannot trip
/// the library, and so the same row index gives the spreadsheet row number.
/// </summary>
internal static class CsvBatchParser
{
    public static IngestResult Parse(Stream input, char separator, ColumnMap columnMap, Func<HeaderMapping, TableRows> tableFor)
    {
        // UTF-8 with or without BOM; malformed bytes become U+FFFD rather than failing the batch
        // (they can only be in free text: ids and codes with them are rejected by their own checks).
        using var text = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        using var reader = Sep.New(separator).Reader(o => o with
        {
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = true,
            Trim = SepTrim.All,
        }).From(text);

        TableRows? table = null;
        string? noHeader = null;
        var searched = 0;

        // Physical lines that records broken by a stray quote took beyond their first: a spreadsheet
        // (which reads such a quote literally) shows each of them as a row of its own.
        var swallowedLines = 0;

        foreach (var row in reader)
        {
            // Spreadsheet row: Sep's RowIndex is 0 for the first line and counts every physical row,
            // blank ones included, while a quoted multi-line note stays one row. So RowIndex + 1 is
            // the row number a spreadsheet shows for this record, once the extra lines of broken
            // records are added back. Blank lines (and rows whose cells are all empty) are skipped,
            // before the header too, but still occupy their row number.
            var rowNumber = row.RowIndex + 1 + swallowedLines;

            // The raw record, read before any cell: unescaping and trimming rewrite it in place.
            var raw = row.Span;
            var quotes = raw.Contains('"') ? QuoteScan.Of(raw, separator) : QuoteScan.None;
            var blankLine = BlankLine.Is(raw);

            if (table is null)
            {
                if (blankLine || AllCellsBlank(row)) continue;
                if (noHeader is not null)
                {
                    // The first row named no field: look a little further for the real header, to say where it is.
                    if (++searched > HeaderMapping.HeaderSearchRows) return IngestResult.Failed(noHeader);
                    if (quotes.Broken) continue;
                    if (HeaderMapping.HeaderFurtherDown(HeaderMapping.Of(HeaderCells(row), columnMap), rowNumber) is { } where)
                        return IngestResult.Failed(noHeader + where);
                    continue;
                }
                if (quotes.Broken || (quotes.StrayInField >= 0 && quotes.FieldCount != row.ColCount))
                    return IngestResult.Failed($"the header row (row {rowNumber}) has an unbalanced quote; remove the stray \"");
                var header = HeaderMapping.Of(HeaderCells(row), columnMap);
                if (header.NamesNoField) { noHeader = header.Error; continue; }
                if (header.Error is not null) return IngestResult.Failed(header.Error);
                table = tableFor(header);
                continue;
            }

            if (quotes.Broken)
            {
                swallowedLines += RejectSwallowedLines(raw, separator, rowNumber, quotes, table.VisitIdSource, table) - 1;
                continue;
            }
            if (quotes.StrayInField >= 0 && quotes.FieldCount != row.ColCount && table.ReadsColumnAfter(quotes.StrayInField))
            {
                // Sep read the cells from the stray quote to the next one as one cell: every
                // recognised column after it would hold another column's value.
                table.Reject(rowNumber, [$"stray quote in row {rowNumber} runs cells together; quote the cell or remove the stray \""], VisitIdOfLine(raw, separator, table.VisitIdSource));
                continue;
            }

            table.BeginRow();
            foreach (var (source, field) in table.Bindings)
                if (source < row.ColCount) table.SetCell(field, row[source].Span);
            if (blankLine || (table.ReadCellsBlank() && AllCellsBlank(row))) continue;
            table.EndRow(rowNumber);
        }

        if (table is null) return IngestResult.Failed(noHeader ?? "the file is empty");
        return table.Finish();
    }

    /// <summary>The first non-blank row, understood as a header.</summary>
    public static HeaderPreview PreviewHeader(Stream input, char separator, ColumnMap columnMap)
    {
        using var text = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        using var reader = Sep.New(separator).Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.All }).From(text);
        HeaderMapping? first = null;
        var searched = 0;
        foreach (var row in reader)
        {
            if (BlankLine.Is(row.Span) || AllCellsBlank(row)) continue;
            var mapping = HeaderMapping.Of(HeaderCells(row), columnMap);
            if (first is null)
            {
                if (!mapping.NamesNoField) return new HeaderPreview(InputFormat.Csv, null, mapping, mapping.Error);
                first = mapping;
                continue;
            }
            if (HeaderMapping.HeaderFurtherDown(mapping, row.RowIndex + 1) is { } where)
                return new HeaderPreview(InputFormat.Csv, null, first, first.Error + where);
            if (++searched >= HeaderMapping.HeaderSearchRows) break;
        }
        return first is null ? new HeaderPreview(InputFormat.Csv, null, null, "the file is empty") : new HeaderPreview(InputFormat.Csv, null, first, first.Error);
    }

    /// <summary>The header row's cells as text, for <see cref="HeaderMapping"/>.</summary>
    internal static string[] HeaderCells(SepReader.Row header)
    {
        var names = new string[header.ColCount];
        for (var i = 0; i < names.Length; i++) names[i] = header[i].ToString();
        return names;
    }

    /// <summary>
    /// Rejects each physical line of a record that a stray or unterminated quote ran across, with
    /// the same reason naming the whole range; lines that are blank are skipped as anywhere else.
    /// Returns the number of physical lines the record spans.
    /// </summary>
    private static int RejectSwallowedLines(ReadOnlySpan<char> raw, char separator, int firstRow, QuoteScan quotes, int visitIdIndex, TableRows table)
    {
        // A record that ends inside quotes ran to the end of the file, its final line break included.
        var toEnd = quotes.EndsInsideQuotes;
        if (toEnd) raw = raw.TrimEnd("\r\n");
        var lineCount = 1;
        foreach (var c in raw)
            if (c == '\n') lineCount++;
        lineCount += raw.Count('\r') - raw.Count("\r\n"); // CRLF is one line break, a lone CR one too
        var lastRow = firstRow + lineCount - 1;
        var range = lineCount == 1 ? $"row {firstRow}" : $"rows {firstRow}..{lastRow}";
        string[] reason = quotes.Unterminated
            ? [$"unterminated quote in row {firstRow} swallows {range} (to the end of the file); close the quoted cell or remove the stray \""]
            : [$"unbalanced quote in row {firstRow} swallows {range}{(toEnd ? " (to the end of the file)" : "")}; quote the note or remove the stray \""];

        var rowNumber = firstRow;
        var rest = raw;
        while (true)
        {
            var end = rest.IndexOfAny('\r', '\n');
            var line = end < 0 ? rest : rest[..end];
            if (!BlankLine.Is(line))
                table.Reject(rowNumber, [.. reason], VisitIdOfLine(line, separator, visitIdIndex));
            if (end < 0) break;
            rowNumber++;
            rest = rest[(end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1))..];
        }
        return lineCount;
    }

    /// <summary>
    /// The visit id of a line whose quotes are broken, read as a spreadsheet would (quotes literal),
    /// so that the rest of that visit is rejected with it rather than audited in part.
    /// </summary>
    private static string? VisitIdOfLine(ReadOnlySpan<char> line, char separator, int visitIdIndex)
    {
        for (var i = 0; i < visitIdIndex; i++)
        {
            var next = line.IndexOf(separator);
            if (next < 0) return null;
            line = line[(next + 1)..];
        }
        var end = line.IndexOfAny(separator, '\r', '\n');
        var cell = (end < 0 ? line : line[..end]).Trim();
        if (cell.Length >= 2 && cell[0] == '"' && cell[^1] == '"') cell = cell[1..^1].Trim();
        return cell.IsEmpty ? null : new string(cell);
    }

    private static bool AllCellsBlank(SepReader.Row row)
    {
        for (var i = 0; i < row.ColCount; i++)
            if (!row[i].Span.IsWhiteSpace()) return false;
        return true;
    }

    /// <summary>
    /// A record's quotes checked against RFC 4180, where a quote only opens a quoted cell at the
    /// start of the cell. Sep (like most fast parsers) toggles quoting at every quote, so a stray
    /// inch mark in an unquoted note (6" box) makes it read past separators and line breaks up to
    /// the next quote, or to the end of the file. Sep 0.17 has no option to read such quotes
    /// literally, so the record it returns is scanned again here when it contains a quote.
    /// </summary>
    private readonly record struct QuoteScan(bool LineBreakOutsideQuotes, bool Unterminated, bool EndsInsideQuotes, int StrayInField, int FieldCount)
    {
        /// <summary>The record took in lines that a spreadsheet would show as rows of their own (or runs to the end of the file).</summary>
        public bool Broken => LineBreakOutsideQuotes || Unterminated;

        /// <summary>A record without quotes.</summary>
        public static QuoteScan None => new(false, false, false, StrayInField: -1, FieldCount: 0);

        public static QuoteScan Of(ReadOnlySpan<char> raw, char separator)
        {
            var stray = -1;
            var field = 0;
            var lineBreakOutside = false;
            var i = 0;
            var n = raw.Length;
            var quoteCount = raw.Count('"');
            while (true)
            {
                var start = i;
                while (start < n && raw[start] == ' ') start++;
                i = start;
                if (i < n && raw[i] == '"')
                {
                    // A quoted cell: "" is a quote inside it; it ends at a quote not doubled.
                    i++;
                    var closed = false;
                    while (i < n)
                    {
                        if (raw[i] == '"')
                        {
                            if (i + 1 < n && raw[i + 1] == '"') { i += 2; continue; }
                            closed = true;
                            i++;
                            break;
                        }
                        i++;
                    }
                    if (!closed) return new QuoteScan(lineBreakOutside, Unterminated: true, EndsInsideQuotes: quoteCount % 2 == 1, stray < 0 ? field : stray, field + 1);
                }
                // Unquoted text (or text after a closing quote) up to the separator: a quote here is
                // literal for a spreadsheet, and a line break here ends the record for it.
                while (i < n && raw[i] != separator)
                {
                    var c = raw[i];
                    if (c == '"') { if (stray < 0) stray = field; }
                    else if (c is '\r' or '\n') lineBreakOutside = true;
                    i++;
                }
                field++;
                if (i >= n) break;
                i++;
            }
            return new QuoteScan(lineBreakOutside, Unterminated: false, EndsInsideQuotes: quoteCount % 2 == 1, stray, field);
        }
    }
}
