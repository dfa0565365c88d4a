using ClaimAudit.Core.Reporting;
using Microsoft.Playwright;
using static ClaimAudit.Core.Tests.Reporting.ReportSamples;

namespace ClaimAudit.Core.Tests.Reporting;

/// <summary>
/// A fact that needs the system's headless chromium. It runs unless CLAIMAUDIT_SKIP_BROWSER=1; when
/// it runs without chromium installed, it fails and says how to install it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CLAIMAUDIT_SKIP_BROWSER") == "1")
            Skip = "CLAIMAUDIT_SKIP_BROWSER=1: the headless-browser test of the HTML report is skipped";
    }
}

/// <summary>
/// Opens the HTML report in Debian's chromium through Playwright (the system browser, never a
/// downloaded one) and checks what a reader would see: no console errors, no script run, the charts
/// with the right counts, and a screenshot kept as a test artefact (TestResults/report.png).
/// </summary>
public class ReportHtmlBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    internal static string ArtefactDirectory
    {
        get
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "TestResults");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    internal sealed class OpenedPage(IPlaywright playwright, IBrowser browser, IPage page, List<string> problems, List<string> requests) : IAsyncDisposable
    {
        public IPage Page => page;
        /// <summary>Console errors, page errors, dialogs (an alert would mean a script ran) and failed requests.</summary>
        public List<string> Problems => problems;
        public List<string> Requests => requests;

        public async ValueTask DisposeAsync()
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private static async Task<OpenedPage> OpenAsync(AuditReport report, string fileName)
    {
        Assert.True(File.Exists(Chromium),
            $"{Chromium} not found: the HTML report test needs Debian's chromium. Install it with " +
            "`apt-get update && apt-get install -y chromium`, or set CLAIMAUDIT_SKIP_BROWSER=1 to skip this test.");

        var path = Path.Combine(ArtefactDirectory, fileName);
        await using (var file = File.Create(path)) await ReportHtml.WriteAsync(file, report);
        return await OpenFileAsync(path);
    }

    /// <summary>Opens an HTML file already written (the analytics page reuses this) and records what went wrong.</summary>
    internal static async Task<OpenedPage> OpenFileAsync(string path)
    {
        Assert.True(File.Exists(Chromium),
            $"{Chromium} not found: the HTML report test needs Debian's chromium. Install it with " +
            "`apt-get update && apt-get install -y chromium`, or set CLAIMAUDIT_SKIP_BROWSER=1 to skip this test.");

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add($"console {message.Type}: {message.Text}"); };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.Dialog += async (_, dialog) => { problems.Add($"dialog: {dialog.Message}"); await dialog.DismissAsync(); };
        page.RequestFailed += (_, request) => problems.Add($"request failed: {request.Url}");
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return new OpenedPage(playwright, browser, page, problems, requests);
    }

    [BrowserFact]
    public async Task Renders_the_report_with_its_charts_and_no_console_errors()
    {
        await using var opened = await OpenAsync(Realistic(), "report.html");
        var page = opened.Page;

        Assert.Equal("Claim audit – riverside-pt – 2026-03-04-clinic-export", await page.TitleAsync());
        foreach (var chart in new[] { "by-rule", "by-payer", "by-code" })
            Assert.True(await page.Locator($"[data-chart={chart}] svg").IsVisibleAsync(), $"chart {chart} is not visible");

        var rules = page.Locator("[data-chart=by-rule] g.bar");
        Assert.Equal(4, await rules.CountAsync());
        Assert.Equal("1", await page.Locator("[data-chart=by-rule] [data-rule=PTP_MODIFIER_MISSING]").GetAttributeAsync("data-count"));
        var medicare = page.Locator("[data-chart=by-payer] [data-payer=medicare]");
        Assert.Equal("3", await medicare.GetAttributeAsync("data-visits"));
        Assert.Equal("0", await medicare.GetAttributeAsync("data-visits-with-errors"));
        Assert.Equal("1", await page.Locator("[data-chart=by-code] [data-code='97110']").GetAttributeAsync("data-lines-with-errors"));

        // The bars are really drawn: the payer with one erroring visit shows a red bar with width.
        var errorBar = await page.Locator("[data-chart=by-payer] [data-payer=commercial-ama] rect.error").BoundingBoxAsync();
        Assert.NotNull(errorBar);
        Assert.True(errorBar.Width > 50, $"error bar is {errorBar.Width}px wide");

        Assert.Equal("$1,234.56", (await page.Locator("[data-metric=revenue-at-risk]").InnerTextAsync()).Trim());
        Assert.Equal(4, await page.Locator("tbody.visit").CountAsync());
        Assert.Equal(2, await page.Locator("[data-row]").CountAsync());

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtefactDirectory, "report.png"), FullPage = true });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtefactDirectory, "report-print.png"), FullPage = true });

        Assert.Empty(opened.Problems);
        Assert.Equal([new Uri(Path.Combine(ArtefactDirectory, "report.html")).AbsoluteUri], opened.Requests);
    }

    [BrowserFact]
    public async Task Hostile_input_renders_as_text_and_runs_nothing()
    {
        await using var opened = await OpenAsync(ReportHtmlTests.Hostile(), "report-hostile.html");
        var page = opened.Page;

        Assert.Equal(0, await page.Locator("script, img, iframe, object, embed, link, [onerror], [src], [href]").CountAsync());
        var visitHeading = page.Locator("tbody.visit .vid");
        Assert.Equal("Visit " + ReportHtmlTests.ScriptPayload, (await visitHeading.InnerTextAsync()).Trim());
        Assert.Equal(ReportHtmlTests.ScriptPayload, await page.Locator("tbody.visit").GetAttributeAsync("data-visit-id"));
        Assert.Equal(ReportHtmlTests.AttributePayload, await page.Locator("[data-chart=by-rule] g.bar").GetAttributeAsync("data-rule"));
        Assert.Contains("Fix: " + ReportHtmlTests.AttributePayload, await page.Locator("td.fix").InnerTextAsync());

        Assert.Empty(opened.Problems);
    }
}
