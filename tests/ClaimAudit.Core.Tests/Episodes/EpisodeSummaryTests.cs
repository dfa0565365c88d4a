using System.Text;
using System.Text.Json;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Reporting;
using static ClaimAudit.Core.Tests.Episodes.EpisodeKit;

namespace ClaimAudit.Core.Tests.Episodes;

/// <summary>
/// Issue 10, reports: the summary's episode picture (visits left per authorisation, plans ending
/// within 14 days, progress reports due at the next visit) in the JSON, the CSV and the HTML, and
/// nothing of it when the batch had no episode facts.
/// </summary>
public class EpisodeSummaryTests
{
    // An id with markup in it: the HTML must show it, not run it.
    private const string Marked = "P<3>&";

    /// <summary>
    /// P-1 (commercial-ama): authorisation A-1 for 10 visits, 7 stored, 1 in the batch: 2 left.
    /// P-2 (Medicare): a certified plan from 2026-01-05 without an end: 90 days make it end 2026-04-05,
    /// 11 days after the batch's latest date (2026-03-25), so it ends within 14 days (§220.1.3).
    /// P&lt;3&gt;&amp; (Medicare): start of care 2026-03-01, 9 treatment days stored, the 10th in the batch:
    /// not flagged yet (10 is not past 10), but the next treatment day needs a progress report (§220.3).
    /// </summary>
    private static AuditOutcome PictureBatch()
    {
        var stored = Enumerable.Range(1, 7).Select(i => new EpisodeVisit($"H1-{i}", D("2026-02-01").AddDays(i), "commercial-ama", "A-1", false))
            .ToList();
        var progress = Enumerable.Range(0, 9).Select(i => new EpisodeVisit($"H3-{i}", D("2026-03-01").AddDays(i), "medicare", null, false)).ToList();
        var history = new BatchHistory
        {
            Visits = new Dictionary<string, IReadOnlyList<EpisodeVisit>> { ["P-1"] = stored, [Marked] = progress },
            Episodes = new Dictionary<string, PatientEpisode>
            {
                ["P-1"] = new() { Authorizations = [new Authorization("A-1", D("2026-01-01"), D("2026-03-31"), 10, "commercial-ama")] },
                ["P-2"] = new() { Plans = [new PlanOfCare(D("2026-01-05"), null, D("2026-01-06"), D("2026-01-05"))] },
                [Marked] = new() { Plans = [new PlanOfCare(D("2026-03-01"), null, D("2026-03-02"), D("2026-03-01"))] },
            },
        };
        return Audit(EpisodeKit.Engine(), history,
            Visit("V-1", "2026-03-20", "commercial-ama", patient: "P-1"),
            Visit("V-2", "2026-03-25", patient: "P-2"),
            Visit("V-3", "2026-03-10", patient: Marked));
    }

    private static async Task<string> Write(AuditOutcome outcome, Func<Stream, AuditReport, Task> write)
    {
        using var stream = new MemoryStream();
        await write(stream, outcome.Report);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task The_json_summary_carries_the_episode_picture(int schema)
    {
        using var outcome = PictureBatch();
        var json = await Write(outcome, (s, r) => ReportJson.WriteAsync(s, r, schema));
        using var doc = JsonDocument.Parse(json);
        var e = doc.RootElement.GetProperty("summary").GetProperty("episodes");
        Assert.Equal("2026-03-25", e.GetProperty("asOf").GetString());

        var auth = Assert.Single(e.GetProperty("authorizations").EnumerateArray());
        Assert.Equal("P-1", auth.GetProperty("patientId").GetString());
        Assert.Equal("commercial-ama", auth.GetProperty("payerId").GetString());
        Assert.Equal("A-1", auth.GetProperty("number").GetString());
        Assert.Equal("2026-03-31", auth.GetProperty("end").GetString());
        Assert.Equal(10, auth.GetProperty("visitsAuthorized").GetInt32());
        Assert.Equal(8, auth.GetProperty("visitsUsed").GetInt32());
        Assert.Equal(2, auth.GetProperty("visitsLeft").GetInt32());

        var plan = Assert.Single(e.GetProperty("plansEnding").EnumerateArray());
        Assert.Equal("P-2", plan.GetProperty("patientId").GetString());
        Assert.Equal("medicare", plan.GetProperty("payerId").GetString());
        Assert.Equal("2026-01-05", plan.GetProperty("pocStart").GetString());
        Assert.Equal("2026-04-05", plan.GetProperty("ends").GetString());

        var due = Assert.Single(e.GetProperty("progressReportsDue").EnumerateArray());
        Assert.Equal(Marked, due.GetProperty("patientId").GetString());
        Assert.Equal(10, due.GetProperty("treatmentDaysSinceReport").GetInt32());
        // Day 10 itself is not flagged: the report is due at the next one.
        Assert.DoesNotContain(outcome.Report.Visits.SelectMany(v => v.Findings), f => f.RuleId == "PROGRESS_REPORT_DUE");
    }

    [Fact]
    public async Task The_csv_lists_the_episode_picture_as_info_rows_and_the_html_has_an_escaped_section()
    {
        using var outcome = PictureBatch();
        var csv = await Write(outcome, (s, r) => ReportCsv.WriteAsync(s, r));
        var rows = csv.Split("\r\n");
        Assert.Contains(",P-1,,commercial-ama,,,,,,,,,EPISODE_AUTHORIZATION,Authorization visits left,info,billing,\"Authorization A-1: 8 of 10 visits used, 2 left; ends 2026-03-31 (as of 2026-03-25)\",request more visits from commercial-ama before they run out,,,,", rows);
        Assert.Contains(",P-2,,medicare,,,,,,,,,EPISODE_PLAN_ENDING,Plan of care ending,info,clinician,The plan of care from 2026-01-05 ends 2026-04-05 (as of 2026-03-25),re-evaluate and get the next plan of care certified before 2026-04-05,,,,", rows);
        Assert.Contains(",P<3>&,,medicare,,,,,,,,,EPISODE_PROGRESS_REPORT_DUE,Progress report due,info,clinician,10 treatment days since the start of care or the last progress report; the next visit needs one,write the progress report at the next visit,,,,", rows);

        var html = await Write(outcome, (s, r) => ReportHtml.WriteAsync(s, r));
        var start = html.IndexOf("<details class=\"section episodes\"", StringComparison.Ordinal);
        Assert.True(start > 0, "the HTML has an episodes section");
        var section = html[start..html.IndexOf("</details>", start, StringComparison.Ordinal)];
        Assert.Contains("as of 2026-03-25", section);
        Assert.Contains("<tr data-auth=\"A-1\"><td>P-1</td><td>commercial-ama</td><td>A-1</td><td>2026-03-31</td><td class=\"num\">10</td><td class=\"num\">8</td><td class=\"num\" data-visits-left=\"2\">2</td></tr>", section);
        Assert.Contains("<td>P-2</td><td>medicare</td><td>2026-01-05</td><td>2026-04-05</td>", section);
        Assert.Contains("<td>P&lt;3&gt;&amp;</td><td>medicare</td><td class=\"num\">10</td>", section);
        Assert.DoesNotContain("P<3>", html);
    }

    [Fact]
    public async Task A_batch_without_episode_facts_has_no_episode_picture_in_any_format()
    {
        using var outcome = Audit(EpisodeKit.Engine(), BatchHistory.Empty, Visit("V-1", "2026-03-02"));
        Assert.Null(outcome.Report.Summary.Episodes);
        Assert.DoesNotContain("episodes", await Write(outcome, (s, r) => ReportJson.WriteAsync(s, r, 1)), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("episodes", await Write(outcome, (s, r) => ReportJson.WriteAsync(s, r, 2)), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("EPISODE_", await Write(outcome, (s, r) => ReportCsv.WriteAsync(s, r)), StringComparison.Ordinal);
        Assert.DoesNotContain("data-section=\"episodes\"", await Write(outcome, (s, r) => ReportHtml.WriteAsync(s, r)), StringComparison.Ordinal);
    }
}
