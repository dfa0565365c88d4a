using System.Text.Json;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Units;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>POST /api/units</c>: units per code for <c>{"method": "cms", "lines": [...]}</c>, the answer of
/// <c>claimaudit units --json</c>. With <c>"payerId"</c> the clinic's effective profile supplies the
/// timed and untimed codes, the rates for tie-breaks and, when no method is given, the method. A code
/// the profile (or, without a payer, the built-in lists) neither times nor lists as untimed, or a
/// supply billed by quantity, is 422 naming the code; a malformed body stays 400.
/// </summary>
public sealed class ComputeUnits(ClinicAuthenticator auth, PayerProfileStore profiles, ApiOptions options)
{
    [Function(nameof(ComputeUnits))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "units")] HttpRequest request, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        var json = await RequestBody.ReadTextAsync(request, options.MaxSmallBodyBytes, cancellationToken);

        UnitsRequest? body;
        try
        {
            body = JsonSerializer.Deserialize(json, UnitsJsonContext.Default.UnitsRequest);
        }
        catch (JsonException)
        {
            // UnitsService words the reason (which field has the wrong type).
            return Invalid(UnitsService.Compute(json).Errors);
        }
        if (body is null) return Invalid(["body must be a JSON object with method and lines"]);

        PayerProfile? profile = null;
        if (!string.IsNullOrWhiteSpace(body.PayerId))
        {
            profile = (await profiles.GetEffectiveAsync(clinicId, body.PayerId, cancellationToken))?.Profile;
            if (profile is null) return ApiResults.Problem(422, "Unprocessable Content", $"unknown payer '{body.PayerId}': no such payer profile for this clinic");
        }
        var result = UnitsService.Compute(body, profile);
        if (result.IsValid) return ApiResults.Json(UnitsService.Serialize(result.Response!));
        // A well-formed request whose codes have no units by time (unknown to the profile, or supplies) is 422, naming them.
        return result.IsUnprocessable
            ? ApiResults.Problem(422, "Unprocessable Content", string.Join("; ", result.Errors), result.Errors)
            : Invalid(result.Errors);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Invalid(IReadOnlyList<string> errors) =>
        ApiResults.Problem(400, "Bad Request", "the units request is not valid: " + string.Join("; ", errors), errors);
}
