using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimAudit.Functions.Tests.Hosting;

/// <summary>How to start a <see cref="FunctionsTestHost"/>.</summary>
public sealed record FunctionsTestHostOptions
{
    /// <summary>The <c>AuditStorage</c> connection; the tests' Azurite (<see cref="TestStorage"/>) when null.</summary>
    public string? StorageConnectionString { get; init; }

    /// <summary>More app settings, e.g. <c>ClaimAudit:MaxRequestBytes</c>.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Services to replace after the app's own registrations (a fixed <see cref="TimeProvider"/>…).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>How often the emulated blob trigger lists its containers.</summary>
    public TimeSpan BlobPollInterval { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// Whether the emulated trigger audits blobs of every clinic folder. By default only the folders of clinics made with
    /// <see cref="FunctionsTestHost.CreateClinicAsync"/>: other tests share Azurite and invoke the trigger on their own
    /// uploads themselves, and a second audit behind their back would change what they see.
    /// </summary>
    public bool TriggerOnEveryClinic { get; init; }

    /// <summary>
    /// Emulate the Functions host's own gate in front of every route whose metadata <c>authLevel</c> is not Anonymous (a
    /// function key in <c>x-functions-key</c> or <c>?code=</c>, <see cref="FunctionsTestHost.FunctionKey"/>), as in Azure. On by
    /// default: every HTTP trigger is Anonymous to the host (the clinic key is the API's one key, <see cref="PublicRouteAttribute"/>),
    /// and a route that was not would shut the page out — these tests must see that.
    /// </summary>
    public bool RequireFunctionKey { get; init; } = true;

    /// <summary>functions.metadata to serve; the app build's (<see cref="FunctionsMetadata.Path"/>) when null.</summary>
    public string? MetadataPath { get; init; }
}

/// <summary>A blob trigger invocation that threw (the Functions host would retry it, then give up).</summary>
public sealed record TriggerFault(string Function, string BlobName, Exception Exception);

/// <summary>
/// The Functions app over real HTTP without the Functions host (issue 17 item 3): an in-process ASP.NET Core app on Kestrel at
/// 127.0.0.1 on a free port that serves every <c>httpTrigger</c> of the build's functions.metadata at <c>api/{route}</c> with its
/// methods, by its entry point (scriptFile/entryPoint → class and method), the class made from a real container built with
/// the app's own <see cref="FunctionServices.AddClaimAuditFunctions"/> and <see cref="AuditBudgets"/> as Program.cs does.
/// The Functions host's gate answers 401 for a route whose metadata <c>authLevel</c> is not Anonymous and comes without the
/// function key (<see cref="FunctionsTestHostOptions.RequireFunctionKey"/>) — read from the metadata, so a level the code and the
/// metadata disagree on shows. Each invocation then runs the app's middleware semantics: <see cref="ApiErrors.ProblemFor"/> for
/// faults (as <see cref="ApiErrorMiddleware"/>), and the real <see cref="ClinicAuthenticationMiddleware"/> for every entry point
/// that is not a <see cref="PublicRouteAttribute">public route</see>. The Event Grid blob triggers are emulated by listing their containers every <see cref="FunctionsTestHostOptions.BlobPollInterval"/>
/// and invoking the function once per new blob or new version (ETag), bound as the host binds it. Blob CORS on the storage
/// emulator lets a browser on <see cref="BaseAddress"/> PUT to an upload SAS URL, as infra/ sets it for the app's origin.
/// </summary>
public sealed class FunctionsTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, byte> _clinics = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<TriggerFault> _triggerFaults = new();
    private readonly ConcurrentQueue<Exception> _httpFaults = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly FunctionsTestHostOptions _options;
    private Task _poller = Task.CompletedTask;
    private BlobCorsRule? _corsRule;

    private FunctionsTestHost(WebApplication app, FunctionsTestHostOptions options, IReadOnlyList<FunctionEntry> functions)
    {
        _app = app;
        _options = options;
        Functions = functions;
    }

    /// <summary>http://127.0.0.1:{port}/ — requests go to <c>{BaseAddress}api/…</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The app's services (the same container the functions are made from).</summary>
    public IServiceProvider Services => _app.Services;

    public AuditStorage Storage => Services.GetRequiredService<AuditStorage>();

    /// <summary>The functions the metadata declares, as served.</summary>
    public IReadOnlyList<FunctionEntry> Functions { get; }

    /// <summary>The function key the emulated Functions host gate wants (<see cref="FunctionsTestHostOptions.RequireFunctionKey"/>).</summary>
    public string FunctionKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    /// <summary>Blob trigger invocations that threw, for a test's failure message.</summary>
    public IReadOnlyCollection<TriggerFault> TriggerFaults => _triggerFaults;

    /// <summary>Faults of HTTP functions that were no API error (the host answers them 500).</summary>
    public IReadOnlyCollection<Exception> HttpFaults => _httpFaults;

    /// <summary>How many blob trigger invocations have finished (ok or not).</summary>
    public int TriggerInvocations => _triggerInvocations;
    private int _triggerInvocations;

    public static async Task<FunctionsTestHost> StartAsync(FunctionsTestHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FunctionsTestHostOptions();
        var functions = FunctionsMetadata.Load(options.MetadataPath);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        // Only what the test says: no environment variable or appsettings.json of the machine leaks into the app.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(options.Settings)
        {
            [AuditStorage.ConnectionName] = options.StorageConnectionString ?? TestStorage.ConnectionString,
        });
        builder.Logging.ClearProviders();
        // As Program.cs: the app's services, then the audit budget.
        builder.Services.AddClaimAuditFunctions(builder.Configuration);
        builder.Services.AddSingleton(AuditBudgets.FromConfiguration(builder.Configuration));
        options.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        var host = new FunctionsTestHost(app, options, functions);
        foreach (var function in functions.Where(f => f.IsHttp)) host.Map(function);
        foreach (var function in functions.Where(f => !f.IsHttp && f.TriggerType != "blobTrigger"))
            throw new InvalidOperationException($"{function.Name}: the test host does not emulate {function.TriggerType}s");

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        host.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        try
        {
            await host.Storage.EnsureCreatedAsync(cancellationToken);
            await host.AllowUploadsFromAsync(cancellationToken);
            await host.StartBlobTriggersAsync(functions.Where(f => f.TriggerType == "blobTrigger").ToList(), cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>A fresh clinic and its key, made in the key store the app reads (as the tests' <c>AzuriteFixture.NewClinicAsync</c>).</summary>
    public async Task<(string ClinicId, string ApiKey)> CreateClinicAsync(CancellationToken cancellationToken = default)
    {
        var clinicId = "t" + Guid.NewGuid().ToString("N")[..16];
        var key = await Services.GetRequiredService<ClinicKeyStore>().CreateAsync(clinicId, cancellationToken);
        _clinics[clinicId] = 0;
        return (clinicId, key);
    }

    /// <summary>An <see cref="HttpClient"/> on <see cref="BaseAddress"/>, sending <paramref name="apiKey"/> as <c>X-Api-Key</c> when given.</summary>
    public HttpClient CreateClient(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null) client.DefaultRequestHeaders.Add(ClinicAuthenticator.HeaderName, apiKey);
        return client;
    }

    private void Map(FunctionEntry function)
    {
        var (type, method) = function.Resolve();
        var pattern = RoutePatternFactory.Parse("api/" + function.Route);
        // Every parameter must be one the host binds, so a signature the host could not call fails here, not mid-test.
        foreach (var parameter in method.GetParameters())
            if (!(parameter.ParameterType == typeof(HttpRequest) || parameter.ParameterType == typeof(Microsoft.Azure.Functions.Worker.FunctionContext)
                  || parameter.ParameterType == typeof(CancellationToken)
                  || (parameter.ParameterType == typeof(string) && pattern.Parameters.Any(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)))))
                throw new InvalidOperationException($"{function.Name}: parameter '{parameter.Name}' ({parameter.ParameterType.Name}) is not bound by the route 'api/{function.Route}'");

        _app.MapMethods(pattern.RawText!, function.Methods, http => InvokeHttpAsync(function, type, method, http)).WithDisplayName(function.Name);
    }

    private async Task InvokeHttpAsync(FunctionEntry function, Type type, MethodInfo method, HttpContext http)
    {
        // The Functions host's own gate, before any worker code (Azure answers 401 without a body).
        if (_options.RequireFunctionKey && !function.IsAnonymous
            && http.Request.Headers["x-functions-key"].ToString() != FunctionKey && http.Request.Query["code"].ToString() != FunctionKey)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var invocation = new HostInvocation(function, http.RequestServices, http, http.RequestAborted);
        IResult? result = null;
        try
        {
            async Task Run(Microsoft.Azure.Functions.Worker.FunctionContext context)
            {
                var instance = ActivatorUtilities.CreateInstance(http.RequestServices, type);
                var arguments = method.GetParameters().Select(p => p.ParameterType switch
                {
                    var t when t == typeof(HttpRequest) => http.Request,
                    var t when t == typeof(Microsoft.Azure.Functions.Worker.FunctionContext) => context,
                    var t when t == typeof(CancellationToken) => http.RequestAborted,
                    _ => (object?)http.Request.RouteValues.FirstOrDefault(v => string.Equals(v.Key, p.Name, StringComparison.OrdinalIgnoreCase)).Value?.ToString(),
                }).ToArray();
                result = await ResultOf(method, method.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, arguments, null));
            }

            // HttpPipeline's order: the clinic key check around the function unless the entry point the metadata names is
            // a public route (the worker decides by the same call).
            if (!function.NeedsClinicKey) await Run(invocation);
            else await ActivatorUtilities.CreateInstance<ClinicAuthenticationMiddleware>(http.RequestServices).Invoke(invocation, Run);
        }
        catch (Exception e)
        {
            // ApiErrorMiddleware: a fault the API knows becomes its problem+json, anything else is the host's 500.
            var log = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(ApiErrors.LogCategory);
            if (ApiErrors.ProblemFor(e, http.Request, log) is not { } problem)
            {
                _httpFaults.Enqueue(e);
                throw;
            }
            result = problem;
        }
        if (result is null) throw new InvalidOperationException($"{function.Name} returned no result");
        await result.ExecuteAsync(http);
    }

    private static async Task<IResult?> ResultOf(MethodInfo method, object? returned)
    {
        if (returned is Task task)
        {
            await task;
            return method.ReturnType.IsGenericType ? method.ReturnType.GetProperty("Result")!.GetValue(task) as IResult : null;
        }
        return returned as IResult;
    }

    // ---- the blob triggers ----

    private async Task StartBlobTriggersAsync(IReadOnlyList<FunctionEntry> triggers, CancellationToken cancellationToken)
    {
        var blobs = Services.GetRequiredService<BlobServiceClient>();
        var watched = triggers.Select(t => new BlobTriggerWatch(t, blobs)).ToList();
        // Event Grid reports blobs created after the subscription: what is already there is not new.
        foreach (var watch in watched) await watch.SnapshotAsync(cancellationToken);
        _poller = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(_options.BlobPollInterval);
            while (await timer.WaitForNextTickAsync(_stopping.Token).ConfigureAwait(false))
                foreach (var watch in watched)
                {
                    List<(BlobClient Blob, IReadOnlyDictionary<string, string> Values)> found;
                    try
                    {
                        found = await watch.NewBlobsAsync(_stopping.Token);
                    }
                    catch (Azure.RequestFailedException e)
                    {
                        // A listing that failed is tried again at the next tick, as Event Grid redelivers.
                        _triggerFaults.Enqueue(new TriggerFault(watch.Function.Name, "(listing)", e));
                        continue;
                    }
                    foreach (var (blob, values) in found)
                    {
                        if (!_options.TriggerOnEveryClinic && !_clinics.ContainsKey(blob.Name.Split('/')[0])) continue;
                        await InvokeBlobTriggerAsync(watch.Function, blob, values);
                    }
                }
        }, CancellationToken.None);
    }

    private async Task InvokeBlobTriggerAsync(FunctionEntry function, BlobClient blob, IReadOnlyDictionary<string, string> values)
    {
        try
        {
            var (type, method) = function.Resolve();
            await using var scope = Services.CreateAsyncScope();
            var instance = ActivatorUtilities.CreateInstance(scope.ServiceProvider, type);
            var invocation = new HostInvocation(function, scope.ServiceProvider, null, _stopping.Token);
            var arguments = method.GetParameters().Select(object? (p) => p.ParameterType switch
            {
                var t when t == typeof(BlobClient) => blob,
                var t when t == typeof(Microsoft.Azure.Functions.Worker.FunctionContext) => invocation,
                var t when t == typeof(CancellationToken) => _stopping.Token,
                var t when t == typeof(string) && values.TryGetValue(p.Name!, out var value) => value,
                _ => throw new InvalidOperationException($"{function.Name}: parameter '{p.Name}' is not bound by the path '{function.BlobPath}'"),
            }).ToArray();
            await ResultOf(method, method.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, arguments, null));
        }
        catch (Exception e) when (!_stopping.IsCancellationRequested)
        {
            _triggerFaults.Enqueue(new TriggerFault(function.Name, blob.Name, e));
        }
        finally
        {
            Interlocked.Increment(ref _triggerInvocations);
        }
    }

    // ---- CORS on the emulator ----

    private static readonly SemaphoreSlim CorsLock = new(1, 1);

    /// <summary>
    /// Adds a Blob CORS rule for this host's origin to the emulator, as infra/ adds one for the app's origin. The service
    /// holds at most five rules, and other hosts (other test runs on this Azurite) add theirs: the oldest loopback ones go.
    /// </summary>
    private async Task AllowUploadsFromAsync(CancellationToken cancellationToken)
    {
        var origin = BaseAddress.GetLeftPart(UriPartial.Authority);
        _corsRule = new BlobCorsRule
        {
            AllowedOrigins = origin,
            AllowedMethods = "PUT,OPTIONS",
            AllowedHeaders = "content-type,x-ms-*",
            ExposedHeaders = "etag,x-ms-request-id",
            MaxAgeInSeconds = 3600,
        };
        await ChangeCorsAsync(rules =>
        {
            while (rules.Count >= 5 && rules.FindIndex(IsLoopbackRule) is var stale and >= 0) rules.RemoveAt(stale);
            rules.Add(_corsRule);
        }, cancellationToken);
    }

    private static bool IsLoopbackRule(BlobCorsRule rule) => rule.AllowedOrigins.StartsWith("http://127.0.0.1:", StringComparison.Ordinal);

    private async Task ChangeCorsAsync(Action<List<BlobCorsRule>> change, CancellationToken cancellationToken)
    {
        var blobs = Services.GetRequiredService<BlobServiceClient>();
        await CorsLock.WaitAsync(cancellationToken);
        try
        {
            var properties = (await blobs.GetPropertiesAsync(cancellationToken)).Value;
            var rules = properties.Cors?.ToList() ?? [];
            change(rules);
            // The service's other settings are sent back as read.
            properties.Cors = rules;
            await blobs.SetPropertiesAsync(properties, cancellationToken);
        }
        finally
        {
            CorsLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _poller;
        }
        catch (OperationCanceledException)
        {
        }
        if (_corsRule is { } rule)
        {
            try
            {
                await ChangeCorsAsync(rules => rules.RemoveAll(r => r.AllowedOrigins == rule.AllowedOrigins), CancellationToken.None);
            }
            catch (Azure.RequestFailedException)
            {
                // The emulator is gone already; its rules went with it.
            }
        }
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    /// <summary>One blob trigger's container, and which of its blobs (by ETag) have been seen.</summary>
    private sealed class BlobTriggerWatch
    {
        private readonly BlobContainerClient _container;
        private readonly System.Text.RegularExpressions.Regex _path;
        private readonly Dictionary<string, Azure.ETag> _seen = new(StringComparer.Ordinal);

        public BlobTriggerWatch(FunctionEntry function, BlobServiceClient blobs)
        {
            Function = function;
            var path = function.BlobPath;
            var slash = path.IndexOf('/');
            _container = blobs.GetBlobContainerClient(path[..slash]);
            // {clinicId}/{name}: each placeholder greedy, as the host binds it (demo-clinic/2026/march.csv → demo-clinic/2026, march.csv).
            _path = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Replace(
                System.Text.RegularExpressions.Regex.Escape(path[(slash + 1)..]).Replace(@"\{", "{"), @"\{(\w+)}", "(?<$1>.+)") + "$");
        }

        public FunctionEntry Function { get; }

        public async Task SnapshotAsync(CancellationToken cancellationToken) => await NewBlobsAsync(cancellationToken);

        public async Task<List<(BlobClient Blob, IReadOnlyDictionary<string, string> Values)>> NewBlobsAsync(CancellationToken cancellationToken)
        {
            var found = new List<(BlobClient, IReadOnlyDictionary<string, string>)>();
            var versions = new List<(string Name, Azure.ETag ETag)>();
            await foreach (var item in _container.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                if (item.Properties.ETag is not { } etag || (_seen.TryGetValue(item.Name, out var seen) && seen == etag)) continue;
                versions.Add((item.Name, etag));
                var match = _path.Match(item.Name);
                if (!match.Success) continue;
                found.Add((_container.GetBlobClient(item.Name),
                    _path.GetGroupNames().Where(g => !int.TryParse(g, out _)).ToDictionary(g => g, g => match.Groups[g].Value)));
            }
            // Seen only once the whole listing is read: a listing that fails half-way loses no blob.
            foreach (var (name, etag) in versions) _seen[name] = etag;
            return found;
        }
    }
}
