using System.Text;
using System.Text.Json;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;
using nietras.SeparatedValues;
using static ClaimAudit.Core.Tests.Rules.NoMinutesTests;
using static ClaimAudit.Core.Tests.Rules.RuleKit;

namespace ClaimAudit.Core.Tests.Reporting;

/// <summary>
/// Issue 12 in the reports: line control numbers on every line, locations instead of row numbers for
/// a claim file, and the "units not checked against time" notice once per batch and on each timed line.
/// </summary>
public class ClaimFileReportTests
{
    private const string Seg23 = "ST 0001, segment 23";
    private const string Seg27 = "ST 0001, segment 27";

    /// <summary>
    /// V-7 (an 837P claim): 97110 in two service lines, the first with REF*6R "LC-1" and GP, the second
    /// without GP (MOD_DISCIPLINE_MISSING on it). V-8 (a CSV row 5): 97110 30 min billed 1 (2 units under-billed by one), no line control.
    /// One rejected claim, at segment 40.
    /// </summary>
    private static AuditReport Report()
    {
        var v7 = Visit("V-7", "P-7", "medicare", "2026-03-04", null,
            ClaimLine("97110", 1, row: 23, location: Seg23, lineControl: "LC-1"),
            ClaimLine("97110", 1, modifiers: "", row: 27, location: Seg27));
        var v8 = Visit("V-8", "P-8", "medicare", "2026-03-04", null, Line("97110", 30, billed: 1) with { Row = 5 });
        var batch = new IngestResult
        {
            Visits = [v7, v8],
            RejectedRows = [new RejectedRow(40, ["payer \"ACME\" (payer id \"99999\") is not mapped to a payer profile"]) { VisitId = "V-9", Location = "ST 0002, segment 40" }],
        };
        return Engine.Evaluate(batch, BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch).Report;
    }

    private static async Task<string> WriteAsync(AuditReport report, Func<Stream, AuditReport, Task> write)
    {
        using var stream = new MemoryStream();
        await write(stream, report);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void A_finding_on_one_service_line_of_a_claim_names_its_segment_not_a_row()
    {
        var visit = Report().Visits.First(v => v.VisitId == "V-7");
        var missing = Assert.Single(visit.Findings, f => f.RuleId == RuleIds.ModDisciplineMissing);
        Assert.Equal(27, missing.Row);
        Assert.Contains($"({Seg27})", missing.Message);
        Assert.DoesNotContain("row 27", missing.Message);
        Assert.Equal(Seg27, missing.Location);
        // The second service line has no REF*6R: its control number is made up as {visitId}-{row}.
        Assert.Equal("V-7-27", missing.LineControl);
    }

    [Fact]
    public async Task Schema_2_gives_every_line_its_line_control_and_a_claim_lines_location_and_says_units_were_not_checked()
    {
        using var json = JsonDocument.Parse(await WriteAsync(Report(), (s, r) => ReportJson.WriteAsync(s, r, 2)));
        var root = json.RootElement;
        var visits = root.GetProperty("visits");
        var v7 = visits[0].GetProperty("lines")[0];
        Assert.Equal("LC-1", v7.GetProperty("lineControl").GetString());
        Assert.Equal(Seg23, v7.GetProperty("location").GetString());
        Assert.False(v7.TryGetProperty("minutes", out _));
        Assert.False(v7.TryGetProperty("computedUnits", out _));
        Assert.False(v7.GetProperty("unitsCheckedAgainstTime").GetBoolean());
        Assert.Equal(2, v7.GetProperty("billedUnits").GetInt32());

        var v8 = visits[1].GetProperty("lines")[0];
        Assert.Equal("V-8-5", v8.GetProperty("lineControl").GetString());
        Assert.False(v8.TryGetProperty("location", out _));
        Assert.False(v8.TryGetProperty("unitsCheckedAgainstTime", out _));
        Assert.Equal(30, v8.GetProperty("minutes").GetInt32());

        var finding = visits[0].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == RuleIds.ModDisciplineMissing);
        Assert.Equal(Seg27, finding.GetProperty("location").GetString());

        var rejected = Assert.Single(root.GetProperty("rejectedRows").EnumerateArray());
        Assert.Equal("ST 0002, segment 40", rejected.GetProperty("location").GetString());

        var summary = root.GetProperty("summary");
        Assert.False(summary.GetProperty("unitsCheckedAgainstTime").GetBoolean());
        Assert.Equal(1, summary.GetProperty("timedLinesNotChecked").GetInt32());
    }

    [Fact]
    public async Task Schema_1_keeps_its_shape_but_leaves_out_minutes_it_does_not_know_and_flags_the_line()
    {
        using var json = JsonDocument.Parse(await WriteAsync(Report(), (s, r) => ReportJson.WriteAsync(s, r, 1)));
        var line = json.RootElement.GetProperty("visits")[0].GetProperty("lines")[0];
        Assert.False(line.TryGetProperty("lineControl", out _));
        Assert.False(line.TryGetProperty("minutes", out _));
        Assert.False(line.GetProperty("unitsCheckedAgainstTime").GetBoolean());
        Assert.False(json.RootElement.GetProperty("summary").GetProperty("unitsCheckedAgainstTime").GetBoolean());
    }

    [Fact]
    public async Task A_csv_batch_says_its_units_were_checked_and_its_lines_carry_no_flag()
    {
        var report = Engine.Evaluate(new IngestResult { Visits = [Visit("medicare", "2026-03-04", Line("97110", 30, billed: 2))], RejectedRows = [] },
            BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch).Report;
        using var json = JsonDocument.Parse(await WriteAsync(report, (s, r) => ReportJson.WriteAsync(s, r, 2)));
        Assert.True(json.RootElement.GetProperty("summary").GetProperty("unitsCheckedAgainstTime").GetBoolean());
        Assert.False(json.RootElement.GetProperty("summary").TryGetProperty("timedLinesNotChecked", out _));
    }

    [Fact]
    public async Task The_csv_carries_line_control_and_location_and_says_units_were_not_checked_once_and_per_line()
    {
        var text = await WriteAsync(Report(), (s, r) => ReportCsv.WriteAsync(s, r));
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text.TrimStart('\uFEFF'));
        var rows = new List<Dictionary<string, string>>();
        var names = reader.Header.ColNames;
        foreach (var row in reader)
        {
            var record = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in names) record[name] = row[name].ToString();
            rows.Add(record);
        }

        var missing = rows.Single(r => r["rule_id"] == RuleIds.ModDisciplineMissing);
        Assert.Equal(("V-7-27", Seg27, "27"), (missing["line_control"], missing["location"], missing["row"]));

        var perLine = rows.Where(r => r["rule_id"] == ReportCsv.UnitsNotCheckedRuleId && r["visit_id"] == "V-7").ToList();
        var line = Assert.Single(perLine);
        Assert.Equal(("97110", "info", "LC-1", Seg23), (line["code"], line["severity"], line["line_control"], line["location"]));
        var batch = Assert.Single(rows, r => r["rule_id"] == ReportCsv.UnitsNotCheckedRuleId && r["visit_id"] == "");
        Assert.Equal(ReportText.UnitsNotChecked, batch["message"]);
        Assert.DoesNotContain(rows, r => r["rule_id"] == ReportCsv.UnitsNotCheckedRuleId && r["visit_id"] == "V-8");

        var v8 = rows.Single(r => r["visit_id"] == "V-8" && r["rule_id"] == RuleIds.UnitsUnderbilled);
        Assert.Equal("V-8-5", v8["line_control"]);
        Assert.Equal("", v8["location"]);

        var rejected = rows.Single(r => r["rule_id"] == ReportCsv.RejectedRowRuleId);
        Assert.Equal(("40", "ST 0002, segment 40"), (rejected["row"], rejected["location"]));
    }

    [Fact]
    public async Task The_html_shows_the_notice_each_unchecked_line_its_line_control_and_locations()
    {
        var html = await WriteAsync(Report(), (s, r) => ReportHtml.WriteAsync(s, r));
        Assert.Contains("data-notice=\"units-not-checked\"", html);
        Assert.Contains("data-line-control=\"LC-1\" data-units-checked=\"false\"", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(ReportText.LineUnitsNotChecked), html);
        Assert.Contains("data-line-control=\"V-8-5\">", html);
        Assert.Contains($"data-location=\"{Seg27}\"", html);
        // The rejected claim is listed by its location, not a bare row number.
        Assert.Contains($"<td class=\"num c-row\">{Seg27.Replace("1, segment 27", "2, segment 40")}</td>", html);
    }
}
