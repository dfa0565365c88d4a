using System.IO.Compression;
using System.Text;
using ClaimAudit.Core.Ingest;
using static ClaimAudit.Core.Tests.Ingest.Xlsx.XlsxWriter;

namespace ClaimAudit.Core.Tests.Ingest.Xlsx;

/// <summary>PRODUCT.md section 13 (".xlsx ... row numbers as Excel shows them") and section 2, "Bad input".</summary>
public class XlsxSheetReaderTests
{
    private static readonly object?[] Header = ["Encounter ID", "Patient Account", "DOS", "CPT Code", "Minutes"];

    private static (string, IReadOnlyList<(int, object?[])>) Sheet(string name, params (int, object?[])[] rows) => (name, rows);

    private static XlsxSheetReader OpenOk(byte[] workbook, string? sheetName = null, bool forwardOnly = true)
    {
        Stream input = forwardOnly ? new ForwardOnlyStream(new MemoryStream(workbook)) : new MemoryStream(workbook);
        var reader = XlsxSheetReader.Open(input, sheetName, out var error);
        Assert.Null(error);
        return Assert.IsType<XlsxSheetReader>(reader);
    }

    private static string OpenError(byte[] bytes, string? sheetName = null)
    {
        using var reader = XlsxSheetReader.Open(new ForwardOnlyStream(new MemoryStream(bytes)), sheetName, out var error);
        Assert.Null(reader);
        return Assert.IsType<string>(error);
    }

    /// <summary>Every remaining row as (row number, cells as text).</summary>
    private static List<(int Row, string[] Cells)> ReadAll(XlsxSheetReader reader)
    {
        var rows = new List<(int, string[])>();
        while (reader.Read())
            rows.Add((reader.RowNumber, Enumerable.Range(0, reader.CellCount).Select(i => reader.Cell(i).ToString()).ToArray()));
        return rows;
    }

    private static string[] OnlyRow(params object?[] cells)
    {
        using var reader = OpenOk(Write(Sheet("Sheet1", (1, cells))));
        return Assert.Single(ReadAll(reader)).Cells;
    }

    [Fact]
    public void Date_cells_with_the_built_in_or_a_custom_date_format_read_as_iso_dates()
    {
        var serial = Serial(new DateTime(2026, 3, 4));

        Assert.Equal(["2026-03-04", "2026-03-04", "2026-03-04", "2026-03-04"],
            OnlyRow(new DateOnly(2026, 3, 4), new DateTime(2026, 3, 4), new Formatted(serial, "mm/dd/yyyy"), new Formatted(serial, "d-mmm-yy")));
    }

    [Fact]
    public void A_date_time_cell_keeps_its_time_to_the_second()
    {
        // 09:15 is not exact in binary; the reader must not turn it into 09:14:59.
        Assert.Equal(["2026-03-04T09:15:00", "2026-03-04T16:40:30"],
            OnlyRow(new DateTime(2026, 3, 4, 9, 15, 0), new Formatted(Serial(new DateTime(2026, 3, 4, 16, 40, 30)), "yyyy-mm-dd hh:mm:ss")));
    }

    [Fact]
    public void Numbers_read_in_shortest_invariant_form_and_a_serial_without_a_date_format_stays_a_number()
    {
        Assert.Equal(["46085", "23", "23.5", "97110", "1210.5", "0.1", "-4"],
            OnlyRow(46085, 23.0, 23.5, 97110, 1210.50m, 0.1, -4));
    }

    [Fact]
    public void Strings_are_trimmed_and_booleans_formulas_and_errors_read_as_excel_shows_them()
    {
        Assert.Equal(["V-1", "GP;59", "Dana Whitfield", "TRUE", "FALSE", "24", "V-1-x", "", "I69.351"],
            OnlyRow("  V-1 ", new Inline(" GP;59\t"), "Dana Whitfield", true, false,
                new Formula("F1*2", 24.0), new Formula("A1&\"-x\"", "V-1-x"), new Error("#N/A"), "I69.351"));
    }

    [Fact]
    public void Row_numbers_are_the_ones_excel_shows_across_blank_and_missing_rows()
    {
        var workbook = Write(Sheet("Charges",
            (3, Header),
            (4, ["V-1", "P-1", new DateOnly(2026, 3, 4), "97112", 23]),
            (5, ["   ", null, ""]),                      // present but blank: skipped, still counted
            (8, ["V-2", "P-2", new DateOnly(2026, 3, 5), "97110", 15]),
            (9, []),
            (12, ["V-3", "P-3", new DateOnly(2026, 3, 6), "97530", 30])));

        using var reader = OpenOk(workbook);
        var rows = ReadAll(reader);

        Assert.Equal([3, 4, 8, 12], rows.Select(r => r.Row));
        Assert.Equal(["Encounter ID", "Patient Account", "DOS", "CPT Code", "Minutes"], rows[0].Cells);
        Assert.Equal(["V-2", "P-2", "2026-03-05", "97110", "15"], rows[2].Cells);
    }

    [Fact]
    public void Cells_missing_inside_a_row_are_empty_trailing_ones_are_omitted_and_out_of_range_is_empty()
    {
        var workbook = Write(Sheet("Sheet1",
            (1, ["a", "b", "c", "d"]),
            (2, ["V-1", null, "x", null])));

        using var reader = OpenOk(workbook);
        Assert.True(reader.Read());
        Assert.True(reader.Read());
        Assert.Equal(3, reader.CellCount);
        Assert.Equal("V-1", reader.Cell(0).ToString());
        Assert.True(reader.Cell(1).IsEmpty);
        Assert.Equal("x", reader.Cell(2).ToString());
        Assert.True(reader.Cell(3).IsEmpty);
        Assert.True(reader.Cell(99).IsEmpty);
        Assert.True(reader.Cell(-1).IsEmpty);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Spans_of_one_row_stay_valid_together_until_the_next_read()
    {
        using var reader = OpenOk(Write(Sheet("Sheet1", (1, ["V-1", 23, new DateOnly(2026, 3, 4), true]))));
        Assert.True(reader.Read());

        ReadOnlySpan<char> a = reader.Cell(0), b = reader.Cell(1), c = reader.Cell(2), d = reader.Cell(3);

        Assert.Equal("V-1|23|2026-03-04|TRUE", string.Join('|', a.ToString(), b.ToString(), c.ToString(), d.ToString()));
    }

    [Fact]
    public void The_first_sheet_is_read_by_default()
    {
        var workbook = Write(Sheet("Charges", (1, ["first"])), Sheet("Payments", (1, ["second"])));

        using var reader = OpenOk(workbook);

        Assert.Equal(["Charges", "Payments"], reader.SheetNames);
        Assert.Equal("Charges", reader.SheetName);
        Assert.Equal("first", Assert.Single(ReadAll(reader)).Cells.Single());
    }

    [Fact]
    public void A_sheet_is_selected_by_name_ignoring_case()
    {
        var workbook = Write(Sheet("Summary", (1, ["summary"])), Sheet("Visit Lines", (2, ["V-9"])), Sheet("Notes", (1, ["notes"])));

        using var reader = OpenOk(workbook, "visit LINES");

        Assert.Equal("Visit Lines", reader.SheetName);
        var row = Assert.Single(ReadAll(reader));
        Assert.Equal((2, "V-9"), (row.Row, row.Cells.Single()));
    }

    [Fact]
    public void A_seekable_stream_is_read_in_place_and_left_open()
    {
        var stream = new MemoryStream(Write(Sheet("Sheet1", (1, ["V-1"]))));

        using (var reader = OpenOk(stream.ToArray(), forwardOnly: false))
            Assert.Single(ReadAll(reader));
        using (var reader = XlsxSheetReader.Open(stream, null, out _))
            Assert.NotNull(reader);

        Assert.True(stream.CanRead);
    }

    [Fact]
    public void A_large_sheet_from_a_forward_only_stream_reads_every_row()
    {
        var rows = Enumerable.Range(0, 20_000)
            .Select(i => (i + 2, new object?[] { $"V-{i}", $"P-{i % 700}", new DateOnly(2026, 1, 1).AddDays(i % 300), "97110", i % 40 }))
            .Prepend((1, Header)).ToArray();

        using var reader = OpenOk(Write(Sheet("Charges", rows)));
        var count = 0;
        var last = "";
        while (reader.Read())
        {
            count++;
            Assert.Equal(count, reader.RowNumber);
            last = reader.Cell(0).ToString();
        }

        Assert.Equal(20_001, count);
        Assert.Equal("V-19999", last);
    }

    [Fact]
    public void A_large_forward_only_input_is_copied_to_a_temp_file_that_is_deleted_on_close()
    {
        var bytes = new byte[3 * 100_000];
        new Random(7).NextBytes(bytes);

        var copy = XlsxPackage.CopyToSeekable(new ForwardOnlyStream(new MemoryStream(bytes)), spillBytes: 100_000);

        var file = Assert.IsType<FileStream>(copy);
        Assert.Equal(bytes, ReadToEnd(copy));
        Assert.True(File.Exists(file.Name));
        copy.Dispose();
        Assert.False(File.Exists(file.Name));
    }

    [Fact]
    public void A_small_forward_only_input_is_copied_to_memory()
    {
        var copy = XlsxPackage.CopyToSeekable(new ForwardOnlyStream(new MemoryStream([1, 2, 3])), spillBytes: 100_000);

        Assert.IsType<MemoryStream>(copy);
        Assert.Equal([1, 2, 3], ReadToEnd(copy));
    }

    [Fact]
    public void The_callers_size_limit_propagates_while_the_input_is_copied()
    {
        var workbook = Write(Sheet("Sheet1", (1, ["V-1"])));
        var metered = MeteredStream.Open(new ForwardOnlyStream(new MemoryStream(workbook)), maxBytes: workbook.Length / 2, prefixSize: 16);

        Assert.Throws<InputTooLargeException>(() => XlsxSheetReader.Open(metered, null, out _));
    }

    [Fact]
    public void Random_bytes_are_not_an_xlsx()
    {
        var bytes = new byte[4096];
        new Random(13).NextBytes(bytes);
        bytes[0] = 0x01;

        Assert.Equal("the file is not an .xlsx workbook; save the export as an Excel Workbook (.xlsx) or CSV", OpenError(bytes));
        Assert.Equal("the file is not an .xlsx workbook; save the export as an Excel Workbook (.xlsx) or CSV",
            OpenError(Encoding.UTF8.GetBytes("visit_id,patient_id\nV-1,P-1\n")));
    }

    [Fact]
    public void An_empty_file_says_so()
    {
        Assert.Equal("the file is empty", OpenError([]));
    }

    [Fact]
    public void A_zip_without_a_workbook_is_not_an_xlsx()
    {
        var zip = Zip(("word/document.xml", "<document/>"), ("[Content_Types].xml", "<Types/>"));

        Assert.Equal("the file is a zip archive but not an .xlsx workbook (it has no xl/workbook.xml); save the export as an Excel workbook (.xlsx) or CSV",
            OpenError(zip));
    }

    [Fact]
    public void A_binary_workbook_is_named()
    {
        Assert.Contains("Excel Binary Workbook (.xlsb)", OpenError(Zip(("xl/workbook.bin", "binary"))));
    }

    [Fact]
    public void A_password_protected_workbook_asks_for_a_copy_without_a_password()
    {
        Assert.Equal("the workbook is password-protected; save a copy without a password", OpenError(FakeCompoundFile("EncryptionInfo", "EncryptedPackage")));
    }

    [Fact]
    public void An_old_xls_workbook_asks_for_xlsx_or_csv()
    {
        Assert.Equal("the file is an old Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx) or CSV",
            OpenError(FakeCompoundFile("Workbook", "SummaryInformation")));
    }

    [Fact]
    public void A_workbook_with_no_sheets_says_so()
    {
        Assert.Equal("the workbook has no sheets", OpenError(Write()));
    }

    [Fact]
    public void An_unknown_sheet_name_lists_the_sheets_there_are()
    {
        var workbook = Write(Sheet("Charges", (1, ["a"])), Sheet("Payments", (1, ["b"])));

        Assert.Equal("the workbook has no sheet named 'Visits'; its sheets are 'Charges', 'Payments'", OpenError(workbook, "Visits"));
    }

    [Fact]
    public void The_list_of_sheets_in_the_error_is_clipped()
    {
        var workbook = Write(Enumerable.Range(1, 8).Select(i => Sheet($"S{i}", (1, ["x"]))).ToArray());

        Assert.Equal("the workbook has no sheet named 'Visits'; its sheets are 'S1', 'S2', 'S3', 'S4', 'S5', … (8 in all)", OpenError(workbook, "Visits"));
    }

    [Fact]
    public void A_truncated_workbook_is_reported_corrupt()
    {
        var workbook = Write(Sheet("Sheet1", (1, ["V-1", 23])));

        Assert.StartsWith("the workbook is corrupt", OpenError(workbook[..(workbook.Length * 2 / 3)]));
    }

    [Fact]
    public void A_workbook_whose_sheet_is_not_well_formed_xml_is_reported_corrupt()
    {
        var workbook = Write(Sheet("Sheet1", (1, ["V-1", 23])));
        var broken = Rewrite(workbook, "xl/worksheets/sheet1.xml", xml => xml.Replace("</sheetData>", "<row r=\"2\"><c r=\"A2\"></sheetData>"));

        Assert.StartsWith("the workbook is corrupt", OpenError(broken));
    }

    private static byte[] ReadToEnd(Stream stream)
    {
        var output = new MemoryStream();
        stream.CopyTo(output);
        stream.Position = 0;
        return output.ToArray();
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
                using (var writer = new StreamWriter(zip.CreateEntry(name).Open()))
                    writer.Write(text);
        return output.ToArray();
    }

    private static byte[] Rewrite(byte[] workbook, string part, Func<string, string> change)
    {
        var output = new MemoryStream();
        output.Write(workbook);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part)!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write(change(xml));
        }
        return output.ToArray();
    }

    /// <summary>
    /// Enough of an OLE compound file to be told apart: its signature, then directory-entry names in
    /// UTF-16LE as a compound file stores them (an encrypted .xlsx has EncryptionInfo and
    /// EncryptedPackage streams, an .xls a Workbook stream).
    /// </summary>
    private static byte[] FakeCompoundFile(params string[] streamNames)
    {
        var bytes = new byte[4096];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        var at = 1024;
        foreach (var name in streamNames)
        {
            Encoding.Unicode.GetBytes(name).CopyTo(bytes, at);
            at += 128;
        }
        return bytes;
    }
}
