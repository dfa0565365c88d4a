namespace ClaimAudit.Core.Ingest;

/// <summary>
/// Reads a visit batch from a sheet of an .xlsx workbook (PRODUCT.md section 13): the first
/// non-blank row is the header, every other non-blank row a service line, numbered as Excel shows
/// it. Date cells arrive as ISO dates and numbers in invariant form, so the same field checks as
/// for CSV apply.
/// </summary>
internal static class XlsxBatchParser
{
    public static IngestResult Parse(Stream input, string? sheet, ColumnMap columnMap, Func<HeaderMapping, TableRows> tableFor)
    {
        using var reader = XlsxSheetReader.Open(input, sheet, out var error);
        if (reader is null) return IngestResult.Failed(error!);
        TableRows? table = null;
        string? noHeader = null;
        var searched = 0;
        while (reader.Read())
        {
            if (table is null)
            {
                var header = HeaderMapping.Of(HeaderCells(reader), columnMap);
                if (noHeader is not null)
                {
                    // The first row named no field: look a little further for the real header, to say where it is.
                    if (++searched > HeaderMapping.HeaderSearchRows) break;
                    if (HeaderMapping.HeaderFurtherDown(header, reader.RowNumber) is { } where)
                        return IngestResult.Failed($"sheet '{reader.SheetName}': {noHeader}{where}");
                    continue;
                }
                if (header.NamesNoField) { noHeader = header.Error; continue; }
                if (header.Error is not null) return IngestResult.Failed($"sheet '{reader.SheetName}': {header.Error}");
                table = tableFor(header);
                continue;
            }
            // Read() returns only rows with some text, so even a row whose known columns are all
            // blank is reported (as missing fields), never skipped: nothing is dropped silently.
            table.BeginRow();
            foreach (var (source, field) in table.Bindings) table.SetCell(field, reader.Cell(source));
            table.EndRow(reader.RowNumber);
        }
        if (noHeader is not null) return IngestResult.Failed($"sheet '{reader.SheetName}': {noHeader}");
        return table is null ? IngestResult.Failed($"sheet '{reader.SheetName}' is empty") : table.Finish();
    }

    public static HeaderPreview PreviewHeader(Stream input, string? sheet, ColumnMap columnMap)
    {
        using var reader = XlsxSheetReader.Open(input, sheet, out var error);
        if (reader is null) return new HeaderPreview(InputFormat.Xlsx, sheet, null, error);
        if (!reader.Read()) return new HeaderPreview(InputFormat.Xlsx, reader.SheetName, null, $"sheet '{reader.SheetName}' is empty");
        var mapping = HeaderMapping.Of(HeaderCells(reader), columnMap);
        if (!mapping.NamesNoField) return new HeaderPreview(InputFormat.Xlsx, reader.SheetName, mapping, mapping.Error);
        for (var searched = 0; searched < HeaderMapping.HeaderSearchRows && reader.Read(); searched++)
            if (HeaderMapping.HeaderFurtherDown(HeaderMapping.Of(HeaderCells(reader), columnMap), reader.RowNumber) is { } where)
                return new HeaderPreview(InputFormat.Xlsx, reader.SheetName, mapping, mapping.Error + where);
        return new HeaderPreview(InputFormat.Xlsx, reader.SheetName, mapping, mapping.Error);
    }

    private static string[] HeaderCells(XlsxSheetReader reader)
    {
        var names = new string[reader.CellCount];
        for (var i = 0; i < names.Length; i++) names[i] = reader.Cell(i).ToString();
        return names;
    }
}
