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
    public static IngestResult Parse(Stream input, char separator, VisitAssembler assembler)
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

        var columnIndex = new int[Columns.Count];
        Array.Fill(columnIndex, -1);
        var sawHeader = false;
        var cells = new RowCells();
        var errors = new List<string>();
        var diagnosisCodes = new List<string>();

        foreach (var row in reader)
        {
            if (!sawHeader)
            {
                sawHeader = true;
                var headerError = ReadHeader(row, columnIndex);
                if (headerError is not null) return IngestResult.Failed(headerError);
                continue;
            }

            // Spreadsheet row: Sep's RowIndex is 0 for the header and counts every physical row,
            // blank ones included, while a quoted multi-line note stays one row. So row = RowIndex + 1
            // is exactly the row number a spreadsheet shows for this record. Blank lines (and rows
            // whose cells are all empty) are skipped but still occupy their row number.
            var rowNumber = row.RowIndex + 1;
            cells.Clear();
            var blank = true;
            for (var c = 0; c < Columns.Count; c++)
            {
                var index = columnIndex[c];
                if (index < 0 || index >= row.ColCount) continue;
                cells.Set((Column)c, row[index].Span);
                if (!cells.IsBlank((Column)c)) blank = false;
            }
            if (blank && AllCellsBlank(row)) continue;

            errors.Clear();
            diagnosisCodes.Clear();
            var key = assembler.ParseVisitKey(cells, errors);
            var ytd = assembler.ParseVisitExtras(cells, errors, diagnosisCodes);
            var serviceLine = assembler.ParseLine(cells, key, rowNumber, errors);
            if (errors.Count > 0 || serviceLine is null || !key.IsComplete)
            {
                assembler.Reject(rowNumber, errors, key.VisitId);
                continue;
            }
            assembler.Accept(key, rowNumber, new ReadOnlySpan<Model.ServiceLine>(ref serviceLine), diagnosisCodes, ytd, cells[Column.Note]);
        }

        if (!sawHeader) return IngestResult.Failed("the file is empty");
        var (visits, rejected) = assembler.Finish();
        return new IngestResult { Visits = visits, RejectedRows = rejected };
    }

    private static bool AllCellsBlank(SepReader.Row row)
    {
        for (var i = 0; i < row.ColCount; i++)
            if (!row[i].Span.IsWhiteSpace()) return false;
        return true;
    }

    private static string? ReadHeader(SepReader.Row header, int[] columnIndex)
    {
        var recognised = 0;
        for (var i = 0; i < header.ColCount; i++)
        {
            if (!Columns.TryMatch(header[i].Span, out var column)) continue; // unknown columns are ignored
            if (columnIndex[(int)column] >= 0) continue; // a repeated column: the first one counts
            columnIndex[(int)column] = i;
            recognised++;
        }
        var required = string.Join(", ", Columns.Required.Select(c => Columns.CsvNames[(int)c]));
        if (recognised == 0)
            return $"no header row: the first line must name the columns, at least {required} (it names none of the expected columns)";
        var missing = Columns.Required.Where(c => columnIndex[(int)c] < 0).Select(c => Columns.CsvNames[(int)c]).ToList();
        if (missing.Count > 0)
            return $"required column{(missing.Count == 1 ? "" : "s")} missing from the header: {string.Join(", ", missing)}";
        return null;
    }
}
