using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimAudit.Application;
using ClaimAudit.Storage;
using ClaimAudit.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace ClaimAudit.Cli.Tests;

/// <summary>
/// The page as the Functions app serves it (data-needs-key="true", a post limit, uploads to a storage origin of its own),
/// against a stand-in API and a stand-in blob endpoint on two loopback ports: the key form, the key on every API call and
/// never on the upload to storage, a large file sent through the upload URL and then found in the list by its name, and
/// the plain-language lead-ins for 401, 413 and a network failure. The Functions routes themselves are tested with their
/// own host (issue 17, item 3); this tests the page's side of the contract.
/// </summary>
public sealed partial class PageWithKeyBrowserTests(ServeBrowserFixture fixture) : IClassFixture<ServeBrowserFixture>, IAsyncLifetime
{
    private const string GoodKey = "good-key-123";
    private const int MaxPostBytes = 1000;

    private WebApplication? _api;
    private WebApplication? _storage;
    private string _apiUrl = "";
    private string _storageUrl = "";
    private readonly ConcurrentQueue<string> _apiKeys = new();
    private readonly ConcurrentQueue<string> _storagePuts = new();
    private readonly ConcurrentDictionary<string, BatchRecord> _batches = new();
    private readonly ConcurrentDictionary<string, int> _listedSince = new();
    private readonly ConcurrentQueue<string> _uploadedNames = new();
    private readonly ConcurrentQueue<string> _uploadRequests = new();

    private static WebApplication Build()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    public async Task InitializeAsync()
    {
        // The blob endpoint: answers CORS preflight as the storage account's CORS rule does, records each PUT.
        _storage = Build();
        _storage.Use(async (context, next) =>
        {
            context.Response.Headers.AccessControlAllowOrigin = _apiUrl;
            context.Response.Headers.AccessControlAllowMethods = "PUT, OPTIONS";
            context.Response.Headers.AccessControlAllowHeaders = "content-type, x-ms-blob-type";
            if (context.Request.Method == "OPTIONS") return;
            await next(context);
        });
        _storage.MapPut("/visit-batches/demo-clinic/{name}", async (HttpContext context, string name) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            // A link storage refuses, as it answers an expired or tampered SAS: 403 with its XML error.
            if (name.Contains("expired", StringComparison.Ordinal))
                return Results.Text("""
                    <?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.
                    RequestId:5c1d-test
                    Time:2026-12-03T17:00:00.0000000Z</Message><AuthenticationErrorDetail>Signed expiry time [Thu, 03 Dec 2026 16:00:00 GMT] must be after signed start time</AuthenticationErrorDetail></Error>
                    """, "application/xml", statusCode: 403);
            _storagePuts.Enqueue($"{name} {buffer.Length} bytes, x-ms-blob-type={context.Request.Headers["x-ms-blob-type"]}, content-type={context.Request.ContentType}, "
                + $"x-api-key={(context.Request.Headers.ContainsKey("X-Api-Key") ? "sent" : "none")}");
            // The blob trigger records the batch as received; the list turns it audited a poll later.
            var id = "blob-" + name;
            _uploadedNames.Enqueue(name);
            _batches[id] = new BatchRecord { ClinicId = "demo-clinic", BatchId = id, Source = "blob", SourceName = name, ReceivedAt = DateTimeOffset.UtcNow, Status = BatchStatus.Received };
            return Results.StatusCode(201);
        });
        await _storage.StartAsync();
        _storageUrl = _storage.Urls.First();

        _api = Build();
        _api.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/ui")) { await next(context); return; }
            var key = context.Request.Headers["X-Api-Key"].ToString();
            _apiKeys.Enqueue(key);
            if (key != GoodKey)
            {
                await Problem(401, "Unauthorized", "the X-Api-Key header does not name a clinic key").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
        _api.MapGet("/api/ui", () => UiPage.Result(new UiPageSettings { NeedsKey = true, MaxPostBytes = MaxPostBytes, UploadOrigins = [_storageUrl] }));
        _api.MapGet("/api/audits", (HttpContext context) =>
        {
            // A blob named "stuck" stays received: the trigger never finishes it.
            foreach (var b in _batches.Values.Where(b => b.Status == BatchStatus.Received && !b.BatchId.Contains("stuck", StringComparison.Ordinal)))
                if (_listedSince.AddOrUpdate(b.BatchId, 1, (_, n) => n + 1) > 1)
                {
                    b.Status = BatchStatus.Audited;
                    b.Visits = 36;
                    b.CleanVisits = 6;
                    b.AtRisk = 1414.44m;
                    b.Reports = new ReportPaths("j", "c", "h");
                }
            var (query, error) = BatchListQuery.Parse(context.Request.Query["from"], context.Request.Query["to"], DateOnly.FromDateTime(DateTime.UtcNow));
            if (query is null) return Problem(400, "Bad Request", error!);
            return new ListResult(query, [.. _batches.Values.OrderByDescending(b => b.ReceivedAt)]);
        });
        _api.MapPost("/api/audits", (HttpContext context) => context.Request.ContentLength > 800
            ? Problem(413, "Payload Too Large", "the request body is over the 800-byte limit; upload larger batches to the visit-batches container instead")
            : Results.Text("""{"schemaVersion":2,"batchId":"b-small","summary":{"visits":3,"rejectedRows":1,"cleanVisits":1,"cleanClaimRate":0.3333,"revenue":{"atRisk":12.5}}}""",
                "application/json", statusCode: 201));
        _api.MapPost("/api/uploads", async (HttpContext context) =>
        {
            var name = JsonDocument.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync()).RootElement.GetProperty("fileName").GetString();
            _uploadRequests.Enqueue(name ?? "");
            // The real rule of POST /api/uploads (PostUpload), so a name the API would refuse is refused here too.
            if (!UploadUrlIssuer.IsValidFileName(name))
                return Problem(400, "Bad Request", $"the upload request is not valid: fileName is not valid: {UploadUrlIssuer.FileNameRule}");
            return Results.Json(new { uploadUrl = $"{_storageUrl}/visit-batches/demo-clinic/{name}?sig=test", blobName = $"visit-batches/demo-clinic/{name}", expiresOn = DateTimeOffset.UtcNow.AddMinutes(15) },
                statusCode: 201);
        });
        await _api.StartAsync();
        _apiUrl = _api.Urls.First();
    }

    public async Task DisposeAsync()
    {
        if (_api is not null) await _api.DisposeAsync();
        if (_storage is not null) await _storage.DisposeAsync();
    }

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails { Title = title, Status = status, Detail = detail });

    private sealed class ListResult(BatchListQuery query, IReadOnlyList<BatchRecord> batches) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = BatchListJson.ContentType;
            await BatchListJson.WriteAsync(httpContext.Response.Body, query, batches);
        }
    }

    private async Task<(IBrowserContext Context, IPage Page, List<string> Problems)> OpenAsync(Func<IPage, Task>? beforeLoad = null, string? timezone = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, TimezoneId = timezone });
        var page = await context.NewPageAsync();
        if (beforeLoad is not null) await beforeLoad(page);
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") lock (problems) problems.Add($"console {message.Type}: {message.Text}"); };
        page.PageError += (_, error) => { lock (problems) problems.Add($"page error: {error}"); };
        await page.GotoAsync(_apiUrl + "/api/ui");
        return (context, page, problems);
    }

    [BrowserFact]
    public async Task The_key_is_asked_for_kept_in_the_tab_sent_to_the_API_never_to_storage_and_a_large_file_goes_through_the_upload_URL()
    {
        var (context, page, problems) = await OpenAsync();
        await using var _ = context;
        // No key yet: the form, labelled, and no list request.
        var key = page.GetByRole(AriaRole.Textbox, new() { Name = "Clinic key" });
        await Assertions.Expect(key).ToBeVisibleAsync();
        Assert.Equal("password", await key.GetAttributeAsync("type"));
        Assert.Empty(_apiKeys);

        await key.FillAsync(GoodKey);
        await page.Locator("#key-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#forget-key")).ToBeVisibleAsync();
        Assert.Equal(GoodKey, await page.EvaluateAsync<string>("() => sessionStorage.getItem('claimaudit.key')"));
        await Assertions.Expect(page.Locator("#batches-empty")).ToBeVisibleAsync();

        // Over the post limit: POST /api/uploads, then PUT to storage, then the batch is found in the list by the blob name the API
        // issued. The file's own name has characters the API refuses: the page sends a safe name, stamped with the time.
        var csv = string.Concat(Enumerable.Repeat("visit_id,patient_id\n", 80));
        await page.Locator("#file-input").SetInputFilesAsync(new FilePayload { Name = "Visits Dec 2026 (1).csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        var row = page.Locator("#batches tr[data-status=audited]", new PageLocatorOptions { HasText = "Visits Dec 2026 (1).csv" });
        await Assertions.Expect(row).ToContainTextAsync("$1,414.44", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#batches tr[data-status=uploading]")).ToHaveCountAsync(0);
        Assert.Matches(@"^\d{8}-\d{6}-[0-9a-f]{4}-Visits-Dec-2026-1\.csv " + $"{csv.Length} bytes, x-ms-blob-type=BlockBlob, content-type=text/csv, x-api-key=none$", Assert.Single(_storagePuts));
        Assert.All(_uploadRequests, name => Assert.True(UploadUrlIssuer.IsValidFileName(name), name));
        Assert.All(_apiKeys, k => Assert.Equal(GoodKey, k));

        // Under the limit: posted, and the report's summary said, rejected rows included.
        await page.Locator("#file-input").SetInputFilesAsync(new FilePayload { Name = "small.csv", MimeType = "text/csv", Buffer = "visit_id\n"u8.ToArray() });
        var ok = page.Locator("#messages .message.ok", new PageLocatorOptions { HasText = "small.csv" });
        await Assertions.Expect(ok).ToContainTextAsync("“small.csv” was audited (batch b-small).");
        await Assertions.Expect(ok).ToContainTextAsync("3 visits, clean-claim rate 33.3%, $12.50 at risk.");
        await Assertions.Expect(ok).ToContainTextAsync("1 row was rejected and not audited");

        // The server's own limit: 413 in plain words, with the API's detail.
        await page.Locator("#file-input").SetInputFilesAsync(new FilePayload { Name = "nine-hundred.csv", MimeType = "text/csv", Buffer = new byte[900] });
        var tooLarge = page.Locator("#messages .message.error[data-status='413']");
        await Assertions.Expect(tooLarge).ToContainTextAsync("“nine-hundred.csv” was not audited. The file is too large to post.");
        await Assertions.Expect(tooLarge).ToContainTextAsync("Payload Too Large — the request body is over the 800-byte limit");

        // No server at all: said as such.
        await page.RouteAsync("**/api/audits", route => route.AbortAsync());
        await page.Locator("#file-input").SetInputFilesAsync(new FilePayload { Name = "offline.csv", MimeType = "text/csv", Buffer = "visit_id\n"u8.ToArray() });
        await Assertions.Expect(page.Locator("#messages .message.error[data-status='0']")).ToContainTextAsync("Could not reach the server");
        await page.UnrouteAllAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServeBrowserFixture.ArtefactDirectory, "ui-key-upload.png"), FullPage = true });

        // Forget key: gone from the tab, the form is back, the list is cleared.
        await page.Locator("#forget-key").ClickAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('claimaudit.key')"));
        await Assertions.Expect(page.Locator("#key-form")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#batches tbody tr")).ToHaveCountAsync(0);
        // The browser itself logs the refused responses (413, the aborted request); nothing else may go wrong.
        Assert.DoesNotContain(problems, p => !p.Contains("Failed to load resource", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task A_wrong_key_is_said_in_plain_words_and_the_form_comes_back()
    {
        var (context, page, _) = await OpenAsync();
        await using var _ = context;
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Clinic key" }).FillAsync("wrong-key");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Clinic key" }).PressAsync("Enter");
        var error = page.Locator("#messages .message.error[data-status='401']");
        await Assertions.Expect(error).ToContainTextAsync("The clinic key was not accepted — check it.");
        await Assertions.Expect(error).ToContainTextAsync("Unauthorized — the X-Api-Key header does not name a clinic key");
        await Assertions.Expect(page.Locator("#key-form")).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('claimaudit.key')"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServeBrowserFixture.ArtefactDirectory, "ui-wrong-key.png"), FullPage = true });
    }

    // ---- review fixes (issue 17): names, midnight, overlapping lists, range, storage refusals, polling's end --------------------

    [GeneratedRegex(@"/api/audits\?")]
    private static partial Regex ListRequest();

    private static bool IsList(IRequest request) => request.Method == "GET" && ListRequest().IsMatch(request.Url);

    private static string Listed(params (string Id, string File, string Status, string ReceivedAt)[] batches) =>
        JsonSerializer.Serialize(new
        {
            from = "2026-11-01", to = "2026-12-05",
            batches = batches.Select(b => new
            {
                batchId = b.Id, file = b.File, source = "api", status = b.Status, receivedAt = b.ReceivedAt, completedAt = b.ReceivedAt,
                visits = 3, lines = 3, rejectedRows = 0, cleanVisits = 1, cleanClaimRate = 0.3333, atRisk = 12.5, errors = 0, warnings = 0, error = (string?)null,
                reports = new { html = $"/api/audits/{b.Id}?format=html", csv = $"/api/audits/{b.Id}?format=csv", json = $"/api/audits/{b.Id}?format=json" },
            }),
        });

    private static async Task EnterKeyAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Clinic key" }).FillAsync(GoodKey);
        await page.Locator("#key-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#forget-key")).ToBeVisibleAsync();
    }

    private static FilePayload Big(string name) =>
        new() { Name = name, MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("visit_id,patient_id\n", 80))) };

    [BrowserFact]
    public async Task The_same_file_uploaded_twice_is_two_batches_and_a_file_the_upload_cannot_take_is_said_before_any_request()
    {
        var (context, page, _) = await OpenAsync();
        await using var _ = context;
        await EnterKeyAsync(page);

        // The same name twice: two blobs, two batches (yesterday's upload is not overwritten by today's).
        await page.Locator("#file-input").SetInputFilesAsync(Big("visits.csv"));
        await Assertions.Expect(page.Locator("#batches tr[data-status=audited]")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await page.Locator("#file-input").SetInputFilesAsync(Big("visits.csv"));
        await Assertions.Expect(page.Locator("#batches tr[data-status=audited]", new() { HasText = "visits.csv" })).ToHaveCountAsync(2, new() { Timeout = 15_000 });
        Assert.Equal(2, _uploadedNames.Distinct().Count());

        // Over the post limit with an extension the upload trigger cannot read: said at once, nothing sent.
        var requests = _uploadRequests.Count;
        await page.Locator("#file-input").SetInputFilesAsync(Big("claims.pdf"));
        var error = page.Locator("#messages .message.error", new() { HasText = "claims.pdf" });
        await Assertions.Expect(error).ToContainTextAsync("“claims.pdf” was not sent.");
        await Assertions.Expect(error).ToContainTextAsync(".csv, .tsv, .txt, .json, .xlsx, .837, .x12, .edi");
        Assert.Equal(requests, _uploadRequests.Count);
        await Assertions.Expect(page.Locator("#batches tr[data-status=uploading]")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task A_tab_left_open_past_midnight_moves_its_default_range_to_the_new_day()
    {
        var listAsked = new ConcurrentQueue<string>();
        var (context, page, problems) = await OpenAsync(async page =>
        {
            // One minute to midnight in Chicago.
            await page.Clock.InstallAsync(new ClockInstallOptions { TimeString = "2026-12-03T23:59:00-06:00" });
            await page.RouteAsync(ListRequest(), async route =>
            {
                listAsked.Enqueue(new Uri(route.Request.Url).Query);
                // Two batches received just after midnight, Chicago time: this tab's and another's.
                await route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = Listed(
                    ("b-other", "other.csv", "audited", "2026-12-04T06:00:40Z"), ("b-small", "small.csv", "audited", "2026-12-04T06:00:30Z")) });
            });
        }, timezone: "America/Chicago");
        await using var _ = context;
        Assert.Equal("2026-12-03", await page.Locator("#to").InputValueAsync());
        await EnterKeyAsync(page);
        await Assertions.Expect(page.Locator("#batches-empty")).ToBeVisibleAsync();

        await page.Clock.RunForAsync(2 * 60 * 1000);
        await page.Locator("#file-input").SetInputFilesAsync(new FilePayload { Name = "small.csv", MimeType = "text/csv", Buffer = "visit_id\n"u8.ToArray() });
        await Assertions.Expect(page.Locator("#batches tr[data-batch-id='b-small']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#batches tr[data-batch-id='b-other']")).ToHaveCountAsync(1);
        Assert.Equal("2026-12-04", await page.Locator("#to").InputValueAsync());
        Assert.Equal("2026-11-04", await page.Locator("#from").InputValueAsync());
        Assert.Contains("?from=2026-11-03&to=2026-12-05", listAsked);
        Assert.DoesNotContain(problems, p => !p.Contains("Failed to load resource", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task A_batch_this_tab_sent_shows_even_when_the_chosen_range_leaves_it_out()
    {
        var today = DateTime.UtcNow;
        var (context, page, _) = await OpenAsync(page => page.RouteAsync(ListRequest(), async route =>
        {
            // As the server: only a range that reaches today lists today's batch.
            var to = System.Web.HttpUtility.ParseQueryString(new Uri(route.Request.Url).Query)["to"]!;
            var body = string.CompareOrdinal(to, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) >= 0
                ? Listed(("b-small", "small.csv", "audited", today.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)))
                : Listed();
            await route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = body });
        }));
        await using var _ = context;
        await EnterKeyAsync(page);
        await page.Locator("#from").FillAsync("2026-01-01");
        await page.Locator("#to").FillAsync("2026-01-31");
        await page.Locator("#range button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#batches-empty")).ToBeVisibleAsync();

        await page.Locator("#file-input").SetInputFilesAsync(new FilePayload { Name = "small.csv", MimeType = "text/csv", Buffer = "visit_id\n"u8.ToArray() });
        await Assertions.Expect(page.Locator("#messages .message.ok", new() { HasText = "small.csv" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#batches tr[data-batch-id='b-small'][data-status=audited]")).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task An_older_list_answering_after_a_newer_one_is_dropped()
    {
        var first = new TaskCompletionSource();
        var asked = 0;
        var (context, page, _) = await OpenAsync(page => page.RouteAsync(ListRequest(), async route =>
        {
            if (Interlocked.Increment(ref asked) == 1)
            {
                // The first list (asked when the key is entered) is held until the second has been shown, then answers empty.
                await first.Task;
                await route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = Listed() });
                return;
            }
            await route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = Listed(("b-new", "new.csv", "audited", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture))) });
        }));
        await using var _ = context;
        await EnterKeyAsync(page);
        await page.Locator("#range button[type=submit]").ClickAsync();
        var row = page.Locator("#batches tr[data-batch-id='b-new']");
        await Assertions.Expect(row).ToHaveCountAsync(1);

        await page.RunAndWaitForRequestFinishedAsync(() => { first.SetResult(); return Task.CompletedTask; });
        // Let the page handle the late answer (two turns of its event loop), then the newer list must still be shown.
        await page.EvaluateAsync("() => new Promise(r => setTimeout(() => setTimeout(r, 0), 0))");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#batches-empty")).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task A_range_over_366_days_is_refused_by_the_page_in_the_users_own_dates()
    {
        var (context, page, _) = await OpenAsync();
        await using var _ = context;
        await EnterKeyAsync(page);
        var asked = new ConcurrentQueue<string>();
        page.Request += (_, r) => { if (IsList(r)) asked.Enqueue(r.Url); };
        await page.Locator("#from").FillAsync("2025-12-01");
        await page.Locator("#to").FillAsync("2026-12-02");
        await page.Locator("#range button[type=submit]").ClickAsync();
        var error = page.Locator("#messages .message.error", new() { HasText = "The range is too long." }).First;
        await Assertions.Expect(error).ToContainTextAsync("2025-12-01 to 2026-12-02 is 367 days: show at most 366 days at a time.");
        Assert.Empty(asked);
    }

    [BrowserFact]
    public async Task A_refused_upload_link_is_said_as_storage_words_it_and_the_key_is_kept()
    {
        var (context, page, _) = await OpenAsync();
        await using var _ = context;
        await EnterKeyAsync(page);
        await page.Locator("#file-input").SetInputFilesAsync(Big("expired.csv"));
        var error = page.Locator("#messages .message.error[data-status='403']");
        await Assertions.Expect(error).ToContainTextAsync("“expired.csv” could not be uploaded to storage. The upload link was refused or has expired — try again.");
        await Assertions.Expect(error).ToContainTextAsync("Storage said (HTTP 403, AuthenticationFailed): Server failed to authenticate the request.");
        var text = await error.InnerTextAsync();
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("RequestId", text, StringComparison.Ordinal);
        Assert.DoesNotContain("clinic key", text, StringComparison.Ordinal);
        Assert.Equal(GoodKey, await page.EvaluateAsync<string>("() => sessionStorage.getItem('claimaudit.key')"));
        await Assertions.Expect(page.Locator("#forget-key")).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task A_batch_stuck_in_received_is_polled_less_and_less_then_no_more_with_a_refresh_offered()
    {
        var (context, page, _) = await OpenAsync(page => page.Clock.InstallAsync(new ClockInstallOptions { TimeDate = DateTime.UtcNow }));
        await using var _ = context;
        var started = 0;
        var finished = new SemaphoreSlim(0);
        page.Request += (_, r) => { if (IsList(r)) Interlocked.Increment(ref started); };
        page.RequestFinished += (_, r) => { if (IsList(r)) finished.Release(); };
        page.RequestFailed += (_, r) => { if (IsList(r)) finished.Release(); };
        var answered = 0;
        // Fake time runs only when told: each step lets the page's timers fire, then waits for the lists they asked for.
        async Task RunForAsync(int milliseconds)
        {
            for (var left = milliseconds; left > 0; left -= 1000)
            {
                await page.Clock.RunForAsync(Math.Min(1000, left));
                while (answered < Volatile.Read(ref started))
                {
                    Assert.True(await finished.WaitAsync(TimeSpan.FromSeconds(30)), "a list request did not finish");
                    answered++;
                }
                await page.EvaluateAsync("() => 0");
            }
        }

        await EnterKeyAsync(page);
        await page.Locator("#file-input").SetInputFilesAsync(Big("stuck.csv"));
        var row = page.Locator("#batches tr[data-status=received]", new() { HasText = "stuck.csv" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        var atStart = Volatile.Read(ref started);

        // Ten minutes and a half: at a steady 2 s that would be some 315 lists; backing off to 15 s, under 60.
        await RunForAsync(630_000);
        var polled = Volatile.Read(ref started) - atStart;
        Assert.InRange(polled, 30, 60);
        var notice = page.Locator("#messages .message.notice");
        await Assertions.Expect(notice).ToContainTextAsync("A batch is still being audited.");
        await Assertions.Expect(notice).ToContainTextAsync("refresh later");

        // Then no more polling at all.
        var stopped = Volatile.Read(ref started);
        await RunForAsync(120_000);
        Assert.Equal(stopped, Volatile.Read(ref started));

        // Refresh asks again and polls again.
        await notice.GetByRole(AriaRole.Button, new() { Name = "Refresh" }).ClickAsync();
        await RunForAsync(5_000);
        Assert.True(Volatile.Read(ref started) >= stopped + 2, $"{Volatile.Read(ref started) - stopped} lists after Refresh");
        await Assertions.Expect(notice).ToHaveCountAsync(0);
    }
}
