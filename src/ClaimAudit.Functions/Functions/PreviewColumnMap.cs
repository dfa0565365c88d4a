using ClaimAudit.Web;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>POST /api/column-map/preview</c>, the onboarding dry run: body = an export (CSV or .xlsx, by
/// Content-Type or sniffed; <c>?sheet=</c> for a workbook's sheet). Answers 200 with how its header is
/// read with the built-in aliases and the caller's stored column map — each field with its columns,
/// the ignored columns, the required fields missing — also when the header has problems (<c>ok:
/// false</c> and <c>error</c> say why: a dry run, not a failed request). 413 over the size limit of
/// <c>POST /api/audits</c>. Nothing is stored.
/// </summary>
public sealed class PreviewColumnMap(ClinicAuthenticator auth, ClinicMapStore maps, IngestLimits limits, ApiOptions options)
{
    [Function(nameof(PreviewColumnMap))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "column-map/preview")] HttpRequest request, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        if (ReportNegotiation.BatchFormat(request, sniffOctetStream: true) is not { } format)
            return ApiResults.Problem(415, "Unsupported Media Type", $"Content-Type '{request.ContentType}' is not an export: send {ReportNegotiation.BatchContentTypes}, or application/octet-stream");
        var columns = (await maps.GetColumnMapAsync(clinicId, cancellationToken))?.Map ?? ColumnMap.Empty;
        HeaderPreview preview;
        await using (var body = await RequestBody.BufferAsync(request, options.MaxRequestBytes, cancellationToken))
        {
            preview = HeaderPreview.Of(body, format, new IngestOptions { Columns = columns, Sheet = ReportNegotiation.Sheet(request) }, limits);
        }
        var json = new MemoryStream();
        preview.WriteJson(json);
        json.Position = 0;
        return new StreamBodyResult(200, json, "application/json; charset=utf-8");
    }
}
