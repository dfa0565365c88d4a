using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using ClaimAudit.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>POST /api/audits</c>: audits a posted batch (JSON, CSV or an .xlsx workbook, <c>?sheet=</c> naming
/// its sheet) with the clinic's column and payer maps, stores the report and returns it in the format asked for.
/// </summary>
public sealed class PostAudit(ClinicAuthenticator auth, BatchAuditService audits, ReportStore reports, ApiOptions options)
{
    private const string TooLargeAdvice = "upload larger batches to the visit-batches container instead";

    [Function(nameof(PostAudit))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "audits")] HttpRequest request, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        if (ReportNegotiation.Choose(request) is not { } reportFormat) return ReportNegotiation.NotAcceptable();
        if (ReportNegotiation.Schema(request) is not { } schema) return ReportNegotiation.BadSchema(request);
        if (ReportNegotiation.BatchFormat(request) is not { } batchFormat)
            return ApiResults.Problem(415, "Unsupported Media Type", $"Content-Type '{request.ContentType}' is not a batch: send {ReportNegotiation.BatchContentTypes}");

        AuditResult result;
        await using (var body = await RequestBody.BufferAsync(request, options.MaxRequestBytes, TooLargeAdvice, cancellationToken))
        {
            result = await audits.AuditPostedAsync(clinicId, body, batchFormat, ReportNegotiation.Sheet(request), schema, PostedAudit.FileName(request), cancellationToken);
        }
        // Transient storage faults escape to ApiErrorMiddleware: 503 with Retry-After (nothing half-stored; send it again).

        var batchId = result.Record.BatchId;
        if (PostedAudit.Refusal(result) is { } refusal) return refusal;
        var path = result.Record.Reports?.PathOf(reportFormat);
        var stored = path is null ? null : await reports.OpenAsync(path, cancellationToken);
        if (stored is null) return ApiResults.Problem(500, "Internal Server Error", $"batch {batchId} was audited but its {reportFormat.Extension} report is missing");
        return new StreamBodyResult(201, stored, reportFormat.ContentType + "; charset=utf-8")
            .WithHeaders(ReportHeaders.All)
            .WithHeader("Location", $"/api/audits/{batchId}")
            .WithHeader("X-Batch-Id", batchId);
    }
}
