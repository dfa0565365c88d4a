using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ClaimAudit.Functions.Http;

/// <summary>
/// Responses that write themselves to the <see cref="HttpResponse"/> (no MVC formatters needed), so
/// a function's result can be executed against a plain <c>DefaultHttpContext</c> as well as by the host.
/// </summary>
public abstract class ApiResult(int status) : IActionResult
{
    public int StatusCode { get; } = status;
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCode;
        foreach (var (name, value) in Headers) response.Headers[name] = value;
        await WriteBodyAsync(response, context.HttpContext.RequestAborted);
    }

    protected abstract Task WriteBodyAsync(HttpResponse response, CancellationToken cancellationToken);

    public ApiResult WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}

/// <summary>A JSON body from a source-generated type.</summary>
public sealed class JsonResult<T>(int status, T value, JsonTypeInfo<T> type, string contentType = "application/json") : ApiResult(status)
{
    public T Value { get; } = value;

    protected override async Task WriteBodyAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = contentType + "; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, Value, type, cancellationToken);
    }
}

/// <summary>A body already serialised (profiles, stored reports).</summary>
public sealed class StreamResult(int status, Stream body, string contentType) : ApiResult(status)
{
    protected override async Task WriteBodyAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = contentType;
        await using (body) await body.CopyToAsync(response.Body, cancellationToken);
    }
}

public sealed class EmptyApiResult(int status) : ApiResult(status)
{
    protected override Task WriteBodyAsync(HttpResponse response, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>RFC 9457 problem details.</summary>
public sealed class Problem
{
    public string Type { get; init; } = "about:blank";
    public required string Title { get; init; }
    public required int Status { get; init; }
    public required string Detail { get; init; }
    /// <summary>Every reason, when there are several (malformed body, rejected rows).</summary>
    public IReadOnlyList<string>? Errors { get; init; }
    public string? BatchId { get; init; }
}

public static class ApiResults
{
    private const string ProblemBase = "https://claimaudit.dev/problems/";

    public static ApiResult Problem(int status, string title, string detail, IReadOnlyList<string>? errors = null, string? batchId = null) =>
        new JsonResult<Problem>(status, new Problem
        {
            Type = ProblemBase + title.ToLowerInvariant().Replace(' ', '-'),
            Title = title,
            Status = status,
            Detail = detail,
            Errors = errors,
            BatchId = batchId,
        }, ApiJson.Default.Problem, "application/problem+json");

    public static ApiResult Unauthorized() => Problem(401, "Unauthorized",
        "send the clinic's API key in the X-Api-Key header; the key is missing or not known").WithHeader("WWW-Authenticate", "ApiKey header=\"X-Api-Key\"");

    public static ApiResult NotFound(string detail) => Problem(404, "Not Found", detail);

    public static ApiResult Json<T>(int status, T value, JsonTypeInfo<T> type) => new JsonResult<T>(status, value, type);
}
