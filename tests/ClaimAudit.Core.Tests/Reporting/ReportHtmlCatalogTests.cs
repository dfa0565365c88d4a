using System.Text.RegularExpressions;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Core.Rules;
using static ClaimAudit.Core.Tests.Reporting.ReportSamples;

namespace ClaimAudit.Core.Tests.Reporting;

/// <summary>
/// Issue 15: the HTML report takes rule severities from the rule catalog, its style sheet from the
/// embedded ReportHtml.css, and draws its three charts with one routine.
/// </summary>
public class ReportHtmlCatalogTests
{
    private static AuditReport WithRules(IEnumerable<string> ruleIds)
    {
        var report = Empty();
        foreach (var id in ruleIds) report.Summary.ByRule[id] = 1;
        return report;
    }

    /// <summary>The tone class of each by-rule bar, by rule id.</summary>
    private static Dictionary<string, string> RuleBarTones(string html) =>
        Regex.Matches(html, "<g class=\"bar\" data-rule=\"([^\"]+)\"[^>]*>.*?<rect class=\"([a-z]+)\"")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [Fact]
    public async Task The_by_rule_chart_colours_each_rule_by_its_descriptors_severity()
    {
        var html = await ReportHtmlTests.WriteAsync(WithRules([.. RuleCatalog.All.Select(d => d.Id), "NOT_A_RULE"]));

        var tones = RuleBarTones(html);
        foreach (var d in RuleCatalog.All) Assert.Equal(d.Severity.ToText(), tones[d.Id]);
        Assert.Equal("other", tones["NOT_A_RULE"]);
        Assert.Equal(["error", "info", "other", "warning"], tones.Values.Distinct().Order(StringComparer.Ordinal));
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
        Assert.Contains("rect.other{", css);
        Assert.Contains("@media print{", css);
    }

    [Fact]
    public async Task Every_chart_draws_its_bars_the_same_way()
    {
        var html = await ReportHtmlTests.WriteAsync(Realistic());

        foreach (var chart in (string[])["by-rule", "by-payer", "by-code"])
        {
            var figure = Regex.Match(html, $"<figure class=\"chart\" data-chart=\"{chart}\" data-bars=\"([0-9]+)\">(.*?)</figure>", RegexOptions.Singleline);
            Assert.True(figure.Success, chart);
            var bars = Regex.Matches(figure.Groups[2].Value,
                "<g class=\"bar\" [^>]*><title>[^<]+</title><text class=\"label\" [^>]*>[^<]+</text>(?:<rect [^>]*></rect>)+<text class=\"value\" [^>]*>[^<]+</text></g>");
            Assert.Equal(int.Parse(figure.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), bars.Count);
            Assert.True(bars.Count > 0, chart);
        }

        // Two-tone bars: all lines first, those with errors over them, and "errors of all" after the bar.
        var code97110 = Regex.Match(html, "<g class=\"bar\" data-code=\"97110\"[^>]*>.*?</g>").Value;
        Assert.Equal(["total", "error"], Regex.Matches(code97110, "<rect class=\"([a-z]+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains(">1 of 3</text>", code97110);
    }

    [Fact]
    public async Task An_empty_chart_says_so_instead_of_drawing()
    {
        var html = await ReportHtmlTests.WriteAsync(Empty());

        Assert.Contains("data-chart=\"by-rule\" data-bars=\"0\">", html);
        Assert.DoesNotContain("<svg", html);
        foreach (var sentence in (string[])["No findings.", "No visits.", "No lines."])
            Assert.Contains($"<p class=\"empty\">{sentence}</p></figure>", html);
    }
}
