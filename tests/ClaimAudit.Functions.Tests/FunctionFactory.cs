using ClaimAudit.Application;
using ClaimAudit.Functions.Functions;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimAudit.Functions.Tests;

/// <summary>The function classes wired to Azurite the way Program.cs wires them in the host.</summary>
public sealed class FunctionFactory(AzuriteFixture azurite, ApiOptions? options = null)
{
    private readonly ApiOptions _options = options ?? new ApiOptions();
    private ClinicAuthenticator Auth => new(azurite.Keys);
    private PayerProfileStore Profiles => new(azurite.Storage);
    private ClinicMapStore Maps => new(azurite.Storage);
    private EpisodeStore Episodes => new(azurite.Storage);

    public AuditUploadedBatch AuditUploadedBatch(TimeProvider? time = null) => new(azurite.Audits(time));
    public PostAudit PostAudit(TimeProvider? time = null) => new(Auth, azurite.Audits(time), new ReportStore(azurite.Storage), _options);
    public GetAudit GetAudit() => new(Auth, new BatchStore(azurite.Storage), new ReportStore(azurite.Storage));
    public ListPayers ListPayers() => new(Auth, Profiles);
    public GetPayer GetPayer() => new(Auth, Profiles);
    public PutPayer PutPayer() => new(Auth, Profiles, _options);
    public DeletePayer DeletePayer() => new(Auth, Profiles);
    public ComputeUnits ComputeUnits() => new(Auth, Profiles, _options);
    public GetColumnMap GetColumnMap() => new(Auth, Maps);
    public PutColumnMap PutColumnMap() => new(Auth, Maps, _options);
    public PreviewColumnMap PreviewColumnMap() => new(Auth, Maps, Core.Ingest.IngestLimits.Default, _options);
    public GetPayerMap GetPayerMap() => new(Auth, Maps);
    public PutPayerMap PutPayerMap() => new(Auth, Maps, Profiles, _options);
    public Health Health() => new(azurite.Storage);
    public PostUpload PostUpload() => new(Auth, new UploadUrlIssuer(azurite.Storage), _options);
    public PutAuthorization PutAuthorization() => new(Auth, Episodes, _options);
    public PutPlanOfCare PutPlanOfCare() => new(Auth, Episodes, _options);
    public GetEpisode GetEpisode() => new(Auth, Episodes);
    public PostRemittance PostRemittance() => new(Auth, new RemittanceIntake(new RemittanceStore(azurite.Storage), StorageFaults.Instance), _options);
    public GetAnalytics GetAnalytics(TimeProvider? time = null) =>
        new(Auth, new AnalyticsService(new AuditedClaimStore(azurite.Storage), new RemittanceStore(azurite.Storage), time), Profiles);
    public ReceiveUploadedRemittance ReceiveUploadedRemittance() =>
        new(new RemittanceUploads(azurite.Storage, new RemittanceIntake(new RemittanceStore(azurite.Storage), StorageFaults.Instance)));
}

public static class AzuriteAudits
{
    /// <summary>The audit over Azurite, as <see cref="BatchAuditService.Create"/> builds it outside dependency injection.</summary>
    public static BatchAuditService Audits(this AzuriteFixture azurite, TimeProvider? time = null) => BatchAuditService.Create(azurite.Storage, time: time);
}

public static class HostBinding
{
    /// <summary>
    /// Invokes the trigger with the values the host binds to <c>visit-batches/{clinicId}/{name}</c>:
    /// the first placeholder is greedy, so <c>demo-clinic/2026/march.csv</c> binds clinicId
    /// <c>demo-clinic/2026</c> and name <c>march.csv</c>.
    /// </summary>
    public static Task RunAsHost(this AuditUploadedBatch function, Azure.Storage.Blobs.BlobClient blob)
    {
        var last = blob.Name.LastIndexOf('/');
        return function.Run(blob, last < 0 ? "" : blob.Name[..last], blob.Name[(last + 1)..], default);
    }
}

/// <summary>
/// Invokes the HTTP functions the way the worker's pipeline does (<see cref="HttpPipeline"/>): each call is an
/// invocation with a <see cref="FunctionContext"/> of its own, and a fault <see cref="ApiErrorMiddleware"/>
/// answers becomes the same problem+json (<see cref="ApiErrors.ProblemFor"/>). The caller's clinic is
/// authenticated by the function's own <see cref="ClinicAuthenticator"/>, the one the test built it with (in the
/// host, <see cref="ClinicAuthenticationMiddleware"/> asks the same authenticator first).
/// </summary>
public static class HttpHost
{
    /// <summary>The services a request has in the host that executing a result and logging a fault need.</summary>
    public static IServiceProvider RequestServices { get; } = new ServiceCollection().AddLogging().BuildServiceProvider();

    public static Task<IResult> Run(this PostAudit function, HttpRequest request, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, context, cancellationToken));
    public static Task<IResult> Run(this GetAudit function, HttpRequest request, string batchId, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, batchId, context, cancellationToken));
    public static Task<IResult> Run(this ListPayers function, HttpRequest request, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, context, cancellationToken));
    public static Task<IResult> Run(this GetPayer function, HttpRequest request, string payerId, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, payerId, context, cancellationToken));
    public static Task<IResult> Run(this PutPayer function, HttpRequest request, string payerId, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, payerId, context, cancellationToken));
    public static Task<IResult> Run(this DeletePayer function, HttpRequest request, string payerId, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, payerId, context, cancellationToken));
    public static Task<IResult> Run(this ComputeUnits function, HttpRequest request, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, context, cancellationToken));
    public static Task<IResult> Run(this GetColumnMap function, HttpRequest request, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, context, cancellationToken));
    public static Task<IResult> Run(this PutColumnMap function, HttpRequest request, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, context, cancellationToken));
    public static Task<IResult> Run(this PreviewColumnMap function, HttpRequest request, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, context, cancellationToken));
    public static Task<IResult> Run(this GetPayerMap function, HttpRequest request, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, context, cancellationToken));
    public static Task<IResult> Run(this PostUpload function, HttpRequest request, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, context, cancellationToken));
    public static Task<IResult> Run(this PutPayerMap function, HttpRequest request, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, context, cancellationToken));

    public static Task<IResult> Run(this PutAuthorization function, HttpRequest request, string patientId, string authNumber, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, patientId, authNumber, context, cancellationToken));
    public static Task<IResult> Run(this PutPlanOfCare function, HttpRequest request, string patientId, string pocStart, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, patientId, pocStart, context, cancellationToken));
    public static Task<IResult> Run(this GetEpisode function, HttpRequest request, string patientId, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, patientId, context, cancellationToken));
    public static Task<IResult> Run(this PostRemittance function, HttpRequest request, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, context, cancellationToken));
    public static Task<IResult> Run(this GetAnalytics function, HttpRequest request, CancellationToken cancellationToken) =>
        Invoke(request, context => function.Run(request, context, cancellationToken));

    private static async Task<IResult> Invoke(HttpRequest request, Func<FunctionContext, Task<IResult>> function)
    {
        var services = request.HttpContext.RequestServices ??= RequestServices;
        try
        {
            return await function(new Invocation(services));
        }
        catch (Exception e)
        {
            var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(ApiErrors.LogCategory);
            if (ApiErrors.ProblemFor(e, request, log) is not { } problem) throw;
            return problem;
        }
    }

    /// <summary>One invocation's context: what the functions use of it (<see cref="FunctionContext.Items"/>) and nothing of the worker's.</summary>
    public sealed class Invocation(IServiceProvider services) : FunctionContext
    {
        public override string InvocationId { get; } = Guid.NewGuid().ToString();
        public override IServiceProvider InstanceServices { get; set; } = services;
        public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();
        public override string FunctionId => throw new NotSupportedException();
        public override TraceContext TraceContext => throw new NotSupportedException();
        public override BindingContext BindingContext => throw new NotSupportedException();
        public override RetryContext RetryContext => throw new NotSupportedException();
        public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();
        public override IInvocationFeatures Features => throw new NotSupportedException();
    }
}
