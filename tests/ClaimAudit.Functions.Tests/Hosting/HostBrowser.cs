using Microsoft.Playwright;

namespace ClaimAudit.Functions.Tests.Hosting;

/// <summary>
/// A fact that needs the system's headless chromium. It runs unless CLAIMAUDIT_SKIP_BROWSER=1; when it runs without chromium
/// installed, it fails and says how to install it (as the report's browser tests in ClaimAudit.Core.Tests).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CLAIMAUDIT_SKIP_BROWSER") == "1")
            Skip = "CLAIMAUDIT_SKIP_BROWSER=1: the headless-browser tests of the page are skipped";
    }
}

/// <summary>
/// Debian's chromium through Playwright (the system browser, never a downloaded one) on a page of a test host, recording what
/// went wrong: console errors and warnings, page errors, dialogs and failed requests. Screenshots go to TestResults/.
/// </summary>
public sealed class HostBrowser : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private HostBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") Problems.Add($"console {message.Type}: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Problems.Add($"page error: {error}");
        page.Dialog += async (_, dialog) => { Problems.Add($"dialog: {dialog.Message}"); await dialog.DismissAsync(); };
        page.RequestFailed += (_, request) => Problems.Add($"request failed: {request.Method} {request.Url.Split('?')[0]} ({request.Failure})");
    }

    public IPage Page { get; }

    /// <summary>What went wrong so far (a test asserts it empty).</summary>
    public List<string> Problems { get; } = [];

    public static string ArtefactDirectory
    {
        get
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "TestResults");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    /// <summary>Chromium on <paramref name="url"/>, loaded.</summary>
    public static async Task<HostBrowser> OpenAsync(Uri url)
    {
        Assert.True(File.Exists(Chromium),
            $"{Chromium} not found: the page's browser tests need Debian's chromium. Install it with " +
            "`apt-get update && apt-get install -y chromium`, or set CLAIMAUDIT_SKIP_BROWSER=1 to skip these tests.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var opened = new HostBrowser(playwright, browser, page);
        await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return opened;
    }

    public Task ScreenshotAsync(string fileName) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtefactDirectory, fileName), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
