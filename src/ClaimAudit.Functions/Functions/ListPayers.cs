using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary><c>GET /api/payers</c>: the caller's effective payer profiles (its own over the built-in ones).</summary>
public sealed class ListPayers(ClinicAuthenticator auth, PayerProfileStore profiles)
{
    [Function(nameof(ListPayers))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "payers")] HttpRequest request, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        return ProfileResults.List(await profiles.ListEffectiveAsync(clinicId, cancellationToken));
    }
}
