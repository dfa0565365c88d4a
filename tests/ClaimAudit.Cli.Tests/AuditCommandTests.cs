using System.Text.Json;

namespace ClaimAudit.Cli.Tests;

/// <summary>`claimaudit audit` end to end on the shipped sample batch (PRODUCT.md section 7).</summary>
public class AuditCommandTests
{
    [Fact]
    public async Task Sample_audit_prints_the_headline_and_the_findings_with_fixes()
    {
        var run = await CliRun.RunAsync("audit", CliRun.Sample);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains("36 visits", run.Stdout);
        Assert.Contains("4 rejected rows", run.Stdout);
        // The seed's trap: 97112 + 97110 needs a 59 for the commercial payer (V-2001) and not for Medicare (V-1001).
        Assert.Contains("PTP_MODIFIER_MISSING", run.Stdout);
        Assert.Contains("fix: ", run.Stdout);
        Assert.Contains("Rejected rows", run.Stdout);
        Assert.Contains("unknown payer 'acme'", run.Stdout);
    }

    [Fact]
    public async Task The_terminal_shows_a_lines_dollars_once_not_on_every_finding_about_it()
    {
        // samples/visits.csv V-1002: 97112 40 min → 3 units × $33.40 = $100.20. Its plan of care is not
        // certified (an error on the whole claim) and its note fails five documentation checks about the same
        // line. The claim is at risk for $100.20 once (the headline's counting), not seven times.
        var run = await CliRun.RunAsync("audit", CliRun.Sample);
        var block = run.Stdout[run.Stdout.IndexOf("V-1002  ", StringComparison.Ordinal)..];
        block = block[..block.IndexOf("\n\n", StringComparison.Ordinal)];

        Assert.StartsWith("V-1002  2026-03-02  medicare  [ERROR]  97112 40 min → 3u  — $100.20 at risk", block);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(block, System.Text.RegularExpressions.Regex.Escape("$100.20")));
        Assert.Contains("error   POC_NOT_CERTIFIED  ($100.20 at risk)", block);
        // Money left unbilled is said as such (V-1004: 97140 7 min billed 0 units, 1 unit × $27.30).
        Assert.Contains("warning UNITS_UNDERBILLED 97140  (+$27.30 unbilled)", run.Stdout);
    }

    [Fact]
    public async Task Out_dash_prints_the_json_report_and_every_row_is_accounted_for()
    {
        var run = await CliRun.RunAsync("audit", CliRun.Sample, "--out", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout); // the report alone, nothing mixed into it
        using var doc = JsonDocument.Parse(run.RawStdout);
        var root = doc.RootElement;
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        var summary = root.GetProperty("summary");
        Assert.Equal(36, summary.GetProperty("visits").GetInt32());
        Assert.Equal(4, summary.GetProperty("rejectedRows").GetInt32());

        // 59 data rows in the file (spreadsheet rows 2..60): every one is listed once, in the rows of
        // a report line (V-5001 bills 97110 on two rows, merged into one line) or as a rejected row.
        var dataRows = File.ReadAllLines(CliRun.Sample).Length - 1;
        Assert.Equal(59, dataRows);
        var visitIds = root.GetProperty("visits").EnumerateArray().Select(v => v.GetProperty("visitId").GetString()).ToList();
        Assert.Equal(36, visitIds.Distinct().Count());
        var lineRows = root.GetProperty("visits").EnumerateArray()
            .SelectMany(v => v.GetProperty("lines").EnumerateArray())
            .SelectMany(l => l.GetProperty("rows").EnumerateArray().Select(r => r.GetInt32()));
        var rejected = root.GetProperty("rejectedRows").EnumerateArray().Select(r => r.GetProperty("row").GetInt32()).ToList();
        Assert.Equal(4, rejected.Count);
        Assert.Equal(Enumerable.Range(2, dataRows), lineRows.Concat(rejected).Order());

        var v1001 = root.GetProperty("visits").EnumerateArray().Single(v => v.GetProperty("visitId").GetString() == "V-1001");
        Assert.DoesNotContain(v1001.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "PTP_MODIFIER_MISSING");
        var v2001 = root.GetProperty("visits").EnumerateArray().Single(v => v.GetProperty("visitId").GetString() == "V-2001");
        Assert.Contains(v2001.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "PTP_MODIFIER_MISSING");
    }

    [Fact]
    public async Task Schema_1_on_request_prints_the_same_audit_with_each_findings_text()
    {
        var compact = await CliRun.RunAsync("audit", CliRun.Sample, "--out", "-");
        var schema1 = await CliRun.RunAsync("audit", CliRun.Sample, "--out", "-", "--schema", "1");

        Assert.Equal(0, schema1.ExitCode);
        using var v2 = JsonDocument.Parse(compact.RawStdout);
        using var v1 = JsonDocument.Parse(schema1.RawStdout);
        Assert.Equal(1, v1.RootElement.GetProperty("schemaVersion").GetInt32());
        // The same findings, visit by visit: schema 1 names each by ruleId with its text, schema 2 by rule.
        static List<string> Rules(JsonElement root, string name) => root.GetProperty("visits").EnumerateArray()
            .SelectMany(v => v.GetProperty("findings").EnumerateArray().Select(f => v.GetProperty("visitId").GetString() + " " + f.GetProperty(name).GetString()))
            .ToList();
        Assert.Equal(Rules(v2.RootElement, "rule"), Rules(v1.RootElement, "ruleId"));
        Assert.All(v1.RootElement.GetProperty("visits").EnumerateArray().SelectMany(v => v.GetProperty("findings").EnumerateArray()),
            f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("message").GetString())));
        Assert.Equal(v2.RootElement.GetProperty("summary").GetRawText(), v1.RootElement.GetProperty("summary").GetRawText());
        // The wording is given once per rule in schema 2: its visits are smaller than schema 1's.
        Assert.True(v2.RootElement.GetProperty("visits").GetRawText().Length < v1.RootElement.GetProperty("visits").GetRawText().Length, "schema 2's visits are the compact ones");
    }

    [Fact]
    public async Task An_unknown_schema_is_refused_with_the_choices()
    {
        var run = await CliRun.RunAsync("audit", CliRun.Sample, "--out", "-", "--schema", "3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--schema", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fail_on_error_exits_1_when_the_batch_has_errors()
    {
        var run = await CliRun.RunAsync("audit", CliRun.Sample, "--fail-on", "error");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"^claimaudit: --fail-on error: \d+ errors, 4 rejected rows \(rejected rows were not audited\)", run.Stderr);
    }

    /// <summary>Runs the CLI over a CSV batch written to a temporary file, removed afterwards.</summary>
    private static async Task WithCsvAsync(string csv, Func<string, Task> test)
    {
        var path = Path.Combine(Path.GetTempPath(), $"claimaudit-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv);
        try
        {
            await test(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public Task Fail_on_error_fails_a_batch_that_audited_nothing_because_every_row_was_rejected() =>
        WithCsvAsync("visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes\nV-1,P-1,2026-03-04,acme,97110,30\nV-2,P-2,2026-13-40,medicare,97110,30\n", async path =>
        {
            var run = await CliRun.RunAsync("audit", path, "--fail-on", "error");
            Assert.Equal(1, run.ExitCode);
            Assert.Equal("claimaudit: --fail-on error: 2 rejected rows (rejected rows were not audited)\n", run.Stderr.ReplaceLineEndings("\n"));
            // Without --fail-on the audit ran: exit 0.
            Assert.Equal(0, (await CliRun.RunAsync("audit", path)).ExitCode);
        });

    [Fact]
    public Task A_header_without_minutes_exits_2_naming_the_column() =>
        WithCsvAsync("visit_id,patient_id,date_of_service,payer_id,cpt_code,billed_units\nV-1,P-1,2026-03-04,medicare,97110,2\n", async path =>
        {
            var run = await CliRun.RunAsync("audit", path, "--fail-on", "error");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("required column missing from the header: minutes", run.Stderr);
        });

    [Fact]
    public async Task Missing_file_exits_2_with_the_reason_on_stderr()
    {
        var run = await CliRun.RunAsync("audit", "no-such-batch.csv");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-batch.csv", run.Stderr);
        Assert.Contains("no such file", run.Stderr);
    }

    [Fact]
    public async Task A_file_that_is_not_a_batch_exits_2_with_the_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"claimaudit-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        try
        {
            var run = await CliRun.RunAsync("audit", path);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("cannot read", run.Stderr);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task Out_directory_writes_json_csv_and_html_reports()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"claimaudit-{Guid.NewGuid():N}");
        try
        {
            var run = await CliRun.RunAsync("audit", CliRun.Sample, "--out", dir, "--format", "all");
            Assert.Equal(0, run.ExitCode);
            using (var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "report.json"))))
                Assert.Equal(36, doc.RootElement.GetProperty("summary").GetProperty("visits").GetInt32());
            Assert.Contains("PTP_MODIFIER_MISSING", await File.ReadAllTextAsync(Path.Combine(dir, "report.csv")));
            var html = (await File.ReadAllTextAsync(Path.Combine(dir, "report.html"))).TrimStart('\uFEFF');
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
            // Issue 13: with the default clinic ("local") the page names the file audited.
            Assert.Contains("File <strong data-field=\"file\">visits.csv</strong>", html);
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public async Task A_malformed_payers_file_exits_2_naming_the_field()
    {
        var path = Path.Combine(Path.GetTempPath(), $"claimaudit-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{"payerId":"acme","unitMethod":"sometimes"}""");
        try
        {
            var run = await CliRun.RunAsync("audit", CliRun.Sample, "--payers", path);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("unitMethod", run.Stderr);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("audit")]                                        // FILE missing
    [InlineData("audit", "SAMPLE", "--format", "xml")]
    [InlineData("audit", "SAMPLE", "--fail-on", "eror")]
    [InlineData("audit", "SAMPLE", "--format", "html")]           // a format but nowhere to write it
    public async Task A_usage_mistake_exits_2_never_1_which_means_fail_on_was_met(params string[] args)
    {
        var run = await CliRun.RunAsync(args.Select(a => a == "SAMPLE" ? CliRun.Sample : a).ToArray());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("claimaudit --help", run.Stderr);
    }

    [Fact]
    public async Task An_out_path_that_is_a_file_exits_2_with_the_reason()
    {
        var path = Path.GetTempFileName();
        try
        {
            var run = await CliRun.RunAsync("audit", CliRun.Sample, "--out", path);
            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("claimaudit: ", run.Stderr);
        }
        finally { File.Delete(path); }
    }
}
