using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using ClaimAudit.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>GET /api/audits?from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c>: the caller's batches received in the range (UTC days, both
/// inclusive; <see cref="BatchListQuery"/>), newest first, at most <see cref="BatchListQuery.MaxBatches"/> — what the page
/// lists (PRODUCT.md section 14). 400 for a range that is not one.
/// </summary>
public sealed class ListAudits(ClinicAuthenticator auth, BatchStore batches, TimeProvider time)
{
    [Function(nameof(ListAudits))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "audits")] HttpRequest request, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        var (query, error) = BatchListQuery.Parse(request.Query["from"].ToString(), request.Query["to"].ToString(),
            DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (query is null) return ApiResults.Problem(400, "Bad Request", error!);
        var listed = await batches.ListAsync(clinicId, query.ReceivedFrom, query.ReceivedBefore, BatchListQuery.MaxBatches, cancellationToken);
        return new BatchListResult(query, listed);
    }

    private sealed class BatchListResult(BatchListQuery query, IReadOnlyList<BatchRecord> batches) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = BatchListJson.ContentType;
            // The list changes as batches are audited: the page polls it, no cache may answer for it.
            httpContext.Response.Headers.CacheControl = "no-store";
            await BatchListJson.WriteAsync(httpContext.Response.Body, query, batches, httpContext.RequestAborted);
        }
    }
}
