using ClaimAudit.Web;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>GET /api/audits/{batchId}[?format=html|csv|json]</c>: the stored report of one of the caller's batches (another clinic's is 404),
/// in the format <c>?format=</c> names (the page's report links) or else the one Accept asks for.
/// </summary>
public sealed class GetAudit(ClinicAuthenticator auth, BatchStore batches, ReportStore reports)
{
    [Function(nameof(GetAudit))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "audits/{batchId}")] HttpRequest request, string batchId, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        var (chosen, refusal) = ReportNegotiation.ChooseStored(request);
        if (chosen is not { } format) return refusal!;
        if (ReportNegotiation.Schema(request) is not { } schema) return ReportNegotiation.BadSchema(request);
        var record = await batches.GetAsync(clinicId, batchId, cancellationToken);
        if (record is null) return ApiResults.NotFound($"batch '{batchId}' is not a batch of this clinic");
        // The JSON report is written once, in the schema asked for when the batch was sent.
        if (format == ReportFormat.Json && request.Query.ContainsKey("schema") && schema != record.ReportSchema)
            return ApiResults.Problem(406, "Not Acceptable",
                $"batch '{batchId}' has its JSON report in schema {record.ReportSchema}; send the batch again with ?schema={schema} (or blob metadata schema={schema}) to have it in schema {schema}");
        var path = record.Reports?.PathOf(format);
        var stored = path is null ? null : await reports.OpenAsync(path, cancellationToken);
        if (stored is null)
            return ApiResults.NotFound($"batch '{batchId}' has no {format.Extension} report (status {record.Status}{(record.Error is null ? "" : ": " + record.Error)})");
        return new StreamBodyResult(200, stored, format.ContentType + "; charset=utf-8").WithHeader("X-Batch-Status", record.Status).WithHeaders(ReportHeaders.All);
    }
}
