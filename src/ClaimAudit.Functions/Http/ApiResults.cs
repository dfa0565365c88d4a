using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClaimAudit.Functions.Http;

/// <summary>
/// The API's responses as ASP.NET Core results (<see cref="TypedResults"/>), which the worker's
/// ASP.NET Core integration executes against the request's <see cref="HttpContext"/>. Errors are RFC 9457
/// problem details (PRODUCT.md section 6) whose <c>type</c> names the status.
/// </summary>
public static class ApiResults
{
    /// <summary>
    /// <c>application/problem+json</c>; <paramref name="errors"/> (member <c>errors</c>) lists every reason when
    /// there are several (malformed body, rejected rows), <paramref name="batchId"/> (member <c>batchId</c>)
    /// names the batch an audit that did not succeed was recorded under.
    /// </summary>
    public static ProblemHttpResult Problem(int status, string title, string detail, IReadOnlyList<string>? errors = null, string? batchId = null) =>
        Web.ApiProblem.Create(status, title, detail, errors, batchId);

    public static ProblemHttpResult NotFound(string detail) => Problem(404, "Not Found", detail);

    /// <summary>JSON the route has already serialised (profiles, maps, units).</summary>
    public static ContentHttpResult Json(string json, int status = StatusCodes.Status200OK) =>
        TypedResults.Text(json, "application/json; charset=utf-8", statusCode: status);

    /// <summary>The result with one more response header (ETag, Location, Retry-After…): typed results set only the headers of their own kind.</summary>
    public static IResult WithHeader(this IResult result, string name, string value) => new HeaderResult(result, name, value);

    /// <summary>The result with every header of <paramref name="headers"/> (e.g. <see cref="Web.ReportHeaders.All"/>).</summary>
    public static IResult WithHeaders(this IResult result, IEnumerable<(string Name, string Value)> headers) =>
        headers.Aggregate(result, (r, h) => r.WithHeader(h.Name, h.Value));

    private sealed class HeaderResult(IResult result, string name, string value) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[name] = value;
            return result.ExecuteAsync(httpContext);
        }
    }
}

/// <summary>
/// A body already serialised into a stream (a stored report, a header preview) with its status:
/// <see cref="TypedResults.Stream(Stream, string?, string?, DateTimeOffset?, Microsoft.Net.Http.Headers.EntityTagHeaderValue?, bool)"/>
/// answers only 200 (a posted audit is 201) and adds file-download handling (ranges, preconditions) that an API response must not have.
/// </summary>
public sealed class StreamBodyResult(int statusCode, Stream body, string contentType) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        await using (body) await body.CopyToAsync(response.Body, httpContext.RequestAborted);
    }
}
