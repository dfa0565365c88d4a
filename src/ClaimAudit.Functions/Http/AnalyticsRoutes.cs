using ClaimAudit.Web;
using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Reporting;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ClaimAudit.Functions.Http;

/// <summary>One way the analytics are written: its <c>format=</c> name, media type and writer.</summary>
public sealed record AnalyticsFormat(string Name, string ContentType, Action<Stream, AnalyticsReport> Write)
{
    public static readonly AnalyticsFormat Json = new("json", "application/json", AnalyticsJson.Write);
    public static readonly AnalyticsFormat Csv = new("csv", "text/csv", AnalyticsCsv.Write);
    public static readonly AnalyticsFormat Html = new("html", "text/html", AnalyticsHtml.Write);
    public static readonly IReadOnlyList<AnalyticsFormat> All = [Json, Csv, Html];
}

/// <summary>Negotiation and bodies of the remittance and analytics routes.</summary>
public static class AnalyticsRoutes
{
    /// <summary>
    /// The analytics format: <c>?format=json|csv|html</c> when given, else the <c>Accept</c> header as for reports
    /// (<see cref="ReportNegotiation.Choose"/>: JSON without one); null when neither names one on offer.
    /// </summary>
    public static AnalyticsFormat? Format(HttpRequest request)
    {
        var asked = request.Query["format"].ToString().Trim();
        if (asked.Length > 0) return AnalyticsFormat.All.FirstOrDefault(f => string.Equals(f.Name, asked, StringComparison.OrdinalIgnoreCase));
        return ReportNegotiation.Choose(request) is { } report ? AnalyticsFormat.All.First(f => f.Name == report.Extension) : null;
    }

    public static IResult NotAcceptable(HttpRequest request) => request.Query.ContainsKey("format")
        ? ApiResults.Problem(400, "Bad Request", $"format '{request.Query["format"]}' is not one of json, csv, html")
        : ApiResults.Problem(406, "Not Acceptable", "the analytics are available as " + string.Join(", ", AnalyticsFormat.All.Select(f => f.ContentType)) + "; ask for one of them in the Accept header or with ?format=json|csv|html");

    /// <summary>An 835 body: <c>application/edi-x12</c>, or what tools send for a file (<c>text/plain</c>, <c>application/octet-stream</c>, none).</summary>
    public static bool IsX12Body(HttpRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.ContentType)) return true;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)) return false;
        return (type.MediaType.Value?.ToLowerInvariant() ?? "") is ReportNegotiation.X12ContentType or "text/plain" or "application/octet-stream";
    }
}
