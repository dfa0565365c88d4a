using System.Collections.Immutable;
using System.Text.Json;
using Azure;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimAudit.Functions.Tests;

/// <summary>
/// The worker middleware of the HTTP API: which invocations it sees (decided from the function definitions
/// the host loads from the generated functions.metadata), what it answers for a fault, and the clinic it
/// remembers for an invocation.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HttpPipelineTests(AzuriteFixture azurite)
{
    private sealed class Binding(string name, string type, BindingDirection direction) : BindingMetadata
    {
        public override string Name => name;
        public override string Type => type;
        public override BindingDirection Direction => direction;
    }

    // A function as the host describes it to the worker: its name, entry point and bindings from functions.metadata.
    private sealed class Definition(JsonElement function) : FunctionDefinition
    {
        public override string Name => function.GetProperty("name").GetString()!;
        public override string EntryPoint => function.GetProperty("entryPoint").GetString()!;
        public override string Id => Name;
        public override string PathToAssembly => typeof(HttpPipeline).Assembly.Location;
        public override ImmutableArray<FunctionParameter> Parameters => [];
        public override IImmutableDictionary<string, BindingMetadata> InputBindings => Bindings(BindingDirection.In);
        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => Bindings(BindingDirection.Out);

        private ImmutableDictionary<string, BindingMetadata> Bindings(BindingDirection direction) =>
            function.GetProperty("bindings").EnumerateArray()
                .Select(b => new Binding(b.GetProperty("name").GetString()!, b.GetProperty("type").GetString()!,
                    b.GetProperty("direction").GetString() == "In" ? BindingDirection.In : BindingDirection.Out))
                .Where(b => b.Direction == direction)
                .ToImmutableDictionary(b => b.Name, b => (BindingMetadata)b);
    }

    private static Dictionary<string, FunctionDefinition> Definitions()
    {
        // Next to the Functions project's build output, as FunctionsMetadataTests finds it.
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Functions.sln"))) root = root.Parent;
        Assert.NotNull(root);
        var path = Path.Combine(root.FullName, "src", "ClaimAudit.Functions", "bin", output.Parent!.Name, output.Name, "functions.metadata");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray().Select(f => (FunctionDefinition)new Definition(f.Clone())).ToDictionary(f => f.Name);
    }

    [Fact]
    public void Every_HTTP_route_but_health_and_the_page_needs_a_clinic_key_and_the_blob_trigger_passes_through_neither_middleware()
    {
        var functions = Definitions();
        Assert.Equal(["AuditUploadedBatch", "ReceiveUploadedRemittance"], functions.Values.Where(f => !HttpPipeline.IsHttpTrigger(f)).Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["AuditUploadedBatch", "GetUi", "Health", "ReceiveUploadedRemittance"],
            functions.Values.Where(f => !HttpPipeline.NeedsClinicKey(f)).Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_clinic_is_looked_up_once_per_invocation_and_a_missing_or_unknown_key_is_refused()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        var auth = new ClinicAuthenticator(azurite.Keys);
        var invocation = new HttpHost.Invocation(HttpHost.RequestServices);
        var request = Http.Request("GET", "/api/payers", apiKey: key);

        Assert.Equal(clinicId, await auth.CallingClinicAsync(invocation, request));
        // The key is revoked while the invocation runs: what was authenticated stays so for this invocation only.
        Assert.True(await azurite.Keys.RevokeAsync(key));
        Assert.Equal(clinicId, await auth.CallingClinicAsync(invocation, request));
        await Assert.ThrowsAsync<ClinicKeyRejectedException>(() => auth.CallingClinicAsync(new HttpHost.Invocation(HttpHost.RequestServices), request).AsTask());
        await Assert.ThrowsAsync<ClinicKeyRejectedException>(() =>
            auth.CallingClinicAsync(new HttpHost.Invocation(HttpHost.RequestServices), Http.Request("GET", "/api/payers")).AsTask());
    }

    public static TheoryData<Exception, int> Faults => new()
    {
        { new ClinicKeyRejectedException(), 401 },
        { new PayloadTooLargeException(100, "send less"), 413 },
        { new ProfileConflictException("changed"), 412 },
        { new MapConflictException("changed"), 412 },
        { new RequestFailedException(503, "busy", "ServerBusy", null), 503 },
        { new AggregateException(new HttpRequestException("refused"), new HttpRequestException("refused")), 503 },
        { new RequestFailedException(403, "denied", "AuthorizationFailure", null), 500 },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_fault_an_HTTP_function_lets_escape_is_problem_json_with_its_status(Exception fault, int status)
    {
        var request = Http.Request("GET", "/api/payers");
        var problem = ApiErrors.ProblemFor(fault, request, NullLogger.Instance);

        Assert.NotNull(problem);
        var outcome = await Http.Run(request, problem);
        Assert.Equal(status, outcome.Status);
        Assert.StartsWith("application/problem+json", outcome.Header("Content-Type"));
        Assert.Equal(status, outcome.Json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(outcome.Json.GetProperty("detail").GetString()));
        Assert.Equal(status == 503, outcome.Header("Retry-After") == ApiErrors.RetryAfterSeconds);
        Assert.Equal(status == 401, outcome.Header("WWW-Authenticate") is not null);
    }

    [Fact]
    public void A_bug_is_no_API_error_and_stays_an_exception_for_the_host() =>
        Assert.Null(ApiErrors.ProblemFor(new InvalidOperationException("a bug"), Http.Request("GET", "/api/payers"), NullLogger.Instance));

    [Fact]
    public async Task A_posted_batch_over_the_limit_says_where_larger_batches_go()
    {
        var (_, key) = await azurite.NewClinicAsync();
        var request = Http.Request("POST", "/api/audits", new string('x', 300), "text/csv", key);

        var outcome = await Http.Run(request, await new FunctionFactory(azurite, new ApiOptions { MaxRequestBytes = 200 }).PostAudit().Run(request, default));

        Assert.Equal(413, outcome.Status);
        Assert.Equal("the request body is over the 200-byte limit; upload larger batches to the visit-batches container instead",
            outcome.Json.GetProperty("detail").GetString());
    }
}
