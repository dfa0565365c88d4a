using Microsoft.Playwright;

namespace ClaimAudit.Functions.Tests.Hosting;

/// <summary>
/// Debian's chromium through Playwright (the system browser, never a downloaded one) on a page of a test host, recording what
/// went wrong: console errors and warnings, page errors, dialogs and failed requests. Screenshots go to bin/…/artifacts/.
/// </summary>
public sealed class HostBrowser : IAsyncDisposable
{
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

    public static string ArtefactDirectory => HeadlessChromium.ArtefactDirectory;

    /// <summary>Chromium on <paramref name="url"/>, loaded.</summary>
    public static async Task<HostBrowser> OpenAsync(Uri url)
    {
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
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
