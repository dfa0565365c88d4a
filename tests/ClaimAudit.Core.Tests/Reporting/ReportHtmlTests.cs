using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using static ClaimAudit.Core.Tests.Reporting.ReportSamples;

namespace ClaimAudit.Core.Tests.Reporting;

/// <summary>
/// Issue 13: the HTML report a billing manager works from. Most cases audit a real batch (the
/// shipped samples/visits.csv, or a few rows written here) with the engine, so the page is judged
/// on the figures the engine really produces; the hostile and streaming cases use hand-built reports.
/// </summary>
public class ReportHtmlTests
{
    internal const string ScriptPayload = "<script>alert(1)</script>";
    internal const string AttributePayload = "\"><img src=x onerror=alert(2)>";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    internal static async Task<string> WriteAsync(AuditReport report)
    {
        using var stream = new MemoryStream();
        await ReportHtml.WriteAsync(stream, report);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static string SampleCsv => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "visits.csv"));

    /// <summary>A batch audited by the engine with the shipped profiles, as the CLI does (clinic "local").</summary>
    internal static AuditReport Audited(string csv, string clinicId = "local", string? sourceName = null)
    {
        var engine = new AuditEngine(PayerProfileSet.Shipped);
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var batch = engine.Ingest(input, InputFormat.Csv);
        var report = engine.Evaluate(batch, BatchHistory.Empty, "visits", clinicId, new DateTimeOffset(2026, 3, 5, 14, 2, 0, TimeSpan.Zero)).Report;
        report.SourceName = sourceName;
        return report;
    }

    /// <summary>The sample batch's report and, from one run of the engine, its visits and summary.</summary>
    private static async Task<(string Html, List<VisitReport> Visits, ReportSummary Summary)> SampleAsync()
    {
        var visits = Audited(SampleCsv).Visits.ToList();
        var report = Audited(SampleCsv, sourceName: "visits.csv");
        var html = await WriteAsync(report);
        return (html, visits, report.Summary);
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
        },
        Visits =
        [
            Visit(ScriptPayload, AttributePayload, AttributePayload, "error",
                [new LineReport
                {
                    Code = AttributePayload, Rows = [2], Minutes = 20, ComputedUnits = 1, BilledUnits = 1,
                    BilledModifiers = [ScriptPayload], RequiredModifiers = [ScriptPayload], Provider = ScriptPayload,
                }],
                [new FindingReport { RuleId = AttributePayload, Severity = "error", Code = AttributePayload, Message = "Note: " + ScriptPayload, Fix = "Fix: " + AttributePayload, Amount = 10m, AtRisk = 10m }]),
        ],
        RejectedRows = [new RejectedRow(9, [ScriptPayload, AttributePayload]) { VisitId = ScriptPayload }],
    };

    private static Dictionary<string, string> Attributes(string element) =>
        Regex.Matches(element, "([a-z-]+)=\"([^\"]*)\"").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    /// <summary>The opening tags of the bars of one chart, as attribute dictionaries.</summary>
    internal static List<Dictionary<string, string>> Bars(string html, string chart)
    {
        var start = html.IndexOf($"data-chart=\"{chart}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"chart {chart} missing");
        var end = html.IndexOf("</figure>", start, StringComparison.Ordinal);
        return Regex.Matches(html[start..end], "<g class=\"bar\"[^>]*>").Select(m => Attributes(m.Value)).ToList();
    }

    /// <summary>The problem visits' blocks in page order: id, status, dollars at risk, open, body.</summary>
    internal static List<(string Id, string Status, decimal AtRisk, bool Open, string Body)> ProblemVisits(string html) =>
        Regex.Matches(html, "<details( open)? class=\"visit ([a-z]+)\" data-visit-id=\"([^\"]+)\" data-status=\"([a-z]+)\" data-at-risk=\"([0-9.]+)\">(.*?)</details>", RegexOptions.Singleline)
            .Select(m => (m.Groups[3].Value, m.Groups[4].Value, decimal.Parse(m.Groups[5].Value, Invariant), m.Groups[1].Success, m.Groups[6].Value)).ToList();

    private static decimal Dollars(string value) => decimal.Parse(value, Invariant);

    [Fact]
    public async Task Is_one_self_contained_page_without_scripts_or_external_resources()
    {
        var (html, _, _) = await SampleAsync();

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
    public async Task The_masthead_names_the_file_when_there_is_no_clinic_the_batch_its_dates_and_when_it_was_audited()
    {
        var (html, _, _) = await SampleAsync();
        // The CLI's default clinic "local" names nothing: the file is shown instead (issue 13).
        Assert.Contains("File <strong data-field=\"file\">visits.csv</strong>", html);
        Assert.DoesNotContain(">local<", html);
        Assert.Contains("Batch <strong data-field=\"batch-id\">visits</strong>", html);
        // samples/visits.csv: the earliest accepted date of service is 2026-03-02, the latest 2026-06-01.
        Assert.Contains("<strong data-field=\"dates\">2026-03-02 – 2026-06-01</strong>", html);
        Assert.Contains("<strong data-field=\"audited-at\">2026-03-05 14:02 UTC</strong>", html);
        Assert.Contains("<title>Claim audit – visits.csv – visits</title>", html);

        var named = await WriteAsync(Audited(SampleCsv, clinicId: "riverside-pt", sourceName: "march.csv"));
        Assert.Contains("Clinic <strong data-field=\"clinic-id\">riverside-pt</strong>", named);
        Assert.Contains("File <strong data-field=\"file\">march.csv</strong>", named);
    }

    [Fact]
    public async Task Headline_numbers_are_formatted_for_people_and_counted_in_good_english()
    {
        var html = await WriteAsync(Audited(Csv("V-1,P-1,2026-03-02,medicare,97110,30,PT,2,GP", "V-2,P-2,2026-03-02,acme,97110,30,PT,2,GP")));

        Assert.Matches("data-metric=\"visits\" data-value=\"1\">1<", html);
        var text = System.Net.WebUtility.HtmlDecode(html);
        Assert.Contains("1 line · 1 rejected row", text);
        Assert.Contains("1 of 1 visit ready to submit", text);
        Assert.Matches("data-metric=\"clean-claim-rate\" data-value=\"1\">100%<", html);
        Assert.Matches("data-metric=\"revenue-at-risk\" data-value=\"0.00\">\\$0.00<", html);
    }

    private const string Header = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,provider_role,billed_units,billed_modifiers,diagnosis_codes";

    /// <summary>Rows of <see cref="Header"/> without the diagnosis, which every row gets (R26.89): a visit with none is not clean.</summary>
    private static string Csv(params string[] rows) => string.Join("\n", [Header, .. rows.Select(r => r + ",R26.89")]) + "\n";

    [Theory]
    [InlineData(1234.56, "$1,234.56")]
    [InlineData(1234567.891, "$1,234,567.89")]
    [InlineData(0, "$0.00")]
    [InlineData(-12.5, "-$12.50")]
    public void Money_is_us_dollars_whatever_the_culture(double amount, string expected) =>
        Assert.Equal(expected, ReportHtml.Money((decimal)amount));

    [Fact]
    public async Task Dollars_at_risk_by_payer_and_code_add_up_to_the_headline_and_by_rule_are_each_rules_own_errors()
    {
        var (html, visits, summary) = await SampleAsync();
        Assert.True(summary.Revenue.AtRisk > 0);

        foreach (var chart in new[] { "by-payer", "by-code" })
        {
            var bars = Bars(html, chart);
            Assert.InRange(bars.Count, 1, ReportHtml.BarsPerChart);
            var drawn = bars.Sum(b => Dollars(b["data-at-risk"]));
            var figure = Regex.Match(html, $"data-chart=\"{chart}\".*?</figure>", RegexOptions.Singleline).Value;
            var more = Regex.Match(figure, "<p class=\"more\">\\+ [0-9,]+ more, \\$([0-9,.]+)</p>");
            var rest = more.Success ? Dollars(more.Groups[1].Value.Replace(",", "", StringComparison.Ordinal)) : 0m;
            Assert.Equal(summary.Revenue.AtRisk, drawn + rest);
            // Largest first.
            Assert.Equal(bars.Select(b => Dollars(b["data-at-risk"])).OrderByDescending(d => d), bars.Select(b => Dollars(b["data-at-risk"])));
        }

        // By rule: what the rule's own errors put at risk (the sum of their amounts, as the CSV's amount column
        // filtered on the rule and severity error gives it), so a line denied for two reasons shows under both.
        var byRule = Bars(html, "by-rule");
        Assert.InRange(byRule.Count, 1, ReportHtml.BarsPerChart);
        foreach (var bar in byRule)
            Assert.Equal(visits.SelectMany(v => v.Findings).Where(f => f.RuleId == bar["data-key"] && f.Severity == "error").Sum(f => f.Amount), Dollars(bar["data-at-risk"]));

        // Rules are shown by their title, the id kept in the hook and the tooltip.
        var rule = Regex.Match(html, "<g class=\"bar\" data-key=\"AUTH_MISSING\"[^>]*><title>([^<]+)</title><text class=\"label\"[^>]*>([^<]+)</text>");
        Assert.True(rule.Success, "the by-rule chart has no AUTH_MISSING bar");
        Assert.StartsWith(FindingFacts.Title("AUTH_MISSING") + " (AUTH_MISSING)", rule.Groups[1].Value);
        Assert.DoesNotContain("_", rule.Groups[2].Value);
        // Every rule that fired, with its count, is one click away.
        var table = Regex.Matches(html, "<tr data-rule=\"([A-Z_]+)\" data-count=\"([0-9]+)\">").ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, Invariant));
        Assert.Equal(summary.ByRule.Where(r => r.Value > 0).ToDictionary(r => r.Key, r => r.Value), table);
    }

    [Fact]
    public async Task The_work_is_split_between_billing_and_the_therapist_with_counts_and_dollars()
    {
        var (html, visits, summary) = await SampleAsync();
        var panels = Regex.Matches(html, "<div class=\"panel [a-z]+\" [^>]*>").Select(m => Attributes(m.Value)).ToDictionary(a => a["data-split"]);

        Assert.Equal(["billing", "therapist"], panels.Keys.Order(StringComparer.Ordinal));
        var findings = visits.SelectMany(v => v.Findings).ToList();
        Assert.Equal(findings.Count(f => FindingFacts.FixedBy(f.RuleId) == "clinician"), int.Parse(panels["therapist"]["data-findings"], Invariant));
        Assert.Equal(findings.Count, panels.Values.Sum(p => int.Parse(p["data-findings"], Invariant)));
        // Each team's figure is what its own errors put at risk: neither is more than the headline, together at least it.
        Assert.All(panels.Values, p => Assert.InRange(Dollars(p["data-at-risk"]), 0.01m, summary.Revenue.AtRisk));
        Assert.True(panels.Values.Sum(p => Dollars(p["data-at-risk"])) >= summary.Revenue.AtRisk);
        // The documentation rules go back to the therapist, the modifier rules to billing.
        // (the word is schema 2's fixedBy: "clinician"; the page says "therapist")
        Assert.Equal("clinician", FindingFacts.FixedBy("DOC_TECHNIQUE_MISSING"));
        Assert.Equal("billing", FindingFacts.FixedBy("PTP_MODIFIER_MISSING"));
        Assert.Equal(visits.Count(v => v.Findings.Any(f => FindingFacts.FixedBy(f.RuleId) == "clinician")), int.Parse(panels["therapist"]["data-visits"], Invariant));
        Assert.Matches("data-fixed-by=\"clinician\"[^>]*>.*?<span class=\"fixer clinician\">therapist</span>", html);
    }

    [Fact]
    public async Task A_line_denied_for_a_billing_reason_and_a_note_reason_is_at_risk_for_both_teams()
    {
        // 97112 40 min → 3 units × $33.40 = $100.20, billed without GP (MOD_DISCIPLINE_MISSING, billing's, on its row)
        // and with a note naming no technique (DOC_TECHNIQUE_MISSING, the therapist's, on the line): each alone
        // denies the line, so each team has $100.20 at risk until it fixes its part; the headline counts the line once.
        const string header = "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,one_on_one,provider_role,billed_units,billed_modifiers,diagnosis_codes,note";
        var csv = header + "\n" + "V-1,P-1,2026-03-02,medicare,97112,40,Y,PT,3,,R26.89,\"Balance training 40 min one-on-one. Tolerated well.\"\n";
        var report = Audited(csv);
        var html = await WriteAsync(report);
        Assert.Equal(100.20m, report.Summary.Revenue.AtRisk);
        var panels = Regex.Matches(html, "<div class=\"panel [a-z]+\" [^>]*>").Select(m => Attributes(m.Value)).ToDictionary(a => a["data-split"]);
        Assert.Equal("100.20", panels["billing"]["data-at-risk"]);
        Assert.Equal("100.20", panels["therapist"]["data-at-risk"]);
        Assert.Equal(100.20m, Bars(html, "by-rule").Single(b => b["data-key"] == "MOD_DISCIPLINE_MISSING")["data-at-risk"] is var d ? Dollars(d) : 0m);
    }

    [Fact]
    public async Task Problem_visits_come_worst_first_and_clean_visits_collapse_to_a_line_per_day_and_payer()
    {
        var (html, visits, summary) = await SampleAsync();

        var problems = ProblemVisits(html);
        Assert.Equal(visits.Count(v => v.Findings.Count > 0), problems.Count);
        Assert.Equal(problems.Select(p => p.AtRisk).OrderByDescending(d => d), problems.Select(p => p.AtRisk));
        var worst = visits.OrderByDescending(v => v.Findings.Sum(f => f.AtRisk)).First();
        Assert.Equal(worst.VisitId, problems[0].Id);
        Assert.Equal(worst.Findings.Sum(f => f.AtRisk), problems[0].AtRisk);
        Assert.All(problems, p => Assert.True(p.Open)); // fewer than ReportHtml.DetailedVisits

        // Clean visits: one line per day and payer, counted, with their ids; none of them among the problems.
        var groups = Regex.Matches(html, "<tr data-clean-date=\"([0-9-]+)\" data-payer=\"([a-z-]+)\" data-count=\"([0-9]+)\">(.*?)</tr>")
            .Select(m => (Date: m.Groups[1].Value, Payer: m.Groups[2].Value, Count: int.Parse(m.Groups[3].Value, Invariant), Body: m.Groups[4].Value)).ToList();
        var clean = visits.Where(v => v.Findings.Count == 0).ToList();
        Assert.Equal(clean.GroupBy(v => (v.DateOfService, v.PayerId)).Count(), groups.Count);
        Assert.Equal(summary.CleanVisits, groups.Sum(g => g.Count));
        foreach (var v in clean)
            Assert.Contains($"<span data-visit-id=\"{v.VisitId}\" data-status=\"clean\">", groups.Single(g => g.Date == v.DateOfService && g.Payer == v.PayerId).Body);
        // Every visit appears once on the page.
        Assert.Equal(visits.Select(v => v.VisitId).Order(StringComparer.Ordinal), Regex.Matches(html, "data-visit-id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_lines_dollars_are_shown_once_not_on_every_finding_about_it()
    {
        // samples/visits.csv V-1002: 97112 40 min → 3 units × $33.40 = $100.20; its plan of care is not certified
        // (an error on the whole claim, $100.20) and its note fails five documentation checks, each about the
        // same $100.20. The page shows the amount in the visit's heading and once in its lines, not seven times.
        var (html, visits, _) = await SampleAsync();
        var v1002 = ProblemVisits(html).Single(p => p.Id == "V-1002");
        Assert.True(visits.Single(v => v.VisitId == "V-1002").Findings.Count(f => f.Amount == 100.20m) >= 5);
        Assert.Equal(100.20m, v1002.AtRisk);
        Assert.Equal(2, Regex.Count(v1002.Body, Regex.Escape("$100.20")));
        Assert.Contains("data-line-at-risk=\"100.20\"", v1002.Body);
        Assert.Equal(100.20m, Regex.Matches(v1002.Body, "data-line-at-risk=\"([0-9.]+)\"").Sum(m => Dollars(m.Groups[1].Value)));
    }

    [Fact]
    public async Task Each_line_shows_minutes_units_billed_and_audited_and_the_modifiers_to_add()
    {
        // 97110 30 min billed 3 units without GP (medicare): 2 units audited, GP to add; $88.50 at risk
        // (the 3 billed units of a line denied without GP, MOD_DISCIPLINE_MISSING).
        var html = await WriteAsync(Audited(Csv("V-1,P-1,2026-03-02,medicare,97110,30,PT,3,")));
        var visit = Assert.Single(ProblemVisits(html));
        var line = Regex.Match(visit.Body, "<tr data-code=\"97110\"[^>]*>(.*?)</tr>").Groups[1].Value;
        var cells = Regex.Matches(line, "<td[^>]*>(.*?)</td>").Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", "")).ToList();
        Assert.Equal(["97110 row 2", "30", "3", "2", "", "GP add GP", "$88.50"], cells);
    }

    [Fact]
    public async Task A_per_provider_view_appears_when_the_input_names_the_rendering_provider()
    {
        const string header = Header + ",provider";
        var csv = string.Join("\n", header,
            "V-1,P-1,2026-03-02,medicare,97110,30,PT,2,,R26.89,Dana Reyes PT",    // no GP: $59.00 at risk, billing's
            "V-2,P-2,2026-03-02,medicare,97110,30,PT,2,GP,R26.89,Dana Reyes PT",
            "V-3,P-3,2026-03-02,medicare,97110,30,PT,2,GP,R26.89,Sam Okafor PT") + "\n";
        var html = await WriteAsync(Audited(csv));
        var rows = Regex.Matches(html, "<tr data-provider=\"([^\"]+)\" data-at-risk=\"([0-9.]+)\">(.*?)</tr>")
            .ToDictionary(m => m.Groups[1].Value, m => (AtRisk: Dollars(m.Groups[2].Value), Cells: Regex.Matches(m.Groups[3].Value, "<td[^>]*>([^<]*)</td>").Select(c => c.Groups[1].Value).ToList()));
        Assert.Equal(["Dana Reyes PT", "Sam Okafor PT"], rows.Keys);
        Assert.Equal(59.00m, rows["Dana Reyes PT"].AtRisk);
        Assert.Equal(["Dana Reyes PT", "2", "1", "1", "0", "$59.00"], rows["Dana Reyes PT"].Cells);
        Assert.Equal(["Sam Okafor PT", "1", "0", "0", "0", "$0.00"], rows["Sam Okafor PT"].Cells);

        // Visits that name no provider in a batch that names some are counted too, so the table adds up.
        var mixed = await WriteAsync(Audited(csv + "V-4,P-4,2026-03-02,medicare,97110,30,PT,2,,R26.89,\n"));
        var noProvider = Regex.Match(mixed, "<tr data-provider=\"\\(no provider\\)\" data-at-risk=\"([0-9.]+)\">");
        Assert.True(noProvider.Success, "no (no provider) row");
        Assert.Equal("59.00", noProvider.Groups[1].Value);

        Assert.DoesNotContain("data-provider=", await WriteAsync(Audited(Csv("V-1,P-1,2026-03-02,medicare,97110,30,PT,2,"))));
    }

    [Fact]
    public async Task Shows_rejected_rows_with_their_row_numbers_visit_and_reasons()
    {
        var (html, _, _) = await SampleAsync();
        // samples/visits.csv rows 59 and 60: visit V-4003 with two dates of service.
        Assert.Matches("<tr data-row=\"59\"><td class=\"num c-row\">59</td><td>V-4003</td><td><ul class=\"reasons\"><li>visit V-4003 has rows with different date_of_service", html);
        Assert.Matches("<tr data-row=\"57\">.*?<li>unknown payer &#39;acme&#39;", html);
    }

    [Fact]
    public async Task Shows_a_file_error_prominently()
    {
        var html = await WriteAsync(Empty("required column 'cpt_code' is missing <b>"));

        Assert.Contains("data-file-error=\"true\"", html);
        Assert.Contains("required column &#39;cpt_code&#39; is missing &lt;b&gt;", html);
        Assert.Contains("No visits in this batch.", html);
        Assert.DoesNotContain("Rows not audited", html);
        foreach (var chart in new[] { "by-payer", "by-code", "by-rule" })
            Assert.Contains($"data-chart=\"{chart}\" data-bars=\"0\"><figcaption><h3>", html);
        Assert.DoesNotContain("<svg", html);
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
        // In attributes too: the hostile ids stay inside their quotes.
        Assert.Contains("data-visit-id=\"&lt;script&gt;alert(1)&lt;/script&gt;\"", html);
        Assert.Contains("data-rule=\"&quot;&gt;&lt;img src=x onerror=alert(2)&gt;\"", html);
        Assert.Contains("data-provider=\"&lt;script&gt;alert(1)&lt;/script&gt;\"", html);
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
        var page = Encoding.UTF8.GetString(stream.ToArray());
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        var headline = page.IndexOf("class=\"headline\"", StringComparison.Ordinal);
        var firstVisit = page.IndexOf("data-visit-id=", StringComparison.Ordinal);
        Assert.True(headline > 0 && firstVisit > headline, "the headline (known only after every visit) must still come first on the page");
        Assert.EndsWith("</html>\n", page, StringComparison.Ordinal);
        Assert.True(stream.CanWrite, "the caller's stream was closed");
    }

    [Fact]
    public async Task Only_the_worst_visits_are_shown_in_full_the_rest_one_row_each_in_the_same_order()
    {
        var count = ReportHtml.DetailedVisits + 20;
        var report = Realistic(Enumerable.Range(0, count).Select(i =>
            Visit($"V-{i}", "P-1", "medicare", "error", [Line("97110", 30, 2, 2, "GP")],
                [new FindingReport { RuleId = "UNITS_OVERBILLED", Severity = "error", Code = "97110", Message = "m", Fix = "f", Amount = i, AtRisk = i }])));
        var html = await WriteAsync(report);

        var full = ProblemVisits(html);
        Assert.Equal(ReportHtml.DetailedVisits, full.Count);
        Assert.All(full, p => Assert.True(p.Open));
        Assert.Equal($"V-{count - 1}", full[0].Id);
        var rows = Regex.Matches(html, "<div class=\"row visit error\" role=\"row\" data-visit-id=\"([^\"]+)\" data-status=\"error\" data-at-risk=\"([0-9.]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Enumerable.Range(0, 20).Reverse().Select(i => $"V-{i}"), rows);
        Assert.Contains("20 more visits to fix", html);
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
