using System.Text;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Tests.Ingest.IngestTestKit;

namespace ClaimAudit.Core.Tests.Ingest;

/// <summary>PRODUCT.md section 2, "JSON" and "Bad input" (a JSON row is the 1-based index of the visit).</summary>
public class JsonBatchReaderTests
{
    // The example of section 2, with a note.
    private const string SpecExample = """
        {
          "batchId": "B-2026-03-04",
          "visits": [{
            "visitId": "V-1001", "patientId": "P-77", "dateOfService": "2026-03-04",
            "payerId": "medicare", "diagnosisCodes": ["I69.351"], "ytdTherapyAmount": 1210.50,
            "note": "PNF D2 patterns, 8/10 perturbations",
            "lines": [{
              "code": "97112", "minutes": 20, "oneOnOne": true, "dividedAttentionMinutes": 0,
              "providerRole": "PT", "assistantMinutes": 0,
              "billedUnits": 2, "billedModifiers": ["GP"]
            }]
          }]
        }
        """;

    [Fact]
    public void Reads_the_section_2_example()
    {
        var analyzer = new RecordingNoteAnalyzer();
        var result = Read(SpecExample, analyzer: analyzer);

        Assert.Null(result.FileError);
        Assert.Equal("B-2026-03-04", result.BatchId);
        var visit = Assert.Single(result.Visits);
        Assert.Equal(("V-1001", "P-77", "medicare", new DateOnly(2026, 3, 4), 1), (visit.VisitId, visit.PatientId, visit.PayerId, visit.DateOfService, visit.FirstRow));
        Assert.Equal(["I69.351"], visit.DiagnosisCodes);
        Assert.Equal(1210.50m, visit.YtdFor("PTSLP"));
        Assert.Equal(["PNF D2 patterns, 8/10 perturbations"], analyzer.Seen);
        Assert.True(visit.Note.HasText);
        var line = Assert.Single(visit.Lines);
        Assert.Equal(new ServiceLine
        {
            Code = "97112", Minutes = 20, OneOnOne = true, DividedAttentionMinutes = 0, Role = ProviderRole.PT,
            AssistantMinutes = 0, BilledUnits = 2, BilledModifiers = line.BilledModifiers, Row = 1,
        }, line);
        Assert.Equal(["GP"], line.BilledModifiers);
    }

    [Fact]
    public void Property_names_and_values_are_matched_case_insensitively()
    {
        var result = Read("""
            {"VISITS": [{"VisitID": "V-1", "PatientId": "P-1", "DATEOFSERVICE": "3/4/2026", "payerID": "MEDICARE",
              "Lines": [{"Code": "g0283", "BilledModifiers": "gp;59"}]}]}
            """);

        var visit = Assert.Single(result.Visits);
        Assert.Equal("medicare", visit.PayerId);
        Assert.Equal("G0283", visit.Lines[0].Code);
        Assert.Equal(["GP", "59"], visit.Lines[0].BilledModifiers);
    }

    [Fact]
    public void A_bad_visit_is_rejected_with_its_index_and_every_reason_and_the_others_are_read()
    {
        var result = Read("""
            {"visits": [
              {"visitId": "V-1", "patientId": "P-1", "dateOfService": "2026-03-04", "payerId": "medicare", "lines": [{"code": "97112", "minutes": 20}]},
              {"patientId": "", "dateOfService": "2026-13-40", "payerId": "acme", "ytdTherapyAmount": "lots",
               "lines": [{"code": "97112", "minutes": 700, "oneOnOne": "maybe"}, {"code": "ABC", "providerRole": "XYZ", "billedUnits": {"n": 1}}]},
              {"visitId": "V-3", "patientId": "P-3", "dateOfService": "2026-03-04", "payerId": "medicare", "lines": []}
            ]}
            """);

        Assert.Equal(["V-1"], result.Visits.Select(v => v.VisitId));
        Assert.Collection(result.RejectedRows,
            row =>
            {
                Assert.Equal(2, row.Row);
                Assert.Equal(
                [
                    "missing visitId",
                    "missing patientId",
                    "dateOfService '2026-13-40' is not a date (use YYYY-MM-DD, M/D/YYYY, M/D/YY or YYYYMMDD)",
                    "unknown payer 'acme'",
                    "ytdTherapyAmount 'lots' is not a dollar amount from 0 to 1,000,000 (e.g. 1210.50)",
                    "line 1: minutes must be an integer 0..600 (got '700')",
                    "line 1: oneOnOne 'maybe' is not Y/N",
                    "line 2: billedUnits must be a string or a number",
                    "line 2: code 'ABC' is not a 5-character CPT/HCPCS code",
                    "line 2: providerRole 'XYZ' is not a discipline or credential we know (PT, PTA, OT, OTA, SLP; DPT, MPT, LPTA, OTR, OTR/L, COTA, CCC-SLP)",
                ], row.Errors);
            },
            row => Assert.Equal((3, "the visit has no lines"), (row.Row, Assert.Single(row.Errors))));
    }

    [Fact]
    public void A_value_of_the_wrong_shape_rejects_the_visit_not_the_file()
    {
        var result = Read("""
            {"visits": [
              {"visitId": "V-1", "patientId": "P-1", "dateOfService": "2026-03-04", "payerId": "medicare", "lines": "97112 x2"},
              {"visitId": "V-2", "patientId": "P-2", "dateOfService": "2026-03-04", "payerId": "medicare", "lines": [{"code": "97112", "minutes": 20}]}
            ]}
            """);

        Assert.Null(result.FileError);
        Assert.Equal(["V-2"], result.Visits.Select(v => v.VisitId));
        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal(1, rejected.Row);
        Assert.StartsWith("the visit is not in the expected shape at $.lines", Assert.Single(rejected.Errors));
    }

    [Fact]
    public void Malformed_json_is_a_file_error_naming_the_line()
    {
        var result = Read("{\n  \"visits\": [\n    {\"visitId\": \"V-1\",, }\n  ]\n}\n");

        Assert.NotNull(result.FileError);
        Assert.StartsWith("malformed JSON at line 3, byte ", result.FileError);
        Assert.Empty(result.Visits);
    }

    [Fact]
    public void Json_that_ends_early_is_a_file_error()
    {
        var result = Read("{\"visits\": [{\"visitId\": \"V-1\"");

        Assert.StartsWith("malformed JSON", result.FileError);
    }

    [Theory]
    [InlineData("[{\"visitId\": \"V-1\"}]", "the JSON batch must be an object with a \"visits\" array (section 2 of the input format)")]
    [InlineData("{\"batchId\": \"B-1\"}", "the JSON batch has no \"visits\" array")]
    public void Json_of_another_shape_is_a_file_error(string json, string error)
    {
        Assert.Equal(error, Read(json).FileError);
    }

    // A number batchId is kept as written: parsing it as a decimal overflowed (1e999, 30 digits)
    // and the FormatException escaped the reader, which must never throw on bad input.
    [Theory]
    [InlineData("1e999")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("42")]
    public void A_numeric_batch_id_is_kept_as_written(string batchId)
    {
        var result = Read($"{{\"batchId\": {batchId}, \"visits\": []}}");

        Assert.Null(result.FileError);
        Assert.Equal(batchId, result.BatchId);
        Assert.Empty(result.Visits);
    }

    private sealed class FailingNoteAnalyzer : ClaimAudit.Core.Documentation.INoteAnalyzer
    {
        public ClaimAudit.Core.Documentation.NoteFeatures Analyze(string noteText) => throw new FormatException($"cannot read '{noteText}'");
    }

    [Fact]
    public void A_parse_failure_no_check_foresaw_is_a_file_error_without_the_input_text()
    {
        var reader = new BatchReader(FindPayer, new FailingNoteAnalyzer());
        var json = """{"visits": [{"visitId": "V-1", "patientId": "P-1", "dateOfService": "2026-03-04", "payerId": "medicare", "note": "Jane Roe PNF", "lines": [{"code": "97112", "minutes": 20}]}]}""";

        var result = reader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), InputFormat.Auto);

        Assert.NotNull(result.FileError);
        Assert.DoesNotContain("Jane", result.FileError);
        Assert.Empty(result.Visits);
    }

    [Fact]
    public void Invalid_utf8_past_the_sniffed_prefix_rejects_that_visit_only()
    {
        // 1000 good visits (~120 KB) put the bad bytes well past the 64 KB the sniffer validates.
        var visits = Enumerable.Range(1, 1000).Select(i => $$"""{"visitId": "V-{{i}}", "patientId": "P-1", "dateOfService": "2026-03-04", "payerId": "medicare", "lines": [{"code": "97112", "minutes": 20}]},""");
        var bytes = new List<byte>(System.Text.Encoding.UTF8.GetBytes("{\"visits\": [" + string.Concat(visits)));
        bytes.AddRange(System.Text.Encoding.UTF8.GetBytes("""{"visitId": "V-X", "patientId": "P-2", "dateOfService": "2026-03-04", "payerId": "medicare", "note": "bad """));
        bytes.AddRange([0xC3, 0x28]); // not UTF-8
        bytes.AddRange(System.Text.Encoding.UTF8.GetBytes("\", \"lines\": [{\"code\": \"97112\", \"minutes\": 20}]}]}"));

        var result = Read(bytes.ToArray());

        // It used to escape the reader as InvalidOperationException.
        Assert.Null(result.FileError);
        Assert.Equal(1000, result.Visits.Count);
        var rejected = Assert.Single(result.RejectedRows);
        Assert.Equal((1001, "the visit contains text that is not valid UTF-8"), (rejected.Row, Assert.Single(rejected.Errors)));
    }

    /// <summary>
    /// Decision: an integral number is an integer however it is written (20, 20.0, 2e1 — JSON
    /// writers in Python or JavaScript produce all three), in JSON and CSV alike; 20.5, -1 and a
    /// number too large for any count are still rejected.
    /// </summary>
    [Theory]
    [InlineData("20", 20)]
    [InlineData("20.0", 20)]
    [InlineData("2e1", 20)]
    [InlineData("2.0E+1", 20)]
    public void Integral_minutes_are_accepted_however_the_number_is_written(string minutes, int expected)
    {
        var json = Read(VisitWithMinutes(minutes));
        var csv = Read(Csv(Header, $"V-1,P-1,2026-03-04,medicare,97112,{minutes}"));

        Assert.Equal(expected, Assert.Single(Assert.Single(json.Visits).Lines).Minutes);
        Assert.Equal(expected, Assert.Single(Assert.Single(csv.Visits).Lines).Minutes);
    }

    [Theory]
    [InlineData("20.5")]
    [InlineData("-1")]
    [InlineData("1e999")]
    [InlineData("2e-1")]
    public void Minutes_that_are_not_an_integer_0_to_600_reject_the_visit(string minutes)
    {
        var result = Read(VisitWithMinutes(minutes));

        Assert.Empty(result.Visits);
        Assert.Equal([$"line 1: minutes must be an integer 0..600 (got '{minutes}')"], Assert.Single(result.RejectedRows).Errors);
    }

    private static string VisitWithMinutes(string minutes) =>
        $$"""{"visits": [{"visitId": "V-1", "patientId": "P-1", "dateOfService": "2026-03-04", "payerId": "medicare", "lines": [{"code": "97112", "minutes": {{minutes}}}]}]}""";

    [Fact]
    public void The_same_visit_id_twice_with_different_patients_rejects_both()
    {
        var result = Read("""
            {"visits": [
              {"visitId": "V-1", "patientId": "P-1", "dateOfService": "2026-03-04", "payerId": "medicare", "lines": [{"code": "97112", "minutes": 20}]},
              {"visitId": "V-1", "patientId": "P-2", "dateOfService": "2026-03-04", "payerId": "medicare", "lines": [{"code": "97110", "minutes": 20}]}
            ]}
            """);

        Assert.Empty(result.Visits);
        Assert.Equal([1, 2], result.RejectedRows.Select(r => r.Row));
        Assert.All(result.RejectedRows, r => Assert.Equal(["visit V-1 is listed more than once with different patientId (visits 1, 2)"], r.Errors));
    }

    [Fact]
    public void A_batch_larger_than_the_read_buffer_is_streamed_visit_by_visit()
    {
        // ~1 KB a visit, 400 visits: several buffer refills, values split across them.
        var json = new StringBuilder("\uFEFF{ \"visits\": [");
        for (var i = 1; i <= 400; i++)
        {
            if (i > 1) json.Append(',');
            json.Append($$"""
                {"visitId": "V-{{i}}", "patientId": "P-{{i}}", "dateOfService": "2026-03-04", "payerId": "medicare",
                 "note": "{{new string('n', 900)}} {{i}}",
                 "lines": [{"code": "97112", "minutes": {{i % 60}}}, {"code": "97110", "minutes": 15}]}
                """);
        }
        json.Append("], \"batchId\": \"late-batch-id\" }");

        var result = Read(json.ToString());

        Assert.Null(result.FileError);
        Assert.Empty(result.RejectedRows);
        Assert.Equal(400, result.Visits.Count);
        Assert.Equal("late-batch-id", result.BatchId);
        Assert.Equal(Enumerable.Range(1, 400).Select(i => $"V-{i}"), result.Visits.Select(v => v.VisitId));
        Assert.Equal(Enumerable.Range(1, 400).Select(i => i % 60), result.Visits.Select(v => v.Lines[0].Minutes));
    }

    [Fact]
    public void Format_auto_sniffs_json_after_a_bom_and_whitespace_and_csv_otherwise()
    {
        var json = Read("\uFEFF  \n" + SpecExample);
        var csv = Read(Csv(Header, "V-1,P-1,2026-03-04,medicare,97112,20"));

        Assert.Equal("V-1001", Assert.Single(json.Visits).VisitId);
        Assert.Equal("V-1", Assert.Single(csv.Visits).VisitId);
    }

    [Theory]
    [InlineData("batch.csv", InputFormat.Csv)]
    [InlineData("batch.TSV", InputFormat.Csv)]
    [InlineData("batch.txt", InputFormat.Csv)]
    [InlineData("batch.json", InputFormat.Json)]
    [InlineData("batch", InputFormat.Auto)]
    public void The_file_name_extension_picks_the_format(string name, InputFormat format)
    {
        Assert.Equal(format, BatchReader.FormatFromFileName(name));
    }
}
