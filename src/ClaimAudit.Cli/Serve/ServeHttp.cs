using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Reporting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ClaimAudit.Cli.Serve;

/// <summary>
/// What <c>claimaudit serve</c> answers as the Functions app answers it: problem+json (RFC 9457, <c>type</c> naming the
/// status) and report/batch negotiation. A copy of the few pieces of src/ClaimAudit.Functions/Http (ApiResults.Problem,
/// ReportNegotiation.Choose/ChooseStored/BatchFormat/Schema/Sheet) so the CLI does not depend on the Functions worker;
/// keep the wording in step with those.
/// </summary>
internal static class ServeHttp
{
    private const string ProblemBase = "https://claimaudit.dev/problems/";

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string X12ContentType = "application/edi-x12";
    public const string BatchContentTypes = "application/json, text/csv, " + XlsxContentType + " (.xlsx) or " + X12ContentType + " (an 837P claim file)";

    public static IResult Problem(int status, string title, string detail, IReadOnlyList<string>? errors = null, string? batchId = null)
    {
        var problem = new ProblemDetails
        {
            Type = ProblemBase + title.ToLowerInvariant().Replace(' ', '-'),
            Title = title,
            Status = status,
            Detail = detail,
        };
        if (errors is not null) problem.Extensions["errors"] = errors;
        if (batchId is not null) problem.Extensions["batchId"] = batchId;
        return TypedResults.Problem(problem);
    }

    /// <summary>The report format the Accept header asks for; JSON without one; null when nothing offered is acceptable.</summary>
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

    /// <summary><c>?format=html|csv|json</c> when given (a link cannot set Accept), else <see cref="Choose"/>; or the refusal.</summary>
    public static (ReportFormat? Format, IResult? Refusal) ChooseStored(HttpRequest request)
    {
        if (!request.Query.TryGetValue("format", out var asked)) return Choose(request) is { } format ? (format, null) : (null, NotAcceptable());
        var text = asked.ToString().Trim();
        var match = ReportFormat.All.FirstOrDefault(f => string.Equals(f.Extension, text, StringComparison.OrdinalIgnoreCase));
        return match is not null ? (match, null) : (null, Problem(400, "Bad Request",
            $"format '{asked}' is not a report format: use ?format=html, ?format=csv or ?format=json (or leave it out and send an Accept header)"));
    }

    public static IResult NotAcceptable() => Problem(406, "Not Acceptable",
        "the report is available as " + string.Join(", ", ReportFormat.All.Select(f => f.ContentType)) + "; ask for one of them in the Accept header");

    /// <summary>The batch format from the Content-Type (none: sniffed); null for a type that is not a batch.</summary>
    public static InputFormat? BatchFormat(HttpRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.ContentType)) return InputFormat.Auto;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)) return null;
        var media = type.MediaType.Value?.ToLowerInvariant() ?? "";
        if (media == "application/json" || media.EndsWith("+json", StringComparison.Ordinal)) return InputFormat.Json;
        if (media == XlsxContentType) return InputFormat.Xlsx;
        if (media == X12ContentType) return InputFormat.X12;
        return media is "text/csv" or "application/csv" or "text/tab-separated-values" or "text/plain" ? InputFormat.Csv : null;
    }

    /// <summary><c>?schema=</c>: 2 when absent, 1 or 2; null for anything else.</summary>
    public static int? Schema(HttpRequest request) => request.Query["schema"].ToString().Trim() switch { "" or "2" => 2, "1" => 1, _ => null };

    public static IResult BadSchema(HttpRequest request) => Problem(400, "Bad Request",
        $"schema '{request.Query["schema"]}' is not a report schema: use ?schema=2 (compact, the default) or ?schema=1");

    public static string? Sheet(HttpRequest request) =>
        request.Query["sheet"].ToString() is { } sheet && !string.IsNullOrWhiteSpace(sheet) ? sheet.Trim() : null;
}
