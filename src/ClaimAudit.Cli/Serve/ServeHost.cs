using System.Net;
using System.Security.Cryptography;
using ClaimAudit.Application;
using ClaimAudit.Cli.LocalStore;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Storage;
using ClaimAudit.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace ClaimAudit.Cli.Serve;

/// <summary>
/// <c>claimaudit serve</c>'s web host (PRODUCT.md section 14): the page and the routes it calls, on Kestrel, with no keys,
/// auditing through <see cref="BatchAuditor"/> into a local store folder (<see cref="LocalBatchFiles"/>,
/// <see cref="LocalReportFiles"/>, <see cref="LocalStoreFolder.Claims"/>). The routes answer as the Functions app's do
/// (problems, negotiation, the batch list and a posted audit's refusal are ClaimAudit.Web's, shared with the Functions app).
/// </summary>
internal sealed class ServeHost : IAsyncDisposable
{
    public const string DefaultUrls = "http://127.0.0.1:5178";
    public const string ClinicId = "local";

    private static readonly UiPageSettings PageSettings = new() { NeedsKey = false, MaxPostBytes = null };

    private readonly WebApplication _app;

    private ServeHost(WebApplication app, string store, IReadOnlyList<string> addresses)
    {
        _app = app;
        StoreDirectory = store;
        Addresses = addresses;
        LoopbackOnly = addresses.All(IsLoopback);
        var local = addresses.FirstOrDefault(IsLoopback) ?? addresses[0];
        BaseUrl = WithReachableHost(local);
    }

    /// <summary>The store folder, full path.</summary>
    public string StoreDirectory { get; }
    /// <summary>The addresses Kestrel bound (with the real port when 0 was asked for).</summary>
    public IReadOnlyList<string> Addresses { get; }
    public bool LoopbackOnly { get; }
    /// <summary>A URL this computer reaches the host at, e.g. <c>http://127.0.0.1:5178</c>.</summary>
    public string BaseUrl { get; }
    public string PageUrl => BaseUrl + "/api/ui";
    /// <summary>Stopping (Ctrl+C reaches ASP.NET Core's console lifetime too).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>The default store: <c>claimaudit/store</c> under the user's local application data folder (created).</summary>
    public static string DefaultStore()
    {
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(data)) data = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(data, "claimaudit", "store");
    }

    /// <summary>Starts listening; throws <see cref="IOException"/> when an address cannot be bound.</summary>
    public static async Task<ServeHost> StartAsync(string storeDirectory, string urls, CancellationToken cancellationToken = default)
    {
        var store = Path.GetFullPath(storeDirectory);
        Directory.CreateDirectory(store);
        ProbeWritable(store);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // Warnings and errors only, on standard error: ASP.NET Core's request logs name paths and the audit's information
        // lines name batches; neither belongs on a clinic's screen, and no log line ever carries patient data.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // A port in use is said once, by the serve command, as its reason — not as the host's "Hosting failed to start" and a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        // Ctrl+C stops an audit under way (it watches ApplicationStopping): a short grace, not the 30-second default.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));

        var listening = new ServeAddresses();
        builder.Services.AddSingleton(listening);
        var app = builder.Build();
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();
        var storeLog = loggers.CreateLogger<LocalBatchFiles>();
        var batches = new LocalBatchFiles(store)
        {
            Unreadable = file => storeLog.LogWarning("The batch record {File} cannot be read and is left out of the list; remove it (its reports stay in the reports folder)", file),
        };
        var reports = new LocalReportFiles(store);
        var auditor = new BatchAuditor(new ShippedProfiles(), batches, new NoHistory(), reports, new NoClinicMaps(), new NoStorageFaults(),
            // As claimaudit audit: no size cap (a large batch is audited partition by partition), no time budget.
            IngestLimits.Unlimited, TimeProvider.System, loggers.CreateLogger<BatchAuditor>(), AuditBudget.None, new LocalStoreFolder(store).Claims);
        var routes = new ServeRoutes(auditor, batches, reports, app.Lifetime);

        app.UseMiddleware<LocalRequestGuard>();
        app.UseMiddleware<StoreFaultMiddleware>();
        app.MapGet("/", () => Results.Redirect("/api/ui"));
        app.MapGet("/api/ui", () => UiPage.Result(PageSettings));
        app.MapGet("/api/audits", routes.ListAsync);
        app.MapGet("/api/audits/{batchId}", routes.GetAsync);
        app.MapPost("/api/audits", routes.PostAsync);
        app.MapFallback((HttpContext context) => ApiProblem.Create(404, "Not Found",
            $"there is no {context.Request.Method} {context.Request.Path} under claimaudit serve; the page is at /api/ui"));

        await app.StartAsync(cancellationToken);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        if (addresses.Count == 0) addresses.Add(urls);
        listening.Bound(addresses);
        return new ServeHost(app, store, addresses);
    }

    /// <summary>
    /// A store folder that exists but cannot be written (read-only, another user's) is refused at start with the reason,
    /// not at the first audit as a 500.
    /// </summary>
    private static void ProbeWritable(string store)
    {
        var probe = Path.Combine(store, $".write-probe-{Guid.NewGuid():N}");
        using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal static bool IsLoopback(string address)
    {
        var host = HostOf(address);
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }

    internal static string HostOf(string address)
    {
        var rest = address[(address.IndexOf("://", StringComparison.Ordinal) is var s and >= 0 ? s + 3 : 0)..];
        if (rest.StartsWith('[')) return rest[1..Math.Max(1, rest.IndexOf(']', StringComparison.Ordinal))];
        var end = rest.IndexOfAny([':', '/']);
        return end < 0 ? rest : rest[..end];
    }

    // A wildcard address (0.0.0.0, [::], *, +) is reached from this computer at the loopback address.
    private static string WithReachableHost(string address)
    {
        var host = HostOf(address);
        var reachable = host is "0.0.0.0" or "*" or "+" or "::" ? "127.0.0.1" : null;
        var url = reachable is null ? address : address.Replace(address.Contains("[::]", StringComparison.Ordinal) ? "[::]" : host, reachable, StringComparison.Ordinal);
        return url.TrimEnd('/');
    }
}

/// <summary>The routes of the page (the same paths and answers as the Functions app's, no key).</summary>
internal sealed class ServeRoutes(BatchAuditor auditor, LocalBatchFiles batches, LocalReportFiles reports, IHostApplicationLifetime lifetime)
{
    /// <summary><c>GET /api/audits?from=&amp;to=</c>: the store's batches received in the range, newest first.</summary>
    public Task<IResult> ListAsync(HttpContext context, CancellationToken cancellationToken) =>
        BatchListJson.AnswerAsync(batches, ServeHost.ClinicId, context.Request, DateOnly.FromDateTime(DateTime.UtcNow), cancellationToken);

    /// <summary><c>GET /api/audits/{batchId}?format=html|csv|json</c> (or Accept): a stored report.</summary>
    public async Task<IResult> GetAsync(HttpContext context, string batchId, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var (format, refusal) = ReportNegotiation.ChooseStored(request);
        if (format is null) return refusal!;
        if (ReportNegotiation.Schema(request) is not { } schema) return ReportNegotiation.BadSchema(request);
        var record = await batches.GetAsync(ServeHost.ClinicId, batchId, cancellationToken);
        if (record is null) return ApiProblem.Create(404, "Not Found", $"batch '{batchId}' is not a batch of this clinic");
        if (format.Extension == "json" && request.Query.ContainsKey("schema") && schema != record.ReportSchema)
            return ApiProblem.Create(406, "Not Acceptable",
                $"batch '{batchId}' has its JSON report in schema {record.ReportSchema}; send the batch again with ?schema={schema} to have it in schema {schema}");
        var stored = record.Reports?.PathOf(format) is { } path ? reports.Open(path) : null;
        if (stored is null)
            return ApiProblem.Create(404, "Not Found", $"batch '{batchId}' has no {format.Extension} report (status {record.Status}{(record.Error is null ? "" : ": " + record.Error)})");
        return new FileBodyResult(200, stored, format.ContentType + "; charset=utf-8", [("X-Batch-Status", record.Status), .. ReportHeaders.All]);
    }

    /// <summary>
    /// <c>POST /api/audits</c>: audits the body (any size: it is streamed to a temporary file first) and answers 201 with the
    /// report in the format asked for, or the problem, as the Functions app's PostAudit does.
    /// </summary>
    public async Task<IResult> PostAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (ReportNegotiation.Choose(request) is not { } reportFormat) return ReportNegotiation.NotAcceptable();
        if (ReportNegotiation.Schema(request) is not { } schema) return ReportNegotiation.BadSchema(request);
        if (ReportNegotiation.BatchFormat(request) is not { } batchFormat)
            return ApiProblem.Create(415, "Unsupported Media Type", $"Content-Type '{request.ContentType}' is not a batch: send {ReportNegotiation.BatchContentTypes}");
        // Every file is posted under serve (there is no upload route): Kestrel's 30 MB default must not refuse a large export.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = null;

        var fallbackId = $"api-{DateTime.UtcNow:yyyyMMddHHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5))}";
        // Each post gets a report set of its own.
        var version = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        AuditResult result;
        // Ctrl+C stops the audit too, not only a client that goes away: serve exits within its short shutdown grace.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        cancellationToken = stopping.Token;
        await using (var body = await SpoolAsync(request.Body, cancellationToken))
        {
            result = await auditor.AuditPostedAsync(new PostedBatch(ServeHost.ClinicId, body, batchFormat, ReportNegotiation.Sheet(request), version,
                declared => TableKeys.IsValidBatchId(declared) ? declared : fallbackId,
                LocalStoreFolder.SafeBatchId, schema, PostedAudit.FileName(request)), cancellationToken);
        }

        var batchId = result.Record.BatchId;
        if (PostedAudit.Refusal(result) is { } refusal) return refusal;
        var stored = result.Record.Reports?.PathOf(reportFormat) is { } path ? reports.Open(path) : null;
        if (stored is null) return ApiProblem.Create(500, "Internal Server Error", $"batch {batchId} was audited but its {reportFormat.Extension} report is missing");
        return new FileBodyResult(201, stored, reportFormat.ContentType + "; charset=utf-8", [("Location", $"/api/audits/{batchId}"), ("X-Batch-Id", batchId), .. ReportHeaders.All]);
    }

    // The body in a temporary file that deletes itself: never held in memory, and seekable for the reader.
    private static async Task<Stream> SpoolAsync(Stream body, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"claimaudit-serve-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await body.CopyToAsync(file, 81920, cancellationToken);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>A stored report with its length (the page decides from it whether to read a posted batch's report whole).</summary>
    private sealed class FileBodyResult(int statusCode, Stream body, string contentType, IReadOnlyList<(string Name, string Value)> headers) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = statusCode;
            response.ContentType = contentType;
            if (body.CanSeek) response.ContentLength = body.Length;
            foreach (var (name, value) in headers) response.Headers[name] = value;
            await using (body) await body.CopyToAsync(response.Body, httpContext.RequestAborted);
        }
    }
}

/// <summary>A store folder that cannot be read or written (a corrupt record, a full disk, no permission): 500 naming the reason.</summary>
internal sealed class StoreFaultMiddleware(RequestDelegate next, ILogger<StoreFaultMiddleware> log, IHostApplicationLifetime lifetime)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested
            && !context.Response.HasStarted)
        {
            // Ctrl+C during an audit: it stopped; nothing of it was recorded as audited.
            await ApiProblem.Create(503, "Service Unavailable", "claimaudit serve is stopping; the file was not audited: start serve again and send it again").ExecuteAsync(context);
        }
        catch (BadHttpRequestException bad) when (!context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            // A body Kestrel cannot read (a malformed chunk, a length that lies) from a client still there: its own status (400).
            await ApiProblem.Create(bad.StatusCode, ReasonPhrases.GetReasonPhrase(bad.StatusCode), $"the request body could not be read: {bad.Message}").ExecuteAsync(context);
        }
        catch (Exception e) when (IsClientGone(e, context))
        {
            // The client gave up (closed the tab, a tool's timeout) while its body was read or its report written: nothing
            // to answer and nothing wrong with the store (Kestrel's BadHttpRequestException is an IOException too).
            log.LogDebug("{Method} request: the client went away ({ExceptionType})", context.Request.Method, e.GetType().Name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException && !context.Response.HasStarted)
        {
            // The message names store paths (batch ids), never patient data.
            log.LogWarning("{Method} request: the store folder failed ({ExceptionType})", context.Request.Method, e.GetType().Name);
            await ApiProblem.Create(500, "Internal Server Error", $"the store folder could not be used: {e.Message}").ExecuteAsync(context);
        }
    }

    // Only Kestrel's own exceptions on a connection the client closed: a store fault (disk full) after the client left is
    // still a store fault, logged as one.
    private static bool IsClientGone(Exception e, HttpContext context) =>
        context.RequestAborted.IsCancellationRequested && e is OperationCanceledException or BadHttpRequestException
        || e is Microsoft.AspNetCore.Connections.ConnectionResetException;
}

/// <summary>
/// serve has no keys, so the browser must not be a way in for other sites: a page elsewhere can point a name of its own at
/// 127.0.0.1 (DNS rebinding) and read what serve answers, or post a form to it. So, when serve listens on loopback only, a
/// request must name a loopback host (127.0.0.1, localhost, [::1]) — 400 otherwise; and a request that changes something
/// (any method but GET and HEAD) coming from another site's page — Sec-Fetch-Site cross-site or same-site, or an Origin that
/// is not the Host it was sent to — is 403. Tools that send neither header (curl, the tests' HttpClient) are let through.
/// </summary>
internal sealed class LocalRequestGuard(RequestDelegate next, ServeAddresses addresses)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!addresses.Allows(request.Host.Host))
        {
            await ApiProblem.Create(400, "Bad Request", addresses.LoopbackOnly
                ? $"claimaudit serve answers requests to this computer only (127.0.0.1, localhost or [::1]), not to '{request.Host.Host}'"
                : $"claimaudit serve answers requests to this computer's addresses and names ({string.Join(", ", addresses.Names)}), not to '{request.Host.Host}'").ExecuteAsync(context);
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && FromAnotherSite(request))
        {
            await ApiProblem.Create(403, "Forbidden",
                "claimaudit serve takes files only from its own page (open it at /api/ui); this request came from another site").ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    private static bool FromAnotherSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site is "cross-site" or "same-site") return true;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false;
        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri) || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>
/// Which Host names serve answers to; set once Kestrel has bound (port 0 is known only then). On loopback: loopback names
/// only. Beyond loopback (--urls): also any IP literal (a page can only send its own origin's Host, so an IP is this machine
/// as the browser reached it — no name to rebind) and this computer's own names; any other name is a rebound one.
/// </summary>
internal sealed class ServeAddresses
{
    private HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase) { "localhost" };

    public bool LoopbackOnly { get; private set; } = true;

    /// <summary>The names accepted beside IP literals, for the refusal's detail.</summary>
    public IEnumerable<string> Names => _names.Order(StringComparer.OrdinalIgnoreCase);

    public void Bound(IReadOnlyList<string> addresses)
    {
        LoopbackOnly = addresses.All(ServeHost.IsLoopback);
        if (LoopbackOnly) return;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "localhost", Environment.MachineName };
        try
        {
            var host = Dns.GetHostName();
            names.Add(host);
            names.Add(Dns.GetHostEntry(host).HostName);
        }
        catch (System.Net.Sockets.SocketException)
        {
            // No resolver: the machine name stands.
        }
        foreach (var address in addresses) if (ServeHost.HostOf(address) is { Length: > 0 } bound && !IPAddress.TryParse(bound.Trim('[', ']'), out _)) names.Add(bound);
        _names = names;
    }

    public bool Allows(string host)
    {
        if (host.Length == 0) return false;
        if (ServeHost.IsLoopback("http://" + (host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host))) return true;
        if (LoopbackOnly) return false;
        return IPAddress.TryParse(host.Trim('[', ']'), out _) || _names.Contains(host);
    }
}

