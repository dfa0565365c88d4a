using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>PUT /api/patients/{patientId}/plans-of-care/{pocStart}</c> (<c>pocStart</c> as <c>yyyy-MM-dd</c>):
/// creates or replaces the patient's plan of care starting that day, <c>{"end", "certifiedDate",
/// "startOfCare"}</c> (PRODUCT.md section 10). <c>If-Match</c> / <c>If-None-Match: *</c> as for
/// authorisations (412); 201 when created, 200 when replaced, with the ETag.
/// </summary>
public sealed class PutPlanOfCare(ClinicAuthenticator auth, EpisodeStore episodes, ApiOptions options)
{
    [Function(nameof(PutPlanOfCare))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "patients/{patientId}/plans-of-care/{pocStart}")] HttpRequest request,
        string patientId, string pocStart, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        if (EpisodeRoutes.CheckId(patientId, "patient id") is { } badId) return badId;
        if (!EpisodeRoutes.TryParseRouteDate(pocStart, out var start))
            return EpisodeRoutes.BadRequest($"the plan's start in the route, '{pocStart}', is not a date as yyyy-MM-dd (e.g. 2026-03-02)");
        if (EpisodeRoutes.CheckIfNoneMatch(request, out var ifNoneMatchAny) is { } badHeader) return badHeader;
        var json = await RequestBody.ReadTextAsync(request, options.MaxSmallBodyBytes, cancellationToken);
        var (plan, errors) = EpisodeRoutes.ParsePlan(start, json);
        if (plan is null) return EpisodeRoutes.BadRequest("the plan of care is not valid: " + string.Join("; ", errors), errors);
        var stored = await episodes.PutPlanAsync(clinicId, patientId, plan, RequestBody.IfMatch(request), ifNoneMatchAny, cancellationToken);
        return EpisodeRoutes.Json(stored.Created ? 201 : 200, w => EpisodeRoutes.WritePlan(w, stored.Value, stored.ETag))
            .WithHeader("ETag", stored.ETag)
            .WithHeader("Location", $"/api/patients/{Uri.EscapeDataString(patientId)}/plans-of-care/{pocStart}");
    }
}
