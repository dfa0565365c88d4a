using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary><c>GET /api/payers/{payerId}</c>: one effective profile, with the ETag to send back in <c>If-Match</c>.</summary>
public sealed class GetPayer(ClinicAuthenticator auth, PayerProfileStore profiles)
{
    [Function(nameof(GetPayer))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "payers/{payerId}")] HttpRequest request, string payerId, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        var stored = await profiles.GetEffectiveAsync(clinicId, payerId, cancellationToken);
        return stored is null ? ApiResults.NotFound($"no payer profile '{payerId}' for this clinic") : ProfileResults.One(200, stored);
    }
}
