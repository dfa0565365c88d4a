using ClaimAudit.Application;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>GET /api/analytics?from=YYYY-MM-DD&amp;to=YYYY-MM-DD&amp;asOf=YYYY-MM-DD</c>: the clinic's denial analytics as JSON, CSV or HTML
/// (<c>?format=</c>, else the <c>Accept</c> header as for reports), with its effective payer profiles.
/// </summary>
public sealed class GetAnalytics(ClinicAuthenticator auth, AnalyticsService analytics, PayerProfileStore profiles)
{
    [Function(nameof(GetAnalytics))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "analytics")] HttpRequest request, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        if (AnalyticsRoutes.Format(request) is not { } format) return AnalyticsRoutes.NotAcceptable(request);
        if (!AnalyticsService.TryParseDate(request.Query["from"], "from", out var from, out var error) || !AnalyticsService.TryParseDate(request.Query["to"], "to", out var to, out error)
            || !AnalyticsService.TryParseDate(request.Query["asOf"], "asOf", out var asOf, out error)
            || (error = AnalyticsService.RangeError(from, to)) is not null)
            return ApiResults.Problem(400, "Bad Request", error!);
        var report = await analytics.BuildAsync(clinicId, await profiles.GetEffectiveSetAsync(clinicId, cancellationToken), from, to, asOf, cancellationToken);
        var body = new MemoryStream();
        format.Write(body, report);
        body.Position = 0;
        return new StreamBodyResult(200, body, format.ContentType + "; charset=utf-8");
    }
}
