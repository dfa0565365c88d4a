using System.Globalization;
using System.Text;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Core.Tests.Ingest.Xlsx;
using nietras.SeparatedValues;
using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>PRODUCT.md section 13: a batch exported as .xlsx, with real date and number cells, reads like the CSV.</summary>
public class XlsxBatchTests
{
    private static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    /// <summary>
    /// The sample export as a billing system saves it to Excel: DOS a date cell, CPT codes, units and
    /// charges numbers, whole minutes numbers (and "24 min" left as text, as exports mix them).
    /// </summary>
    internal static byte[] SampleExportAsWorkbook()
    {
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true }).FromFile(SamplePath("emr-export.csv"));
        var rows = new List<(int Row, object?[] Cells)>();
        string[]? header = null;
        foreach (var row in reader)
        {
            var cells = new object?[row.ColCount];
            for (var i = 0; i < row.ColCount; i++) cells[i] = row[i].ToString();
            if (header is null) header = [.. cells.Cast<string>()];
            else
            {
                for (var i = 0; i < cells.Length; i++)
                {
                    var text = (string)cells[i]!;
                    cells[i] = header[i] switch
                    {
                        "DOS" => DateOnly.ParseExact(text, "MM/dd/yy", CultureInfo.InvariantCulture),
                        "CPT Code" or "Units" => int.Parse(text, CultureInfo.InvariantCulture),
                        "Charge" => double.Parse(text, CultureInfo.InvariantCulture),
                        "Treatment Minutes" when int.TryParse(text, out var minutes) => minutes,
                        _ => text.Length == 0 ? null : text,
                    };
                }
            }
            rows.Add((row.RowIndex + 1, cells));
        }
        return XlsxWriter.Write(("Billing Export", rows), ("Notes", [(1, ["exported by the PM system"])]));
    }


    [Fact]
    public void A_vendor_export_saved_as_xlsx_with_date_cells_audits_to_the_same_report_as_the_same_visits_in_our_columns()
    {
        var workbook = new ForwardOnlyStream(new MemoryStream(SampleExportAsWorkbook()));
        using var ours = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Ingest", "Fixtures", "emr-export.ours.csv"));

        Assert.Equal(AuditToJson(ours, InputFormat.Auto, null), AuditToJson(workbook, InputFormat.Auto, SamplePayerMap()));
    }

    [Fact]
    public void The_shipped_sample_workbook_is_the_sample_export_with_date_cells()
    {
        using var csv = File.OpenRead(SamplePath("emr-export.csv"));
        using var xlsx = File.OpenRead(SamplePath("emr-export.xlsx"));
        using (var sheet = XlsxSheetReader.Open(File.OpenRead(SamplePath("emr-export.xlsx")), null, out _)!)
        {
            Assert.True(sheet.Read() && sheet.Read());
            Assert.Equal("2026-03-02", sheet.Cell(3).ToString()); // a date cell, not the CSV's "03/02/26"
        }

        Assert.Equal(AuditToJson(csv, BatchReader.FormatFromFileName("emr-export.csv"), SamplePayerMap()),
                     AuditToJson(xlsx, BatchReader.FormatFromFileName("emr-export.xlsx"), SamplePayerMap()));
    }

    private static IngestResult Read(byte[] workbook, string? sheet = null) =>
        new BatchReader(FindPayer, new RecordingNoteAnalyzer())
            .Read(new ForwardOnlyStream(new MemoryStream(workbook)), InputFormat.Auto, new IngestOptions { Sheet = sheet });

    [Fact]
    public void Rows_are_numbered_as_excel_shows_them_and_each_bad_row_is_rejected_with_its_reasons()
    {
        var workbook = XlsxWriter.Write(("Visits",
        [
            (3, ["Encounter ID", "MRN", "Service Date", "Payer", "CPT", "Minutes", "Units"]),
            (4, ["E-1", "P-1", new DateOnly(2026, 3, 4), "medicare", 97110, 30, 2]),
            (7, ["E-2", "P-2", new DateOnly(2026, 3, 4), "medicare", 97110, 23.5, 2]),
            (8, ["E-3", "P-3", 46085, "medicare", 97110, 30, 2]), // a date left as Excel's serial number
            (9, [null, null, null, null, null, null, null, "a comment beside the table"]),
        ]));

        var result = Read(workbook);

        Assert.Null(result.FileError);
        Assert.Equal(["E-1", "E-3"], result.Visits.Select(v => v.VisitId));
        Assert.Equal(new DateOnly(2026, 3, 4), result.Visits[1].DateOfService);
        Assert.Equal([4, 8], result.Visits.Select(v => v.FirstRow));
        Assert.Collection(result.RejectedRows,
            r => Assert.Equal((7, "minutes must be an integer 0..600 (got '23.5')"), (r.Row, r.Errors.Single())),
            r => Assert.Equal((9, "missing visit_id (Encounter ID)"), (r.Row, r.Errors[0])));
    }

    [Fact]
    public void A_title_row_above_a_sheets_header_is_refused_saying_which_row_is_the_header()
    {
        var workbook = XlsxWriter.Write(("Export",
        [
            (1, ["Billing Export - March 2026"]),
            (3, ["Encounter ID", "MRN", "DOS", "Payer", "CPT", "Minutes"]),
            (4, ["E-1", "P-1", new DateOnly(2026, 3, 4), "medicare", 97110, 30]),
        ]));

        Assert.EndsWith("; row 3 looks like the header (Encounter ID, MRN, DOS, Payer, …): delete the rows above it", Read(workbook).FileError);
        Assert.StartsWith("sheet 'Export': no header row", Read(workbook).FileError);
    }

    [Fact]
    public void The_sheet_is_chosen_by_name_and_an_unknown_one_is_a_file_error_naming_those_there_are()
    {
        var workbook = XlsxWriter.Write(
            ("Summary", [(1, ["Totals"])]),
            ("Visits", [(1, ["visit_id", "patient_id", "date_of_service", "payer_id", "cpt_code", "minutes"]), (2, ["V-1", "P-1", new DateOnly(2026, 3, 4), "medicare", "97110", 30])]));

        Assert.StartsWith("sheet 'Summary': no header row", Read(workbook).FileError);
        Assert.Equal(["V-1"], Read(workbook, "visits").Visits.Select(v => v.VisitId));
        var missing = Read(workbook, "March").FileError!;
        Assert.Contains("'March'", missing);
        Assert.Contains("Summary", missing);
        Assert.Contains("Visits", missing);
    }

    [Fact]
    public void A_workbook_without_sheets_or_with_a_password_is_a_file_error_with_a_clear_reason()
    {
        Assert.Contains("no sheets", Read(XlsxWriter.Write()).FileError);

        // An encrypted workbook is an OLE compound file holding an "EncryptedPackage" stream.
        var encrypted = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(encrypted, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(encrypted, 1024);
        Assert.Contains("password", Read(encrypted).FileError);
    }

    [Fact]
    public void The_dry_run_reads_a_workbooks_header_and_names_the_sheet()
    {
        var preview = new BatchReader(FindPayer, new RecordingNoteAnalyzer())
            .PreviewHeader(new MemoryStream(SampleExportAsWorkbook()), InputFormat.Xlsx);

        Assert.Equal((InputFormat.Xlsx, "Billing Export", null), (preview.Format, preview.Sheet, preview.FileError));
        Assert.Equal(["Mod 1", "Mod 2", "Mod 3", "Mod 4"], preview.Mapping!.Fields.Single(f => f.Field == "billed_modifiers").Columns.Select(c => c.Header));
    }
}
