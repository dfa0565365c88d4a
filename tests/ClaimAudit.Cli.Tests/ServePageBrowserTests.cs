using System.Text.Json;
using Microsoft.Playwright;

namespace ClaimAudit.Cli.Tests;

/// <summary>One serve host (temporary store) and one chromium for the browser tests of the page.</summary>
public sealed class ServeBrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private ServeUnderTest? _serve;

    internal ServeUnderTest Serve => _serve!;
    public IBrowser Browser => _browser!;

    /// <summary>Screenshots kept as test artefacts: bin/…/artifacts/ui-*.png.</summary>
    public static string ArtefactDirectory => HeadlessChromium.ArtefactDirectory;

    public async Task InitializeAsync()
    {
        _serve = await ServeUnderTest.StartAsync();
        if (HeadlessChromium.Skipped) return;
        (_playwright, _browser) = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_serve is not null) await _serve.DisposeAsync();
    }
}

/// <summary>
/// The page under <c>claimaudit serve</c>, driven in chromium as a billing manager would use it: drop the sample (file picker and
/// a real drag and drop), watch the batch turn done, open its report, download its CSV, see the API's words for an unreadable
/// file; the CSP blocks an injected script; readable at 200 % zoom; keyboard-usable. Screenshots: bin/…/artifacts/ui-*.png.
/// </summary>
public sealed partial class ServePageBrowserTests(ServeBrowserFixture fixture) : IClassFixture<ServeBrowserFixture>
{
    [System.Text.RegularExpressions.GeneratedRegex("^blob:http://127\\.0\\.0\\.1:\\d+/")]
    private static partial System.Text.RegularExpressions.Regex BlobUrl();

    private static string SampleCsv => File.ReadAllText(CliRun.Sample);

    private sealed record Opened(IBrowserContext Context, IPage Page, List<string> Problems) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(Context.CloseAsync());
    }

    /// <summary>The page in a fresh context, recording console errors and warnings, page errors and failed requests (of every tab it opens).</summary>
    private async Task<Opened> OpenAsync(BrowserNewContextOptions? options = null)
    {
        var context = await fixture.Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        void Watch(IPage page)
        {
            page.Console += (_, message) => { if (message.Type is "error" or "warning") lock (problems) problems.Add($"console {message.Type}: {message.Text}"); };
            page.PageError += (_, error) => { lock (problems) problems.Add($"page error: {error}"); };
            page.RequestFailed += (_, request) =>
            {
                // A download's blob: URL "fails" as a navigation once the download takes it over.
                if (!request.Url.StartsWith("blob:", StringComparison.Ordinal)) lock (problems) problems.Add($"request failed: {request.Url} {request.Failure}");
            };
        }
        context.Page += (_, page) => Watch(page);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Serve.Host.PageUrl, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return new Opened(context, page, problems);
    }

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServeBrowserFixture.ArtefactDirectory, name), FullPage = true });

    private async Task<string> PostSampleAsync()
    {
        using var posted = await fixture.Serve.PostAsync(File.ReadAllBytes(CliRun.Sample));
        Assert.Equal(System.Net.HttpStatusCode.Created, posted.StatusCode);
        return posted.Headers.GetValues("X-Batch-Id").Single();
    }

    [BrowserFact]
    public async Task The_page_loads_with_no_key_form_and_no_console_errors()
    {
        await using var opened = await OpenAsync();
        var page = opened.Page;
        // No key UI at all under serve.
        Assert.Equal(0, await page.Locator("#key-section, #clinic-key, #forget-key").CountAsync());
        Assert.True(await page.Locator("#drop-zone").IsVisibleAsync());
        Assert.Equal("file", await page.Locator("#file-input").GetAttributeAsync("type"));
        Assert.NotNull(await page.Locator("#file-input").GetAttributeAsync("multiple"));
        Assert.Equal("status", await page.Locator("#messages").GetAttributeAsync("role"));
        var today = DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(today, await page.Locator("#to").InputValueAsync());
        Assert.Equal(DateTime.Now.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#from").InputValueAsync());
        await ScreenshotAsync(page, "ui-page.png");
        Assert.Empty(opened.Problems);
    }

    [BrowserFact]
    public async Task A_file_chosen_with_the_picker_shows_at_once_as_uploading_then_turns_done_with_visits_rate_and_dollars()
    {
        await using var opened = await OpenAsync();
        var page = opened.Page;
        // Hold the post until the uploading row has been seen: deterministic, no timing.
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/api/audits", async route =>
        {
            if (route.Request.Method == "POST") await release.Task;
            await route.ContinueAsync();
        });
        await page.Locator("#file-input").SetInputFilesAsync(CliRun.Sample);
        var uploading = page.Locator("#batches tr[data-status=uploading]");
        await Assertions.Expect(uploading).ToHaveCountAsync(1);
        await Assertions.Expect(uploading).ToContainTextAsync("visits.csv");
        release.SetResult();

        var message = page.Locator("#messages .message.ok");
        await Assertions.Expect(message).ToContainTextAsync("“visits.csv” was audited");
        await Assertions.Expect(message).ToContainTextAsync("36 visits, clean-claim rate 16.7%, $1,414.44 at risk.");
        await Assertions.Expect(message).ToContainTextAsync("4 rows were rejected and not audited");
        Assert.Equal("201", await message.GetAttributeAsync("data-status"));
        // Other tests of this class post to the same store: this tab's row is the one it names visits.csv.
        var row = page.Locator("#batches tr[data-status=audited]", new PageLocatorOptions { HasText = "visits.csv" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(uploading).ToHaveCountAsync(0);
        var cells = await row.Locator("td").AllInnerTextsAsync();
        Assert.Contains("visits.csv", cells[1], StringComparison.Ordinal);
        Assert.StartsWith("done", cells[2], StringComparison.Ordinal);
        Assert.Contains("4 rows rejected", cells[2], StringComparison.Ordinal);
        Assert.Equal(["36", "16.7%", "$1,414.44"], cells.Skip(3).Take(3).ToArray());
        await Assertions.Expect(row.Locator("a[data-report=html]")).ToHaveTextAsync("Open report");
        await ScreenshotAsync(page, "ui-audited.png");
        Assert.Empty(opened.Problems);
    }

    [BrowserFact]
    public async Task A_file_dragged_and_dropped_on_the_drop_zone_is_audited()
    {
        await using var opened = await OpenAsync();
        var page = opened.Page;
        var before = await page.Locator("#batches tr[data-status=audited]").CountAsync();
        // A real drop event carrying a DataTransfer with the file, as the browser builds it when a file is dragged in.
        await page.EvaluateAsync(@"csv => {
            const zone = document.querySelector('#drop-zone');
            const data = new DataTransfer();
            data.items.add(new File([csv], 'dropped-visits.csv', { type: 'text/csv' }));
            for (const type of ['dragenter', 'dragover', 'drop'])
                zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
        }", SampleCsv);
        await Assertions.Expect(page.Locator("#messages .message.ok")).ToContainTextAsync("“dropped-visits.csv” was audited");
        await Assertions.Expect(page.Locator("#batches tr[data-status=audited]")).ToHaveCountAsync(before + 1);
        await Assertions.Expect(page.Locator("#batches tr[data-status=audited]", new PageLocatorOptions { HasText = "dropped-visits.csv" })).ToContainTextAsync("$1,414.44");
        Assert.False(await page.Locator("#drop-zone").EvaluateAsync<bool>("z => z.classList.contains('dragover')"));
        Assert.Empty(opened.Problems);
    }

    [BrowserFact]
    public async Task Open_report_shows_the_styled_report_in_a_new_tab_with_no_CSP_errors()
    {
        var batchId = await PostSampleAsync();
        await using var opened = await OpenAsync();
        var page = opened.Page;
        var link = page.Locator($"#batches tr[data-batch-id='{batchId}'] a[data-report=html]");
        var report = await page.Context.RunAndWaitForPageAsync(() => link.ClickAsync());
        // The tab opens at once (while the click counts as the user's) and shows the report once it is fetched.
        await Assertions.Expect(report).ToHaveURLAsync(BlobUrl());
        await Assertions.Expect(report.Locator("[data-metric=visits]")).ToBeVisibleAsync();
        // Styled by the report's own <style> (its CSS sets main's max-width; unstyled it is 'none').
        Assert.Equal("1180px", await report.Locator("main").EvaluateAsync<string>("m => getComputedStyle(m).maxWidth"));
        Assert.Equal("2px", await report.Locator(".masthead").EvaluateAsync<string>("m => getComputedStyle(m).borderBottomWidth"));
        await ScreenshotAsync(report, "ui-report.png");
        Assert.Empty(opened.Problems);
    }

    [BrowserFact]
    public async Task The_CSV_link_downloads_the_report_named_after_the_batch()
    {
        var batchId = await PostSampleAsync();
        await using var opened = await OpenAsync();
        var page = opened.Page;
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"#batches tr[data-batch-id='{batchId}'] a[data-report=csv]").ClickAsync());
        Assert.Equal($"{batchId}-report.csv", download.SuggestedFilename);
        var path = Path.Combine(ServeBrowserFixture.ArtefactDirectory, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var header = File.ReadLines(path).First().TrimStart('\uFEFF');
        Assert.StartsWith("visit_id,patient_id,date_of_service,payer_id,", header, StringComparison.Ordinal);

        var json = await page.RunAndWaitForDownloadAsync(() => page.Locator($"#batches tr[data-batch-id='{batchId}'] a[data-report=json]").ClickAsync());
        Assert.Equal($"{batchId}-report.json", json.SuggestedFilename);
        var jsonPath = Path.Combine(ServeBrowserFixture.ArtefactDirectory, json.SuggestedFilename);
        await json.SaveAsAsync(jsonPath);
        Assert.Equal(batchId, JsonDocument.Parse(File.ReadAllText(jsonPath)).RootElement.GetProperty("batchId").GetString());
        Assert.Empty(opened.Problems);
    }

    [BrowserFact]
    public async Task An_unreadable_file_shows_the_APIs_own_words()
    {
        await using var opened = await OpenAsync();
        var page = opened.Page;
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        await page.Locator("#file-input").SetInputFilesAsync(new FilePayload { Name = "visits.csv", MimeType = "text/csv", Buffer = png });
        var error = page.Locator("#messages .message.error[data-status='400']");
        await Assertions.Expect(error).ToContainTextAsync("“visits.csv” was not audited.");
        await Assertions.Expect(error).ToContainTextAsync("Bad Request — the batch could not be read: the file is neither CSV nor JSON text (it looks like binary data)");
        await Assertions.Expect(page.Locator("#batches tr[data-status=failed]").First).ToContainTextAsync("failed: the file is neither CSV nor JSON text");
        await ScreenshotAsync(page, "ui-unreadable.png");
        // The browser logs the 400 response itself as a console error; nothing else may go wrong.
        Assert.DoesNotContain(opened.Problems, p => !p.Contains("400 (Bad Request)", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task The_CSP_blocks_an_injected_inline_script()
    {
        await using var opened = await OpenAsync();
        var verdict = await opened.Page.EvaluateAsync<JsonElement>(@"async () => {
            const violations = [];
            document.addEventListener('securitypolicyviolation', e => violations.push(e.violatedDirective));
            const script = document.createElement('script');
            script.textContent = 'window.__injected = true;';
            document.body.append(script);
            await new Promise(resolve => setTimeout(resolve, 100));
            return { ran: window.__injected === true, violations };
        }");
        Assert.False(verdict.GetProperty("ran").GetBoolean());
        Assert.Contains(verdict.GetProperty("violations").EnumerateArray(), v => v.GetString()!.StartsWith("script-src", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task At_200_percent_zoom_the_page_never_scrolls_sideways()
    {
        await PostSampleAsync();
        // 1280 px at 200 %: 640 CSS px wide.
        await using var opened = await OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 640, Height = 450 }, DeviceScaleFactor = 2 });
        var page = opened.Page;
        await Assertions.Expect(page.Locator("#batches tr[data-status=audited]").First).ToBeVisibleAsync();
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"the page is {widths[0]} px wide in a {widths[1]} px viewport: it scrolls sideways");
        await ScreenshotAsync(page, "ui-zoom200.png");
        Assert.Empty(opened.Problems);
    }

    [BrowserFact]
    public async Task The_keyboard_reaches_the_file_picker_and_the_report_links_with_a_visible_focus()
    {
        var batchId = await PostSampleAsync();
        await using var opened = await OpenAsync();
        var page = opened.Page;
        await Assertions.Expect(page.Locator($"#batches tr[data-batch-id='{batchId}']")).ToBeVisibleAsync();
        var reached = new List<string>();
        for (var i = 0; i < 40 && !reached.Contains("report"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => { const a = document.activeElement; return a.id || (a.dataset.report ? 'report' : a.tagName); }");
            reached.Add(focused);
            if (focused == "file-input")
            {
                // The focus shows on the button-like label around the picker.
                Assert.NotEqual("none", await page.Locator("#file-picker").EvaluateAsync<string>("l => getComputedStyle(l).outlineStyle"));
                await ScreenshotAsync(page, "ui-focus-file-picker.png");
            }
            if (focused == "report")
                Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        }
        Assert.Contains("file-input", reached);
        Assert.Contains("report", reached);
        Assert.True(reached.IndexOf("file-input") < reached.IndexOf("report"), string.Join(", ", reached));
        // Enter on a focused report link opens the report.
        var report = await page.Context.RunAndWaitForPageAsync(() => page.Keyboard.PressAsync("Enter"));
        await Assertions.Expect(report).ToHaveURLAsync(BlobUrl());
        await Assertions.Expect(report.Locator("[data-metric=visits]")).ToBeVisibleAsync();
        Assert.Empty(opened.Problems);
    }
}
