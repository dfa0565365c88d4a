using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>GET /api/patients/{patientId}/episode</c>: what is stored of the patient's episode of care —
/// plans of care and authorisations, each with the ETag to send back in <c>If-Match</c>, and for each
/// authorisation the visits billed under it so far (the visit ledger, every batch) and those left.
/// A patient with nothing stored has empty lists.
/// </summary>
public sealed class GetEpisode(ClinicAuthenticator auth, EpisodeStore episodes)
{
    [Function(nameof(GetEpisode))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "patients/{patientId}/episode")] HttpRequest request,
        string patientId, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        if (EpisodeRoutes.CheckId(patientId, "patient id") is { } badId) return badId;
        var stored = await episodes.GetAsync(clinicId, patientId, cancellationToken);
        return EpisodeRoutes.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteString("patientId", patientId);
            w.WriteStartArray("plansOfCare");
            foreach (var p in stored.Plans) EpisodeRoutes.WritePlan(w, p.Plan, p.ETag);
            w.WriteEndArray();
            w.WriteStartArray("authorizations");
            foreach (var a in stored.Authorizations) EpisodeRoutes.WriteAuthorization(w, a.Authorization, a.ETag, a.VisitsUsed);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
