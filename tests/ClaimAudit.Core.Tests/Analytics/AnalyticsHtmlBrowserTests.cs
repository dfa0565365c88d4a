using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Tests.Reporting;
using Microsoft.Playwright;
using Xunit;

namespace ClaimAudit.Core.Tests.Analytics;

/// <summary>
/// Opens the analytics page in Debian's chromium (as the audit report's browser test does, through its
/// helper) and checks what a billing manager would see: no console errors, no request but the page itself,
/// the headline figures and the charts drawn; keeps a screenshot (bin/…/artifacts/analytics.png).
/// </summary>
public class AnalyticsHtmlBrowserTests
{
    private static async Task<ReportHtmlBrowserTests.OpenedPage> OpenAsync(AnalyticsReport report, string fileName)
    {
        var path = Path.Combine(ReportHtmlBrowserTests.ArtefactDirectory, fileName);
        await using (var file = File.Create(path)) AnalyticsHtml.Write(file, report);
        return await ReportHtmlBrowserTests.OpenFileAsync(path);
    }

    [BrowserFact]
    public async Task Renders_the_analytics_with_its_figures_and_charts_and_no_console_errors()
    {
        await using var opened = await OpenAsync(AnalyticsSamples.Build(), "analytics.html");
        var page = opened.Page;

        Assert.Equal("Denial analytics – riverside-pt", await page.TitleAsync());
        Assert.Equal("75%", (await page.Locator("[data-metric=denial-rate]").InnerTextAsync()).Trim());
        Assert.Equal("66.7%", (await page.Locator("[data-metric=clean-claim-rate]").InnerTextAsync()).Trim());
        Assert.Equal("61.7", (await page.Locator("[data-metric=days-in-ar]").InnerTextAsync()).Trim());
        Assert.Equal("$306.00", (await page.Locator("[data-metric=outstanding]").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("[data-metric=denial-rate]").IsVisibleAsync());
        Assert.Contains("industry reference", (await page.Locator("[data-reference=days-in-ar]").InnerTextAsync()).ToLowerInvariant());

        foreach (var chart in new[] { "denial-rate", "aging" })
            Assert.True(await page.Locator($"[data-chart={chart}] svg").IsVisibleAsync(), $"chart {chart} is not visible");
        Assert.Equal(5, await page.Locator("[data-chart=denial-rate] g.bar").CountAsync());
        Assert.Equal(5, await page.Locator("[data-chart=aging] g.bar").CountAsync());
        // The 120+ bucket holds the most dollars: its bar is drawn full length.
        var oldest = await page.Locator("[data-chart=aging] [data-bucket='120+'] rect").BoundingBoxAsync();
        Assert.NotNull(oldest);
        Assert.True(oldest.Width > 100, $"the 120+ bar is {oldest.Width}px wide");

        Assert.Equal(5, await page.Locator("[data-section=scorecard] tbody tr").CountAsync());
        Assert.Equal(5, await page.Locator("[data-section=open-claims] tbody tr").CountAsync());

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ReportHtmlBrowserTests.ArtefactDirectory, "analytics.png"), FullPage = true });
        Assert.Empty(opened.Problems);
        Assert.Equal([new Uri(Path.Combine(ReportHtmlBrowserTests.ArtefactDirectory, "analytics.html")).AbsoluteUri], opened.Requests);
    }

    [BrowserFact]
    public async Task A_visit_id_that_is_markup_shows_as_text()
    {
        await using var opened = await OpenAsync(AnalyticsOutputTests.Hostile(), "analytics-hostile.html");
        var page = opened.Page;
        Assert.Equal(0, await page.Locator("script, img, iframe, object, embed, link, b, [src], [href]").CountAsync());
        Assert.Equal(AnalyticsOutputTests.HtmlPayload,
            (await page.Locator("[data-section=open-claims] tbody tr").Filter(new() { HasText = "<b>" }).Locator("td").First.InnerTextAsync()).Trim());
        Assert.Empty(opened.Problems);
    }
}
