using ClaimAudit.Core.Ingest;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>GET /api/column-map</c>: the caller's own header names, <c>{"Their Header": "our_field"}</c>, with
/// the ETag to send back in <c>If-Match</c>; <c>{}</c> without an ETag when it has none stored.
/// </summary>
public sealed class GetColumnMap(ClinicAuthenticator auth, ClinicMapStore maps)
{
    [Function(nameof(GetColumnMap))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "column-map")] HttpRequest request, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        var stored = await maps.GetColumnMapAsync(clinicId, cancellationToken);
        return MapRoutes.Map((stored?.Map ?? ColumnMap.Empty).ToJson(), stored?.ETag);
    }
}
