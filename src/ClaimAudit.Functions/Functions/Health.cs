using System.Reflection;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>GET /api/health</c> (anonymous): whether storage answers, and the version. Nothing else is disclosed.
/// A credential that cannot get a token (managed identity missing or not yet assigned) is "unreachable" too.
/// </summary>
public sealed class Health(AuditStorage storage)
{
    public static readonly string Version =
        typeof(Health).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    [Function(nameof(Health))]
    [PublicRoute]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        bool reachable;
        try
        {
            await storage.EnsureCreatedAsync(timeout.Token);
            await storage.Table(AuditStorage.BatchesTable).QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: timeout.Token)
                .AsPages().GetAsyncEnumerator(timeout.Token).MoveNextAsync();
            reachable = true;
        }
        catch (Exception e) when (e is Azure.RequestFailedException or OperationCanceledException or AggregateException or HttpRequestException
            or Azure.Identity.AuthenticationFailedException)
        {
            reachable = false;
        }
        return TypedResults.Json(
            new HealthResponse { Status = reachable ? "healthy" : "unhealthy", Storage = reachable ? "reachable" : "unreachable", Version = Version },
            ApiJson.Default.HealthResponse, statusCode: reachable ? 200 : 503);
    }
}
