using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Playwright;

namespace ClaimAudit.Functions.Tests.Hosting;

/// <summary>
/// Issue 17's "Done means" against the Functions app itself (<see cref="FunctionsTestHost"/>: its routes over real HTTP, Azurite,
/// the emulated blob trigger, Blob CORS for its origin), driven in the system chromium as a billing manager uses the page: the
/// clinic key, a file posted and then one sent through the upload URL to storage and audited by the trigger, the report opened and
/// downloaded, the API's own words for a wrong key and an unreadable file, and the CSP. Screenshots: bin/…/artifacts/host-*.png.
/// </summary>
[Collection(FunctionsHostCollection.Name)]
public sealed partial class PageFlowBrowserTests(FunctionsHostFixture fixture)
{
    // The machine is shared and slow: generous deadlines for a hung audit or trigger, never a measurement.
    private const float ActionTimeout = 30_000;
    private const float TriggerTimeout = 60_000;

    // What samples/visits.csv audits to, as the serve tests see it too (the same engine behind both hosts).
    private const string SampleVisits = "36";
    private const string SampleRate = "16.7%";
    private const string SampleAtRisk = "$1,414.44";

    // Playwright's Expect waits 5 s by default: too short for an audit on this machine. (A process-wide setting; only more patient.)
    static PageFlowBrowserTests() => Assertions.SetDefaultExpectTimeout(ActionTimeout);

    private FunctionsTestHost Host => fixture.Host;

    [System.Text.RegularExpressions.GeneratedRegex("^blob:http://127\\.0\\.0\\.1:\\d+/")]
    private static partial System.Text.RegularExpressions.Regex BlobUrl();

    private static string SamplePath => RealHttpTests.SamplePath("visits.csv");

    /// <summary>Screenshots and downloads kept as test artefacts: bin/…/artifacts/host-*.</summary>
    private static string ArtefactDirectory
    {
        get
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtefactDirectory, name), FullPage = true });

    /// <summary>
    /// Chromium on a host's page in a fresh context, recording console errors and warnings, page errors and failed requests of
    /// every tab it opens (the report's too), and every request with its response status.
    /// </summary>
    private sealed class Session : IAsyncDisposable
    {
        private IPlaywright _playwright = null!;
        private IBrowser _browser = null!;

        public IBrowserContext Context { get; private set; } = null!;
        public IPage Page { get; private set; } = null!;
        public List<string> Problems { get; } = [];
        public List<IRequest> Requests { get; } = [];

        public string ProblemText { get { lock (Problems) return string.Join("\n", Problems); } }

        public static async Task<Session> OpenAsync(FunctionsTestHost host)
        {
            var session = new Session();
            (session._playwright, session._browser) = await HeadlessChromium.LaunchAsync();
            session.Context = await session._browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
                AcceptDownloads = true,
            });
            session.Context.SetDefaultTimeout(ActionTimeout);
            session.Context.Page += (_, page) => session.Watch(page);
            session.Page = await session.Context.NewPageAsync();
            var response = await session.Page.GotoAsync(new Uri(host.BaseAddress, "api/ui").AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.Equal(200, response?.Status);
            return session;
        }

        private void Watch(IPage page)
        {
            page.Console += (_, message) => { if (message.Type is "error" or "warning") lock (Problems) Problems.Add($"console {message.Type}: {message.Text}"); };
            page.PageError += (_, error) => { lock (Problems) Problems.Add($"page error: {error}"); };
            page.RequestFailed += (_, request) =>
            {
                // A download's blob: URL "fails" as a navigation once the download takes it over.
                if (!request.Url.StartsWith("blob:", StringComparison.Ordinal)) lock (Problems) Problems.Add($"request failed: {request.Method} {request.Url.Split('?')[0]} {request.Failure}");
            };
            page.Request += (_, request) => { lock (Requests) Requests.Add(request); };
        }

        /// <summary>"METHOD url-without-query status" of each request that was answered.</summary>
        public async Task<List<string>> ExchangesAsync()
        {
            IRequest[] requests;
            lock (Requests) requests = [.. Requests];
            var exchanges = new List<string>();
            foreach (var request in requests.Where(r => !r.Url.StartsWith("data:", StringComparison.Ordinal) && !r.Url.StartsWith("blob:", StringComparison.Ordinal)))
            {
                var response = await request.ResponseAsync();
                exchanges.Add($"{request.Method} {request.Url.Split('?')[0]} {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "-"}");
            }
            return exchanges;
        }

        /// <summary>Runs a wait of Playwright's; when it fails, says what the browser saw go wrong meanwhile (a CORS refusal…).</summary>
        public async Task SeenAsync(Func<Task> expectation)
        {
            try
            {
                await expectation();
            }
            catch (PlaywrightException e)
            {
                throw new Xunit.Sdk.XunitException($"{e.Message}\nIn the browser:\n{ProblemText}\nRequests:\n{string.Join("\n", await ExchangesAsync())}");
            }
        }

        /// <summary>Enters the clinic key in the key form and submits it.</summary>
        public async Task EnterKeyAsync(string key)
        {
            var input = Page.GetByRole(AriaRole.Textbox, new() { Name = "Clinic key" });
            await Assertions.Expect(input).ToBeVisibleAsync();
            Assert.Equal("clinic-key", await input.GetAttributeAsync("id"));
            await input.FillAsync(key);
            await Page.Locator("#key-form button[type=submit]").ClickAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await Context.CloseAsync();
            await _browser.DisposeAsync();
            _playwright.Dispose();
        }
    }

    private static async Task<JsonElement> ListedAsync(HttpClient client, string batchId)
    {
        using var response = await client.GetAsync("api/audits");
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        using var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return list.RootElement.GetProperty("batches").EnumerateArray().Single(b => b.GetProperty("batchId").GetString() == batchId).Clone();
    }

    private static async Task<JsonElement> ReportSummaryAsync(HttpClient client, string batchId)
    {
        using var response = await client.GetAsync($"api/audits/{Uri.EscapeDataString(batchId)}?format=json");
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return report.RootElement.GetProperty("summary").Clone();
    }

    // The page formats as en-US Intl does: a rate with one decimal, dollars with thousands separators and cents.
    private static string Rate(decimal rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
    private static string Dollars(decimal amount) => "$" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// The row's visits, clean-claim rate and dollars at risk are the list's (GET /api/audits) and the stored report's summary,
    /// and those of the sample.
    /// </summary>
    private static async Task AssertFiguresAsync(ILocator row, HttpClient client, string batchId)
    {
        var listed = await ListedAsync(client, batchId);
        var summary = await ReportSummaryAsync(client, batchId);
        Assert.Equal("audited", listed.GetProperty("status").GetString());
        Assert.Equal(summary.GetProperty("visits").GetInt32(), listed.GetProperty("visits").GetInt32());
        Assert.Equal(summary.GetProperty("cleanClaimRate").GetDecimal(), listed.GetProperty("cleanClaimRate").GetDecimal());
        Assert.Equal(summary.GetProperty("revenue").GetProperty("atRisk").GetDecimal(), listed.GetProperty("atRisk").GetDecimal());

        var cells = await row.Locator("td").AllInnerTextsAsync();
        Assert.StartsWith("done", cells[2], StringComparison.Ordinal);
        string[] expected =
        [
            listed.GetProperty("visits").GetInt32().ToString(CultureInfo.InvariantCulture),
            Rate(listed.GetProperty("cleanClaimRate").GetDecimal()),
            Dollars(listed.GetProperty("atRisk").GetDecimal()),
        ];
        Assert.Equal(expected, cells.Skip(3).Take(3).ToArray());
        Assert.Equal([SampleVisits, SampleRate, SampleAtRisk], expected);
    }

    [BrowserFact]
    public async Task A_billing_manager_enters_the_key_drops_the_sample_sees_it_done_opens_the_report_and_downloads_CSV_and_JSON()
    {
        var (_, key) = await Host.CreateClinicAsync();
        using var client = Host.CreateClient(key);
        await using var session = await Session.OpenAsync(Host);
        var page = session.Page;

        // The key: kept in the tab, the form gives way to "forget key", the (empty) list of a new clinic shows.
        await session.EnterKeyAsync(key);
        await Assertions.Expect(page.Locator("#forget-key")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#key-form")).ToBeHiddenAsync();
        Assert.Equal(key, await page.EvaluateAsync<string>("() => sessionStorage.getItem('claimaudit.key')"));
        await Assertions.Expect(page.Locator("#batches-empty")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "host-key.png");
        Assert.True(session.Problems.Count == 0, session.ProblemText);

        // The sample, under the post limit: posted, audited, listed done.
        await page.Locator("#file-input").SetInputFilesAsync(SamplePath);
        var message = page.Locator("#messages .message.ok", new PageLocatorOptions { HasText = "was audited" });
        await session.SeenAsync(() => Assertions.Expect(message).ToContainTextAsync("“visits.csv” was audited (batch "));
        var row = page.Locator("#batches tr[data-status=audited]");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("visits.csv");
        await Assertions.Expect(page.Locator("#batches tr[data-status=uploading]")).ToHaveCountAsync(0);
        var batchId = await row.GetAttributeAsync("data-batch-id") ?? throw new Xunit.Sdk.XunitException("the audited row has no data-batch-id");
        await AssertFiguresAsync(row, client, batchId);
        // The message says the posted report's own summary.
        await Assertions.Expect(message).ToContainTextAsync($"{SampleVisits} visits, clean-claim rate {SampleRate}, {SampleAtRisk} at risk.");
        Assert.Equal("201", await message.GetAttributeAsync("data-status"));
        var exchanges = await session.ExchangesAsync();
        Assert.Contains($"POST {Host.BaseAddress}api/audits 201", exchanges);
        Assert.DoesNotContain(exchanges, e => e.StartsWith($"POST {Host.BaseAddress}api/uploads", StringComparison.Ordinal));
        await ScreenshotAsync(page, "host-audited.png");
        Assert.True(session.Problems.Count == 0, session.ProblemText);

        // Open report: a new tab, styled by the report's own CSS (no CSP error), its heading and figures those of the batch.
        var report = await session.Context.RunAndWaitForPageAsync(() => row.Locator("a[data-report=html]").ClickAsync());
        await Assertions.Expect(report).ToHaveURLAsync(BlobUrl());
        await Assertions.Expect(report.Locator("h1")).ToHaveTextAsync("Claim audit");
        await Assertions.Expect(report.Locator("[data-field=batch-id]")).ToHaveTextAsync(batchId);
        await Assertions.Expect(report.Locator("[data-metric=visits]")).ToBeVisibleAsync();
        await Assertions.Expect(report.Locator("[data-metric=visits]")).ToHaveTextAsync(SampleVisits);
        await Assertions.Expect(report.Locator("[data-metric=revenue-at-risk]")).ToHaveTextAsync(SampleAtRisk);
        var summary = await ReportSummaryAsync(client, batchId);
        Assert.Equal(summary.GetProperty("cleanClaimRate").GetDecimal(),
            decimal.Parse((await report.Locator("[data-metric=clean-claim-rate]").GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture));
        // Unstyled, main's max-width is 'none' and the masthead has no border.
        Assert.Equal("1180px", await report.Locator("main").EvaluateAsync<string>("m => getComputedStyle(m).maxWidth"));
        Assert.Equal("2px", await report.Locator(".masthead").EvaluateAsync<string>("m => getComputedStyle(m).borderBottomWidth"));
        await ScreenshotAsync(report, "host-report.png");
        Assert.True(session.Problems.Count == 0, session.ProblemText);

        // Downloads, fetched with the key and named after the batch.
        var csv = await page.RunAndWaitForDownloadAsync(() => row.Locator("a[data-report=csv]").ClickAsync());
        Assert.Equal($"{batchId}-report.csv", csv.SuggestedFilename);
        var csvPath = Path.Combine(ArtefactDirectory, "host-report.csv");
        await csv.SaveAsAsync(csvPath);
        Assert.StartsWith("visit_id,patient_id,", File.ReadLines(csvPath).First().TrimStart('\uFEFF'), StringComparison.Ordinal);

        var json = await page.RunAndWaitForDownloadAsync(() => row.Locator("a[data-report=json]").ClickAsync());
        Assert.Equal($"{batchId}-report.json", json.SuggestedFilename);
        var jsonPath = Path.Combine(ArtefactDirectory, "host-report.json");
        await json.SaveAsAsync(jsonPath);
        using (var downloaded = JsonDocument.Parse(await File.ReadAllTextAsync(jsonPath)))
        {
            Assert.Equal(batchId, downloaded.RootElement.GetProperty("batchId").GetString());
            Assert.Equal(summary.GetProperty("visits").GetInt32(), downloaded.RootElement.GetProperty("summary").GetProperty("visits").GetInt32());
            Assert.Equal(summary.GetProperty("revenue").GetProperty("atRisk").GetDecimal(),
                downloaded.RootElement.GetProperty("summary").GetProperty("revenue").GetProperty("atRisk").GetDecimal());
        }
        Assert.True(session.Problems.Count == 0, session.ProblemText);
        Assert.Empty(Host.HttpFaults);
    }

    [BrowserFact]
    public async Task A_file_over_the_post_limit_goes_through_the_upload_URL_to_storage_and_the_blob_trigger_audits_it()
    {
        // A post limit the sample is over (13.9 kB > 1,000 bytes): the page must take the upload path for real.
        await using var host = await FunctionsTestHost.StartAsync(new FunctionsTestHostOptions
        {
            Settings = new Dictionary<string, string?> { ["ClaimAudit:MaxRequestBytes"] = "1000" },
        });
        var (clinicId, key) = await host.CreateClinicAsync();
        using var client = host.CreateClient(key);
        await using var session = await Session.OpenAsync(host);
        var page = session.Page;
        Assert.Equal("1000", await page.Locator("body").GetAttributeAsync("data-max-post-bytes"));

        await session.EnterKeyAsync(key);
        await Assertions.Expect(page.Locator("#batches-empty")).ToBeVisibleAsync();
        // A name as a download folder makes it, with a space and brackets POST /api/uploads refuses: the page sends a safe one.
        await page.Locator("#file-input").SetInputFilesAsync(new FilePayload { Name = "visits (1).csv", MimeType = "text/csv", Buffer = await File.ReadAllBytesAsync(SamplePath) });
        await session.SeenAsync(() => Assertions.Expect(page.Locator("#messages .message.ok")).ToContainTextAsync("“visits (1).csv” was uploaded."));

        // The page refreshes the list until the trigger's batch is done.
        var row = page.Locator("#batches tr[data-status=audited]", new PageLocatorOptions { HasText = "visits (1).csv" });
        await session.SeenAsync(() => Assertions.Expect(row).ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = TriggerTimeout }));
        await Assertions.Expect(page.Locator("#batches tr[data-status=uploading]")).ToHaveCountAsync(0);
        Assert.True(host.TriggerFaults.Count == 0, string.Join("\n", host.TriggerFaults));
        var batchId = await row.GetAttributeAsync("data-batch-id") ?? throw new Xunit.Sdk.XunitException("the audited row has no data-batch-id");
        var listed = await ListedAsync(client, batchId);
        Assert.Equal("blob", listed.GetProperty("source").GetString());
        // Stored under {yyyyMMdd-HHmmss}-{the name made safe}: today's upload never overwrites yesterday's.
        var stored = listed.GetProperty("file").GetString()!;
        Assert.Matches(@"^\d{8}-\d{6}-[0-9a-f]{4}-visits-1\.csv$", stored);
        await AssertFiguresAsync(row, client, batchId);
        await ScreenshotAsync(page, "host-upload-audited.png");

        // The chain, as the browser sent it: an upload URL from the API, a cross-origin PUT to the blob endpoint (the emulator's
        // CORS let it through: 201), never a post of the file, and the clinic key never sent to storage.
        var blob = new Uri(host.Storage.Batches.GetBlobClient($"{clinicId}/{stored}").Uri.AbsoluteUri);
        var exchanges = await session.ExchangesAsync();
        Assert.Contains($"POST {host.BaseAddress}api/uploads 201", exchanges);
        Assert.Contains($"PUT {blob.AbsoluteUri} 201", exchanges);
        Assert.DoesNotContain(exchanges, e => e.StartsWith($"POST {host.BaseAddress}api/audits", StringComparison.Ordinal));
        IRequest put;
        lock (session.Requests) put = session.Requests.Single(r => r.Method == "PUT");
        Assert.Null(await put.HeaderValueAsync("x-api-key"));
        Assert.Equal("BlockBlob", await put.HeaderValueAsync("x-ms-blob-type"));
        Assert.True(session.Problems.Count == 0, session.ProblemText);
        Assert.Empty(host.HttpFaults);
    }

    [BrowserFact]
    public async Task A_wrong_key_shows_the_APIs_401_and_the_key_is_asked_for_again()
    {
        await using var session = await Session.OpenAsync(Host);
        var page = session.Page;

        await session.EnterKeyAsync("not-a-clinic-key");

        var error = page.Locator("#messages .message.error[data-status='401']");
        await Assertions.Expect(error).ToContainTextAsync("The clinic key was not accepted — check it.");
        await Assertions.Expect(error).ToContainTextAsync("Unauthorized — send the clinic's API key in the X-Api-Key header; the key is missing or not known");
        await Assertions.Expect(page.Locator("#key-form")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#clinic-key")).ToBeEditableAsync();
        await Assertions.Expect(page.Locator("#forget-key")).ToBeHiddenAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('claimaudit.key')"));
        Assert.Contains($"GET {Host.BaseAddress}api/audits 401", await session.ExchangesAsync());
        await ScreenshotAsync(page, "host-wrong-key.png");
        // The browser logs the refused response itself; nothing else may go wrong.
        lock (session.Problems)
            Assert.DoesNotContain(session.Problems, p => !(p.StartsWith("console error: Failed to load resource", StringComparison.Ordinal) && p.Contains("401", StringComparison.Ordinal)));
    }

    [BrowserFact]
    public async Task An_unreadable_file_shows_the_APIs_400_detail()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        // What the API itself says of these bytes posted as CSV, from a clinic of its own.
        var (_, referenceKey) = await Host.CreateClinicAsync();
        using var reference = Host.CreateClient(referenceKey);
        using var body = new ByteArrayContent(png);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var posted = await reference.PostAsync("api/audits", body);
        Assert.Equal(400, (int)posted.StatusCode);
        string detail;
        using (var problem = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()))
            detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.StartsWith("the batch could not be read: ", detail, StringComparison.Ordinal);

        var (_, key) = await Host.CreateClinicAsync();
        await using var session = await Session.OpenAsync(Host);
        var page = session.Page;
        await session.EnterKeyAsync(key);
        await Assertions.Expect(page.Locator("#batches-empty")).ToBeVisibleAsync();

        await page.Locator("#file-input").SetInputFilesAsync(new FilePayload { Name = "visits.csv", MimeType = "text/csv", Buffer = png });

        var error = page.Locator("#messages .message.error[data-status='400']");
        await Assertions.Expect(error).ToContainTextAsync("“visits.csv” was not audited.");
        await Assertions.Expect(error).ToContainTextAsync("Bad Request — " + detail);
        // The batch is on the list as failed, with the same reason.
        await Assertions.Expect(page.Locator("#batches tr[data-status=failed]")).ToContainTextAsync("failed: " + detail["the batch could not be read: ".Length..]);
        await ScreenshotAsync(page, "host-unreadable.png");
        lock (session.Problems)
            Assert.DoesNotContain(session.Problems, p => !(p.StartsWith("console error: Failed to load resource", StringComparison.Ordinal) && p.Contains("400", StringComparison.Ordinal)));
    }

    [BrowserFact]
    public async Task The_CSP_of_the_hosts_page_blocks_an_injected_inline_script()
    {
        await using var session = await Session.OpenAsync(Host);
        // An inline script the policy allowed would run at once on insertion; a blocked one raises a violation event instead.
        var verdict = await session.Page.EvaluateAsync<JsonElement>(@"async () => {
            const violation = new Promise(resolve =>
                document.addEventListener('securitypolicyviolation', e => resolve(e.violatedDirective), { once: true }));
            const script = document.createElement('script');
            script.textContent = 'window.__injected = true;';
            document.body.append(script);
            const ran = window.__injected === true;
            return { ran, directive: ran ? null : await violation };
        }").WaitAsync(TimeSpan.FromMilliseconds(ActionTimeout));
        Assert.False(verdict.GetProperty("ran").GetBoolean(), "the injected inline script ran");
        Assert.StartsWith("script-src", verdict.GetProperty("directive").GetString(), StringComparison.Ordinal);
        // The page's own script did run under the same policy (the key form is shown by it).
        await Assertions.Expect(session.Page.Locator("#key-section")).ToBeVisibleAsync();
        await ScreenshotAsync(session.Page, "host-csp.png");
        // The browser reports the refusal itself; nothing else may go wrong.
        lock (session.Problems)
            Assert.DoesNotContain(session.Problems, p => !p.StartsWith("console error: Executing inline script violates", StringComparison.Ordinal)
                && !p.StartsWith("console error: Refused to execute inline script", StringComparison.Ordinal));
    }
}
