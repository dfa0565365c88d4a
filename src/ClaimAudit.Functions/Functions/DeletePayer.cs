using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary><c>DELETE /api/payers/{payerId}</c>: removes the caller's override; the built-in profile (if any) is in force again.</summary>
public sealed class DeletePayer(ClinicAuthenticator auth, PayerProfileStore profiles)
{
    [Function(nameof(DeletePayer))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "payers/{payerId}")] HttpRequest request, string payerId, CancellationToken cancellationToken) =>
        ApiErrors.RunAsync(request, async () =>
        {
            if (await auth.AuthenticateAsync(request) is not { } clinicId) return ApiResults.Unauthorized();
            try
            {
                return TableKeys.IsValidPayerId(payerId) && await profiles.DeleteAsync(clinicId, payerId, RequestBody.IfMatch(request), cancellationToken)
                    ? new EmptyApiResult(204)
                    : ApiResults.NotFound($"this clinic has no profile of its own for payer '{payerId}'");
            }
            catch (ProfileConflictException e)
            {
                return ApiResults.Problem(412, "Precondition Failed", e.Message);
            }
        });
}
