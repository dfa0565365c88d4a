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
        return await BatchListJson.AnswerAsync(batches, clinicId, request, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), cancellationToken);
    }
}
