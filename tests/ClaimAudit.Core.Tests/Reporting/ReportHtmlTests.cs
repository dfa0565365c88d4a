using System.Text;
using System.Text.RegularExpressions;
using ClaimAudit.Core.Reporting;
using static ClaimAudit.Core.Tests.Reporting.ReportSamples;

namespace ClaimAudit.Core.Tests.Reporting;

public class ReportHtmlTests
{
    internal const string ScriptPayload = "<script>alert(1)</script>";
    internal const string AttributePayload = "\"><img src=x onerror=alert(2)>";

    internal static async Task<string> WriteAsync(AuditReport report)
    {
        using var stream = new MemoryStream();
        await ReportHtml.WriteAsync(stream, report);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A visit whose every echoed field is hostile markup.</summary>
    internal static AuditReport Hostile() => new()
    {
        BatchId = ScriptPayload,
        ClinicId = AttributePayload,
        GeneratedAt = GeneratedAt,
        Summary = new ReportSummary
        {
            Visits = 1,
            Findings = new SeverityCounts { Error = 1 },
            ByRule = new(StringComparer.Ordinal) { [AttributePayload] = 1 },
            ByPayer = new(StringComparer.Ordinal) { [ScriptPayload] = new PayerSummary { Visits = 1, VisitsWithErrors = 1 } },
            ByCode = new(StringComparer.Ordinal) { [AttributePayload] = new CodeSummary { Lines = 1, LinesWithErrors = 1 } },
        },
        Visits =
        [
            Visit(ScriptPayload, AttributePayload, AttributePayload, "error",
                [Line(AttributePayload, 20, 1, 1, ScriptPayload)],
                [Finding(AttributePayload, "error", ScriptPayload, "Note: " + ScriptPayload, "Fix: " + AttributePayload, 10m)]),
        ],
        RejectedRows = [new RejectedRow(9, [ScriptPayload, AttributePayload])],
    };

    private static Dictionary<string, string> Attributes(string element) =>
        Regex.Matches(element, "([a-z-]+)=\"([^\"]*)\"").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    /// <summary>The opening tags of the bars of one chart, as attribute dictionaries.</summary>
    private static List<Dictionary<string, string>> Bars(string html, string chart)
    {
        var start = html.IndexOf($"data-chart=\"{chart}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"chart {chart} missing");
        var end = html.IndexOf("</figure>", start, StringComparison.Ordinal);
        return Regex.Matches(html[start..end], "<g class=\"bar\"[^>]*>").Select(m => Attributes(m.Value)).ToList();
    }

    [Fact]
    public async Task Is_one_self_contained_page_without_scripts_or_external_resources()
    {
        var html = await WriteAsync(Realistic());

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.EndsWith("</html>\n", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        foreach (var external in new[] { "<link", "<img", "<iframe", "<object", "<embed", "url(", "@import", " src=", " href=", "//" })
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Security-Policy", html);
        Assert.Contains("@media print", html);
    }

    [Fact]
    public async Task Charts_carry_the_summary_counts_by_rule_payer_and_code()
    {
        var html = await WriteAsync(Realistic());

        var byRule = Bars(html, "by-rule");
        Assert.Equal(
            [("DOC_MEASURE_MISSING", "1"), ("PTP_MODIFIER_MISSING", "1"), ("UNITS_OVERBILLED", "1"), ("UNITS_UNDERBILLED", "1")],
            byRule.Select(b => (b["data-rule"], b["data-count"])).OrderBy(x => x.Item1, StringComparer.Ordinal));

        var byPayer = Bars(html, "by-payer").ToDictionary(b => b["data-payer"]);
        Assert.Equal(2, byPayer.Count);
        Assert.Equal(("3", "0"), (byPayer["medicare"]["data-visits"], byPayer["medicare"]["data-visits-with-errors"]));
        Assert.Equal(("1", "1"), (byPayer["commercial-ama"]["data-visits"], byPayer["commercial-ama"]["data-visits-with-errors"]));

        var byCode = Bars(html, "by-code").ToDictionary(b => b["data-code"]);
        Assert.Equal(("3", "1"), (byCode["97110"]["data-lines"], byCode["97110"]["data-lines-with-errors"]));
        Assert.Equal(("3", "1"), (byCode["97112"]["data-lines"], byCode["97112"]["data-lines-with-errors"]));
        Assert.Equal(("1", "0"), (byCode["97140"]["data-lines"], byCode["97140"]["data-lines-with-errors"]));
    }

    [Fact]
    public async Task Bars_are_drawn_in_proportion_to_their_counts()
    {
        var report = Realistic();
        report.Summary.ByRule["UNITS_OVERBILLED"] = 4; // the longest bar
        var html = await WriteAsync(report);

        string WidthOf(string rule)
        {
            var bar = Regex.Match(html, $"<g class=\"bar\" data-rule=\"{rule}\".*?<rect[^>]*width=\"([0-9.]+)\"");
            return bar.Groups[1].Value;
        }
        Assert.Equal(320.0, double.Parse(WidthOf("UNITS_OVERBILLED"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(80.0, double.Parse(WidthOf("PTP_MODIFIER_MISSING"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Headline_numbers_are_formatted_for_people()
    {
        var html = await WriteAsync(Realistic());

        Assert.Matches("data-metric=\"visits\" data-value=\"4\">4<", html);
        Assert.Matches("data-metric=\"clean-claim-rate\" data-value=\"0.5\">50%<", html);
        Assert.Matches("data-metric=\"errors\" data-value=\"2\">2<", html);
        Assert.Matches("data-metric=\"revenue-at-risk\" data-value=\"1234.56\">\\$1,234.56<", html);
        Assert.Matches("data-metric=\"under-billed\" data-value=\"31.35\">\\$31.35<", html);
    }

    [Theory]
    [InlineData(1234.56, "$1,234.56")]
    [InlineData(1234567.891, "$1,234,567.89")]
    [InlineData(0, "$0.00")]
    [InlineData(-12.5, "-$12.50")]
    public void Money_is_us_dollars_whatever_the_culture(double amount, string expected) =>
        Assert.Equal(expected, ReportHtml.Money((decimal)amount));

    [Fact]
    public async Task Lists_every_visit_with_its_findings_and_keeps_clean_visits_compact()
    {
        var html = await WriteAsync(Realistic());

        var visits = Regex.Matches(html, "<tbody class=\"visit ([a-z]+)\" data-visit-id=\"([^\"]+)\" data-status=\"([a-z]+)\">(.*?)</tbody>", RegexOptions.Singleline)
            .Select(m => (Id: m.Groups[2].Value, Status: m.Groups[3].Value, Body: m.Groups[4].Value)).ToList();
        Assert.Equal(["V-1001", "V-1002", "V-1003", "V-1004"], visits.Select(v => v.Id));
        Assert.Equal(["error", "clean", "warning", "clean"], visits.Select(v => v.Status));

        var findings = Regex.Matches(visits[0].Body, "<tr class=\"finding [a-z]+\" data-rule=\"([A-Z_]+)\" data-severity=\"([a-z]+)\">").Select(m => m.Groups[1].Value);
        Assert.Equal(["PTP_MODIFIER_MISSING", "UNITS_OVERBILLED", "DOC_MEASURE_MISSING"], findings);
        Assert.Contains("Add 59 (or XS/XU) to 97110 if the services were distinct; otherwise bill only 97112.", visits[0].Body);
        Assert.Contains("$1,234.56", visits[0].Body);
        Assert.Contains("Add a measure, e.g. &quot;Berg 41/56&quot; or &quot;tandem stance 12 s&quot;.", visits[0].Body);
        Assert.Contains("(billed 2)", visits[0].Body); // 97110: 1 unit computed, 2 billed

        // A clean visit is its one heading row: no finding rows.
        Assert.DoesNotContain("class=\"finding", visits[1].Body);
        Assert.Single(Regex.Matches(visits[1].Body, "<tr"));
    }

    [Fact]
    public async Task Shows_rejected_rows_with_their_row_numbers_and_reasons()
    {
        var html = await WriteAsync(Realistic());

        Assert.Matches("<tr data-row=\"7\"><td class=\"num c-row\">7</td><td><ul class=\"reasons\"><li>missing visit_id</li><li>minutes must be an integer 0..600</li></ul>", html);
        Assert.Matches("<tr data-row=\"12\">.*?<li>unknown payer &#39;acme&#39;</li>", html);
    }

    [Fact]
    public async Task Shows_a_file_error_prominently()
    {
        var html = await WriteAsync(Empty("required column 'cpt_code' is missing <b>"));

        Assert.Contains("data-file-error=\"true\"", html);
        Assert.Contains("required column &#39;cpt_code&#39; is missing &lt;b&gt;", html);
        Assert.Contains("No visits in this batch.", html);
        Assert.DoesNotContain("Rejected rows", html);
    }

    [Fact]
    public async Task Encodes_everything_echoed_from_the_input()
    {
        var html = await WriteAsync(Hostile());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(AttributePayload, html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;", html);
        // In attributes too: the hostile id stays inside its quotes.
        Assert.Contains("data-visit-id=\"&lt;script&gt;alert(1)&lt;/script&gt;\"", html);
        Assert.Contains("data-rule=\"&quot;&gt;&lt;img src=x onerror=alert(2)&gt;\"", html);
        // Every double quote in the page is markup: no attribute was broken open.
        Assert.DoesNotMatch("=\"[^\"]*\"[^ >/]", html.Replace("\"\"", ""));
    }

    [Fact]
    public async Task Enumerates_the_lazy_visits_once_and_still_puts_the_headline_above_the_visits()
    {
        using var stream = new MemoryStream();
        var visits = new SinglePassVisits(RealisticVisits());

        await ReportHtml.WriteAsync(stream, Realistic(visits));

        Assert.Equal(1, visits.Enumerations);
        var page = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        var headline = page.IndexOf("class=\"headline\"", StringComparison.Ordinal);
        var firstVisit = page.IndexOf("data-visit-id=", StringComparison.Ordinal);
        Assert.True(headline > 0 && firstVisit > headline, "the headline (known only after every visit) must still come first on the page");
        Assert.EndsWith("</html>\n", page, StringComparison.Ordinal);
        Assert.True(stream.CanWrite, "the caller's stream was closed");
    }

    [Fact]
    public async Task Writes_only_asynchronously_so_it_can_stream_to_an_http_response()
    {
        using var stream = new AsyncOnlyStream();
        var visits = Enumerable.Range(0, 500).SelectMany(_ => RealisticVisits());

        await ReportHtml.WriteAsync(stream, Realistic(visits));

        Assert.True(stream.Length > 100_000);
    }
}
