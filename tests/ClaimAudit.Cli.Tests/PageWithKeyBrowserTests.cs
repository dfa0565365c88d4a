using System.Collections.Concurrent;
using System.Text.Json;
using ClaimAudit.Application;
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
public sealed class PageWithKeyBrowserTests(ServeBrowserFixture fixture) : IClassFixture<ServeBrowserFixture>, IAsyncLifetime
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
            _storagePuts.Enqueue($"{name} {buffer.Length} bytes, x-ms-blob-type={context.Request.Headers["x-ms-blob-type"]}, content-type={context.Request.ContentType}, "
                + $"x-api-key={(context.Request.Headers.ContainsKey("X-Api-Key") ? "sent" : "none")}");
            // The blob trigger records the batch as received; the list turns it audited a poll later.
            var id = "blob-" + name;
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
            foreach (var b in _batches.Values.Where(b => b.Status == BatchStatus.Received))
                if (_listedSince.AddOrUpdate(b.BatchId, 1, (_, n) => n + 1) > 1)
                {
                    b.Status = BatchStatus.Audited;
                    b.Visits = 36;
                    b.CleanVisits = 6;
                    b.AtRisk = 1414.44m;
                    b.Reports = new ReportPaths("j", "c", "h");
                }
            var (query, _) = BatchListQuery.Parse(context.Request.Query["from"], context.Request.Query["to"], DateOnly.FromDateTime(DateTime.UtcNow));
            return new ListResult(query!, [.. _batches.Values.OrderByDescending(b => b.ReceivedAt)]);
        });
        _api.MapPost("/api/audits", (HttpContext context) => context.Request.ContentLength > 800
            ? Problem(413, "Payload Too Large", "the request body is over the 800-byte limit; upload larger batches to the visit-batches container instead")
            : Results.Text("""{"schemaVersion":2,"batchId":"b-small","summary":{"visits":3,"rejectedRows":1,"cleanVisits":1,"cleanClaimRate":0.3333,"revenue":{"atRisk":12.5}}}""",
                "application/json", statusCode: 201));
        _api.MapPost("/api/uploads", async (HttpContext context) =>
        {
            var name = JsonDocument.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync()).RootElement.GetProperty("fileName").GetString();
            return Results.Json(new { uploadUrl = $"{_storageUrl}/visit-batches/demo-clinic/{name}?sig=test", blobName = $"demo-clinic/{name}", expiresOn = DateTimeOffset.UtcNow.AddMinutes(15) },
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

    private async Task<(IBrowserContext Context, IPage Page, List<string> Problems)> OpenAsync()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") lock (problems) problems.Add($"console {message.Type}: {message.Text}"); };
        page.PageError += (_, error) => { lock (problems) problems.Add($"page error: {error}"); };
        await page.GotoAsync(_apiUrl + "/api/ui");
        return (context, page, problems);
    }

    [ServeBrowserFact]
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

        // Over the post limit: POST /api/uploads, then PUT to storage, then the batch is found in the list by its name.
        var csv = string.Concat(Enumerable.Repeat("visit_id,patient_id\n", 80));
        await page.Locator("#file-input").SetInputFilesAsync(new FilePayload { Name = "big-visits.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        var row = page.Locator("#batches tr[data-status=audited]", new PageLocatorOptions { HasText = "big-visits.csv" });
        await Assertions.Expect(row).ToContainTextAsync("$1,414.44", new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#batches tr[data-status=uploading]")).ToHaveCountAsync(0);
        Assert.Equal($"big-visits.csv {csv.Length} bytes, x-ms-blob-type=BlockBlob, content-type=text/csv, x-api-key=none", Assert.Single(_storagePuts));
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

    [ServeBrowserFact]
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
}
