using Microsoft.Playwright;

namespace ClaimAudit.Tests.Shared;

/// <summary>
/// A fact that needs the system's headless chromium. It runs unless CLAIMAUDIT_SKIP_BROWSER=1; when it runs without chromium
/// installed, it fails and says how to install it (<see cref="HeadlessChromium.LaunchAsync"/>).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (HeadlessChromium.Skipped) Skip = "CLAIMAUDIT_SKIP_BROWSER=1: the headless-browser tests are skipped";
    }
}

/// <summary>
/// Debian's chromium through Playwright — the system browser, never a downloaded one — headless, as every browser test of the
/// reports and the page launches it; screenshots and downloads kept as test artefacts in bin/…/artifacts/.
/// </summary>
internal static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly string[] Arguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static bool Skipped => Environment.GetEnvironmentVariable("CLAIMAUDIT_SKIP_BROWSER") == "1";

    /// <summary>bin/…/artifacts/ (created).</summary>
    public static string ArtefactDirectory
    {
        get
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    /// <summary>Playwright and chromium, launched; fails saying how to install chromium when it is missing.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(Executable),
            $"{Executable} not found: the browser tests need Debian's chromium. Install it with " +
            "`apt-get update && apt-get install -y chromium`, or set CLAIMAUDIT_SKIP_BROWSER=1 to skip them.");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Executable, Headless = true, Args = Arguments, Timeout = 60_000,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
