using ClaimAudit.Core.Reporting;
using ClaimAudit.Core.Ingest;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ClaimAudit.Web;

/// <summary>Content negotiation for reports (<c>Accept</c>, <c>?format=</c>) and batches (<c>Content-Type</c>), the same in the Functions app and <c>claimaudit serve</c>.</summary>
public static class ReportNegotiation
{
    /// <summary>The report format the caller accepts best; JSON when there is no Accept header; null when nothing offered is acceptable.</summary>
    public static ReportFormat? Choose(HttpRequest request)
    {
        var accept = request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(accept)) return ReportFormat.Json;
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept.Where(v => v is not null).Select(v => v!).ToList(), out var types)) return ReportFormat.Json;
        foreach (var type in types.OrderByDescending(t => t.Quality ?? 1.0))
        {
            if (type.Quality == 0) continue;
            var mediaType = type.MediaType.Value ?? "";
            if (mediaType is "*/*" or "application/*") return ReportFormat.Json;
            var match = ReportFormat.All.FirstOrDefault(f => string.Equals(f.ContentType, mediaType, StringComparison.OrdinalIgnoreCase));
            if (match is not null) return match;
            if (mediaType == "text/*") return ReportFormat.All.FirstOrDefault(f => f.ContentType.StartsWith("text/", StringComparison.Ordinal));
        }
        return null;
    }

    /// <summary>
    /// The stored report's format for <c>GET /api/audits/{batchId}</c>: <c>?format=html|csv|json</c> when given (a link
    /// the browser follows cannot set Accept), else <see cref="Choose"/>. Either the format or the response that refuses
    /// the request: 400 for a <c>format</c> that is none of the three, 406 when Accept offers nothing acceptable.
    /// </summary>
    public static (ReportFormat? Format, IResult? Refusal) ChooseStored(HttpRequest request)
    {
        if (!request.Query.TryGetValue("format", out var asked)) return Choose(request) is { } format ? (format, null) : (null, NotAcceptable());
        var text = asked.ToString().Trim();
        var match = ReportFormat.All.FirstOrDefault(f => string.Equals(f.Extension, text, StringComparison.OrdinalIgnoreCase));
        return match is not null ? (match, null) : (null, ApiProblem.Create(400, "Bad Request",
            $"format '{asked}' is not a report format: use ?format=html, ?format=csv or ?format=json (or leave it out and send an Accept header)"));
    }

    public static IResult NotAcceptable() => ApiProblem.Create(406, "Not Acceptable",
        "the report is available as " + string.Join(", ", ReportFormat.All.Select(f => f.ContentType)) + "; ask for one of them in the Accept header");

    /// <summary>The media type of an Excel workbook (.xlsx).</summary>
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The batch media types, for a 415's detail.</summary>
    public const string BatchContentTypes = "application/json, text/csv, " + XlsxContentType + " (.xlsx) or " + X12ContentType + " (an 837P claim file)";

    /// <summary>The media type of an X12 interchange (RFC 1767), here an 837P claim file (PRODUCT.md section 12).</summary>
    public const string X12ContentType = "application/edi-x12";

    /// <summary>
    /// The batch format of the body from its Content-Type; null for a type that is not a batch. With
    /// <paramref name="sniffOctetStream"/>, <c>application/octet-stream</c> (what a tool sends for "a
    /// file") is sniffed like a body without a Content-Type.
    /// </summary>
    public static InputFormat? BatchFormat(HttpRequest request, bool sniffOctetStream = false)
    {
        if (string.IsNullOrWhiteSpace(request.ContentType)) return InputFormat.Auto;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)) return null;
        var media = type.MediaType.Value?.ToLowerInvariant() ?? "";
        if (media == "application/json" || media.EndsWith("+json", StringComparison.Ordinal)) return InputFormat.Json;
        if (media == XlsxContentType) return InputFormat.Xlsx;
        if (media == X12ContentType) return InputFormat.X12;
        if (sniffOctetStream && media == "application/octet-stream") return InputFormat.Auto;
        return media is "text/csv" or "application/csv" or "text/tab-separated-values" or "text/plain" ? InputFormat.Csv : null;
    }

    /// <summary>
    /// The <c>?schema=</c> query: the JSON report's schema (PRODUCT.md section 8), 2 when absent;
    /// null when it names neither 1 nor 2.
    /// </summary>
    public static int? Schema(HttpRequest request)
    {
        var text = request.Query["schema"].ToString().Trim();
        return text switch { "" or "2" => 2, "1" => 1, _ => null };
    }

    public static IResult BadSchema(HttpRequest request) => ApiProblem.Create(400, "Bad Request",
        $"schema '{request.Query["schema"]}' is not a report schema: use ?schema=2 (compact, the default) or ?schema=1");

    /// <summary>The <c>?sheet=</c> query: the sheet of an .xlsx body to read; null (the first sheet) when absent or blank.</summary>
    public static string? Sheet(HttpRequest request) =>
        request.Query["sheet"].ToString() is { } sheet && !string.IsNullOrWhiteSpace(sheet) ? sheet.Trim() : null;
}
