using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary><c>GET /api/payers</c>: the caller's effective payer profiles (its own over the built-in ones).</summary>
public sealed class ListPayers(ClinicAuthenticator auth, PayerProfileStore profiles)
{
    [Function(nameof(ListPayers))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "payers")] HttpRequest request, CancellationToken cancellationToken) =>
        ApiErrors.RunAsync(request, async () =>
        {
            if (await auth.AuthenticateAsync(request) is not { } clinicId) return ApiResults.Unauthorized();
            return ProfileResults.List(await profiles.ListEffectiveAsync(clinicId, cancellationToken));
        });
}
