using ClaimAudit.Core.Payers;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>GET /api/payer-map</c>: the caller's payer names, <c>{"Medicare Part B": "medicare"}</c>, with the
/// ETag to send back in <c>If-Match</c>; <c>{}</c> without an ETag when it has none stored.
/// </summary>
public sealed class GetPayerMap(ClinicAuthenticator auth, ClinicMapStore maps)
{
    [Function(nameof(GetPayerMap))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "payer-map")] HttpRequest request, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        var stored = await maps.GetPayerMapAsync(clinicId, cancellationToken);
        return MapRoutes.Map((stored?.Map ?? PayerMap.Empty).ToJson(), stored?.ETag);
    }
}
