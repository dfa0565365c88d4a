using System.Globalization;
using System.Text;

namespace ClaimAudit.Core.Ingest;

/// <summary>
/// Reads a CSV visit batch one record at a time (PRODUCT.md section 2) with <see cref="CsvRecords"/>,
/// which reads quotes the way a spreadsheet does and recovers from a stray one at the next line
/// that is a record of its own (issue 14). The header is the first non-blank record; each record's
/// row number is the one a spreadsheet shows.
/// </summary>
internal static class CsvBatchParser
{
    public static IngestResult Parse(Stream input, char separator, ColumnMap columnMap, Func<HeaderMapping, TableRows> tableFor) =>
        Parse(input, separator, columnMap, tableFor, CsvRecords.DefaultMaxRecordChars);

    internal static IngestResult Parse(Stream input, char separator, ColumnMap columnMap, Func<HeaderMapping, TableRows> tableFor, int maxRecordChars)
    {
        // UTF-8 with or without BOM; malformed bytes become U+FFFD rather than failing the batch
        // (they can only be in free text: ids and codes with them are rejected by their own checks).
        using var text = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var records = new CsvRecords(text, separator, maxRecordChars);

        TableRows? table = null;
        string? noHeader = null;
        var searched = 0;

        while (records.Read())
        {
            // Blank lines (and rows whose cells are all empty) are skipped, before the header too,
            // but still occupy their row number.
            var rowNumber = records.Row;

            if (table is null)
            {
                if (noHeader is not null)
                {
                    // The first row named no field: look a little further for the real header, to say where it is.
                    if (records.Kind == CsvRecordKind.Record && (BlankLine.Is(records.Raw) || AllCellsBlank(records))) continue;
                    if (++searched > HeaderMapping.HeaderSearchRows) return IngestResult.Failed(noHeader);
                    if (records.Kind != CsvRecordKind.Record) continue;
                    if (HeaderMapping.HeaderFurtherDown(HeaderMapping.Of(HeaderCells(records), columnMap), rowNumber) is { } where)
                        return IngestResult.Failed(noHeader + where);
                    continue;
                }
                if (records.Kind == CsvRecordKind.UnterminatedQuote)
                    return IngestResult.Failed($"the header row (row {rowNumber}) has an unterminated quote; close the quoted name or remove the stray \"");
                if (records.Kind == CsvRecordKind.TooLong)
                    return IngestResult.Failed($"the header row (row {rowNumber}) is longer than the limit of {Chars(records.MaxRecordChars)} for a CSV row");
                if (BlankLine.Is(records.Raw) || AllCellsBlank(records)) continue;
                var header = HeaderMapping.Of(HeaderCells(records), columnMap);
                if (header.NamesNoField) { noHeader = header.Error; continue; }
                if (header.Error is not null) return IngestResult.Failed(header.Error);
                table = tableFor(header);
                records.ExpectedCellCount = records.CellCount;
                records.FirstColumnHoldsNoWords = FirstColumnHoldsNoWords(table.Bindings);
                continue;
            }

            if (records.Kind == CsvRecordKind.UnterminatedQuote)
            {
                table.Reject(rowNumber, [$"unterminated quote in row {rowNumber}: a quoted cell opened in it is not closed within the row; close the quoted cell or remove the stray \""],
                    VisitIdOfLine(records.Raw, separator, table.VisitIdSource));
                continue;
            }
            if (records.Kind == CsvRecordKind.TooLong)
            {
                table.Reject(rowNumber, [$"row {rowNumber} is longer than the limit of {Chars(records.MaxRecordChars)} for a CSV row and is not read; check the export (a quoted cell left open runs on into the lines below)"],
                    VisitIdOfLine(records.Raw, separator, table.VisitIdSource));
                continue;
            }

            table.BeginRow();
            foreach (var (source, field) in table.Bindings)
                if (source < records.CellCount) table.SetCell(field, records[source]);
            if (BlankLine.Is(records.Raw) || (table.ReadCellsBlank() && AllCellsBlank(records))) continue;
            table.EndRow(rowNumber);
        }

        if (table is null) return IngestResult.Failed(noHeader ?? "the file is empty");
        return table.Finish();
    }

    /// <summary>Whether the header's first column is bound to a field of ids, dates, codes or numbers (no note, name or list).</summary>
    private static bool FirstColumnHoldsNoWords((int Source, Column Field)[] bindings)
    {
        foreach (var (source, field) in bindings)
            if (source == 0)
                return field is Column.VisitId or Column.PatientId or Column.DateOfService or Column.PayerId or Column.CptCode or Column.Minutes
                    or Column.OneOnOne or Column.BilledUnits;
        return false;
    }

    /// <summary>The first non-blank row, understood as a header.</summary>
    public static HeaderPreview PreviewHeader(Stream input, char separator, ColumnMap columnMap)
    {
        using var text = new StreamReader(input, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var records = new CsvRecords(text, separator);
        HeaderMapping? first = null;
        var searched = 0;
        while (records.Read())
        {
            if (records.Kind == CsvRecordKind.Record && (BlankLine.Is(records.Raw) || AllCellsBlank(records))) continue;
            if (records.Kind != CsvRecordKind.Record)
            {
                if (first is null)
                    return new HeaderPreview(InputFormat.Csv, null, null, records.Kind == CsvRecordKind.TooLong
                        ? $"the header row (row {records.Row}) is longer than the limit of {Chars(records.MaxRecordChars)} for a CSV row"
                        : $"the header row (row {records.Row}) has an unterminated quote; close the quoted name or remove the stray \"");
                if (++searched >= HeaderMapping.HeaderSearchRows) break;
                continue;
            }
            var mapping = HeaderMapping.Of(HeaderCells(records), columnMap);
            if (first is null)
            {
                if (!mapping.NamesNoField) return new HeaderPreview(InputFormat.Csv, null, mapping, mapping.Error);
                first = mapping;
                continue;
            }
            if (HeaderMapping.HeaderFurtherDown(mapping, records.Row) is { } where)
                return new HeaderPreview(InputFormat.Csv, null, first, first.Error + where);
            if (++searched >= HeaderMapping.HeaderSearchRows) break;
        }
        return first is null ? new HeaderPreview(InputFormat.Csv, null, null, "the file is empty") : new HeaderPreview(InputFormat.Csv, null, first, first.Error);
    }

    /// <summary>The header row's cells as text, for <see cref="HeaderMapping"/>.</summary>
    internal static string[] HeaderCells(CsvRecords header)
    {
        var names = new string[header.CellCount];
        for (var i = 0; i < names.Length; i++) names[i] = header[i].ToString();
        return names;
    }

    private static string Chars(int count) =>
        count % (1024 * 1024) == 0
            ? $"{count / (1024 * 1024)} Mi characters ({count.ToString("N0", CultureInfo.InvariantCulture)})"
            : $"{count.ToString("N0", CultureInfo.InvariantCulture)} characters";

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

    private static bool AllCellsBlank(CsvRecords record)
    {
        for (var i = 0; i < record.CellCount; i++)
            if (!record[i].IsWhiteSpace()) return false;
        return true;
    }
}
