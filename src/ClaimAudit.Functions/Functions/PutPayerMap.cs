using ClaimAudit.Core.Payers;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>PUT /api/payer-map</c>: replaces the caller's payer map (<c>{}</c> clears it). Every target must
/// be one of the caller's effective payer profiles: 422 naming each entry that is not (400 for a body
/// that is not JSON); <c>If-Match</c> guards against lost updates and <c>If-None-Match: *</c> creates only (412).
/// </summary>
public sealed class PutPayerMap(ClinicAuthenticator auth, ClinicMapStore maps, PayerProfileStore profiles, ApiOptions options)
{
    [Function(nameof(PutPayerMap))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "payer-map")] HttpRequest request, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        return await MapRoutes.PutAsync(request, options, "payer map",
            async body =>
            {
                var effective = await profiles.GetEffectiveSetAsync(clinicId, cancellationToken);
                return PayerMap.Parse(body, effective.Contains);
            },
            map => map.ToJson(),
            (map, ifMatch, ifNoneMatchAny) => maps.PutPayerMapAsync(clinicId, map, ifMatch, ifNoneMatchAny, cancellationToken),
            cancellationToken);
    }
}
