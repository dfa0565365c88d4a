using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>PUT /api/patients/{patientId}/authorizations/{authNumber}</c>: creates or replaces one of the
/// patient's authorisations, <c>{"start", "end", "visits", "payerId"}</c> (PRODUCT.md section 10), for
/// integrations that send them apart from the visits. <c>If-Match</c> guards against lost updates and
/// <c>If-None-Match: *</c> creates only (412); 201 when created, 200 when replaced, with the ETag.
/// </summary>
public sealed class PutAuthorization(ClinicAuthenticator auth, EpisodeStore episodes, ApiOptions options)
{
    [Function(nameof(PutAuthorization))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "patients/{patientId}/authorizations/{authNumber}")] HttpRequest request,
        string patientId, string authNumber, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        if ((EpisodeRoutes.CheckId(patientId, "patient id") ?? EpisodeRoutes.CheckId(authNumber, "authorization number")) is { } badId) return badId;
        if (EpisodeRoutes.CheckIfNoneMatch(request, out var ifNoneMatchAny) is { } badHeader) return badHeader;
        var json = await RequestBody.ReadTextAsync(request, options.MaxSmallBodyBytes, cancellationToken);
        var (authorization, errors) = EpisodeRoutes.ParseAuthorization(authNumber, json);
        if (authorization is null) return EpisodeRoutes.BadRequest("the authorization is not valid: " + string.Join("; ", errors), errors);
        var stored = await episodes.PutAuthorizationAsync(clinicId, patientId, authorization, RequestBody.IfMatch(request), ifNoneMatchAny, cancellationToken);
        return EpisodeRoutes.Json(stored.Created ? 201 : 200, w => EpisodeRoutes.WriteAuthorization(w, stored.Value, stored.ETag))
            .WithHeader("ETag", stored.ETag)
            .WithHeader("Location", $"/api/patients/{Uri.EscapeDataString(patientId)}/authorizations/{Uri.EscapeDataString(authNumber)}");
    }
}
