using ClaimAudit.Web;
using ClaimAudit.Application;
using ClaimAudit.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>POST /api/remittances</c>: an X12 835 body (<c>application/edi-x12</c>) read into the clinic's <c>Remittances</c>;
/// 200 with <c>{advices, claims, lines, newAdvices, balancing, segmentErrors}</c> (the same 835 again: <c>newAdvices</c> 0);
/// 400 naming the file error, nothing of it stored.
/// </summary>
public sealed class PostRemittance(ClinicAuthenticator auth, RemittanceIntake intake, ApiOptions options)
{
    [Function(nameof(PostRemittance))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "remittances")] HttpRequest request, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        if (!AnalyticsRoutes.IsX12Body(request))
            return ApiResults.Problem(415, "Unsupported Media Type", $"Content-Type '{request.ContentType}' is not an 835: send {ReportNegotiation.X12ContentType}");
        RemittanceIntakeResult result;
        await using (var body = await RequestBody.BufferAsync(request, options.MaxRequestBytes, "upload larger 835 files to the remittances container instead", cancellationToken))
            result = await intake.ReceiveAsync(clinicId, body, cancellationToken);
        if (result.FileError is { } error)
            return ApiResults.Problem(400, "Bad Request", $"the 835 could not be read: {error}; nothing of it was stored", [error]);
        return TypedResults.Bytes(RemittanceSummaryJson.Serialize(result.Summary!), "application/json; charset=utf-8");
    }
}
