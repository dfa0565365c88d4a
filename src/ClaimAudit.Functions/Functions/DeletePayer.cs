using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>DELETE /api/payers/{payerId}</c>: removes the caller's override; the built-in profile (if any) is in
/// force again. <c>If-Match</c> guards against deleting a profile changed since it was read (412).
/// </summary>
public sealed class DeletePayer(ClinicAuthenticator auth, PayerProfileStore profiles)
{
    [Function(nameof(DeletePayer))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "payers/{payerId}")] HttpRequest request, string payerId, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        return TableKeys.IsValidPayerId(payerId) && await profiles.DeleteAsync(clinicId, payerId, RequestBody.IfMatch(request), cancellationToken)
            ? TypedResults.NoContent()
            : ApiResults.NotFound($"this clinic has no profile of its own for payer '{payerId}'");
    }
}
