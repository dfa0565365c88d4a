using ClaimAudit.Core.Ingest;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>PUT /api/column-map</c>: replaces the caller's column map (<c>{}</c> clears it). 400 for a body
/// that is not JSON, 422 naming every bad entry (a field that is not one of ours, a header listed
/// twice); <c>If-Match</c> guards against lost updates and <c>If-None-Match: *</c> creates only (412).
/// </summary>
public sealed class PutColumnMap(ClinicAuthenticator auth, ClinicMapStore maps, ApiOptions options)
{
    [Function(nameof(PutColumnMap))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "column-map")] HttpRequest request, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        return await MapRoutes.PutAsync(request, options, "column map",
            body => Task.FromResult(ColumnMap.Parse(body)),
            map => map.ToJson(),
            (map, ifMatch, ifNoneMatchAny) => maps.PutColumnMapAsync(clinicId, map, ifMatch, ifNoneMatchAny, cancellationToken),
            cancellationToken);
    }
}
