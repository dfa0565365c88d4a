using System.Text.RegularExpressions;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Core.Rules;
using static ClaimAudit.Core.Tests.Reporting.ReportSamples;

namespace ClaimAudit.Core.Tests.Reporting;

/// <summary>
/// Issue 15: the HTML report takes rule severities and titles from the rule catalog, its style sheet
/// from the embedded ReportHtml.css, and draws its three charts with one routine.
/// </summary>
public class ReportHtmlCatalogTests
{
    private static AuditReport WithRules(IEnumerable<string> ruleIds)
    {
        var report = Empty();
        foreach (var id in ruleIds) report.Summary.ByRule[id] = 1;
        return report;
    }

    /// <summary>The severity dot of each rule in the table of rules that fired, by rule id.</summary>
    private static Dictionary<string, string> RuleBarTones(string html) =>
        Regex.Matches(html, "<tr data-rule=\"([^\"]+)\" data-count=\"[0-9]+\"><td><span class=\"dot ([a-z]+)\">")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [Fact]
    public async Task The_table_of_rules_colours_each_rule_by_its_descriptors_severity_and_names_it_by_its_title()
    {
        var html = await ReportHtmlTests.WriteAsync(WithRules([.. RuleCatalog.All.Select(d => d.Id), "NOT_A_RULE"]));

        var tones = RuleBarTones(html);
        foreach (var d in RuleCatalog.All) Assert.Equal(d.Severity.ToText(), tones[d.Id]);
        Assert.Equal("other", tones["NOT_A_RULE"]);
        Assert.Equal(["error", "info", "other", "warning"], tones.Values.Distinct().Order(StringComparer.Ordinal));
        foreach (var d in RuleCatalog.All)
            Assert.Contains($"<tr data-rule=\"{d.Id}\" data-count=\"1\"><td><span class=\"dot {d.Severity.ToText()}\"></span>{System.Net.WebUtility.HtmlEncode(d.Title)}</td>", html);
    }

    [Fact]
    public async Task The_style_sheet_is_the_embedded_file_inlined_whole()
    {
        var assembly = typeof(ReportHtml).Assembly;
        using var stream = assembly.GetManifestResourceStream("ClaimAudit.Reporting.ReportHtml.css");
        Assert.NotNull(stream);
        var css = new StreamReader(stream).ReadToEnd().TrimEnd('\n');

        var html = await ReportHtmlTests.WriteAsync(Realistic());

        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline);
        Assert.True(style.Success);
        Assert.Equal(css, style.Groups[1].Value);
        Assert.StartsWith(":root{", css);
        Assert.Contains("rect.money{", css);
        Assert.Contains("@media print{", css);
    }

    [Fact]
    public async Task Every_chart_draws_its_bars_the_same_way()
    {
        var html = await ReportHtmlTests.WriteAsync(ReportHtmlTests.Audited(ReportHtmlTests.SampleCsv));

        foreach (var chart in (string[])["by-rule", "by-payer", "by-code"])
        {
            var figure = Regex.Match(html, $"<figure class=\"chart\" data-chart=\"{chart}\" data-bars=\"([0-9]+)\">(.*?)</figure>", RegexOptions.Singleline);
            Assert.True(figure.Success, chart);
            var bars = Regex.Matches(figure.Groups[2].Value,
                "<g class=\"bar\" [^>]*><title>[^<]+</title><text class=\"label\" [^>]*>[^<]+</text><rect class=\"money\" [^>]*></rect><text class=\"value\" [^>]*>\\$[0-9,.]+</text></g>");
            Assert.Equal(int.Parse(figure.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), bars.Count);
            Assert.True(bars.Count > 0, chart);
        }
    }

    [Fact]
    public async Task An_empty_chart_says_so_instead_of_drawing()
    {
        var html = await ReportHtmlTests.WriteAsync(Empty());

        foreach (var chart in (string[])["by-rule", "by-payer", "by-code"])
            Assert.Contains($"data-chart=\"{chart}\" data-bars=\"0\"><figcaption><h3>", html);
        Assert.DoesNotContain("<svg", html);
        Assert.Equal(3, Regex.Count(html, "<p class=\"empty\">Nothing at risk.</p></figure>"));
    }
}
