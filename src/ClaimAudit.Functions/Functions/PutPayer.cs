using ClaimAudit.Core.Payers;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary><c>PUT /api/payers/{payerId}</c>: creates or replaces the caller's profile; validated; <c>If-Match</c> guards against lost updates (412).</summary>
public sealed class PutPayer(ClinicAuthenticator auth, PayerProfileStore profiles, ApiOptions options)
{
    [Function(nameof(PutPayer))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "payers/{payerId}")] HttpRequest request, string payerId, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        if (!TableKeys.IsValidPayerId(payerId))
            return ApiResults.Problem(400, "Bad Request", $"payer id '{payerId}' is not valid: use letters, digits, '.', '_' and '-', up to 64 characters");
        var json = await RequestBody.ReadTextAsync(request, options.MaxSmallBodyBytes, cancellationToken);
        PayerProfile profile;
        try
        {
            profile = ProfileCodec.Parse(json);
        }
        catch (InvalidProfileException e)
        {
            return ApiResults.Problem(400, "Bad Request", e.Message, e.Errors);
        }
        if (!string.Equals(profile.PayerId, payerId, StringComparison.OrdinalIgnoreCase))
            return ApiResults.Problem(400, "Bad Request", $"the body's payerId '{profile.PayerId}' differs from the route's '{payerId}'");
        // Without parsing the stored row: a corrupt profile can still be replaced.
        var existed = await profiles.ClinicOverrideExistsAsync(clinicId, payerId, cancellationToken);
        var stored = await profiles.PutAsync(clinicId, profile, RequestBody.IfMatch(request), cancellationToken);
        return ProfileResults.One(existed ? 200 : 201, stored).WithHeader("Location", $"/api/payers/{stored.Profile.PayerId}");
    }
}
