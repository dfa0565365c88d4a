using ClaimAudit.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace ClaimAudit.Functions.Tests;

/// <summary>What a function's result wrote to the response.</summary>
public sealed record HttpOutcome(int Status, IHeaderDictionary Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v.ToString() : null;
    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Body).RootElement;
}

/// <summary>Builds <see cref="DefaultHttpContext"/> requests and runs function results against them.</summary>
public static class Http
{
    public static HttpRequest Request(string method, string path, string? body = null, string? contentType = null,
        string? apiKey = null, IDictionary<string, string>? headers = null, bool sendContentLength = true) =>
        BinaryRequest(method, path, body is null ? null : System.Text.Encoding.UTF8.GetBytes(body), contentType, apiKey, headers, sendContentLength);

    /// <summary>A request with a binary body (an .xlsx); a query string in <paramref name="path"/> (<c>?sheet=…</c>) becomes the request's query.</summary>
    public static HttpRequest BinaryRequest(string method, string path, byte[]? bytes, string? contentType = null,
        string? apiKey = null, IDictionary<string, string>? headers = null, bool sendContentLength = true)
    {
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = method;
        var query = path.IndexOf('?');
        request.Path = query < 0 ? path : path[..query];
        if (query >= 0) request.QueryString = new QueryString(path[query..]);
        if (apiKey is not null) request.Headers[ClinicAuthenticator.HeaderName] = apiKey;
        foreach (var (k, v) in headers ?? new Dictionary<string, string>()) request.Headers[k] = v;
        if (bytes is not null)
        {
            request.Body = new MemoryStream(bytes);
            if (sendContentLength) request.ContentLength = bytes.Length;
            if (contentType is not null) request.ContentType = contentType;
        }
        context.Response.Body = new MemoryStream();
        return request;
    }

    /// <summary>Executes a function's result against its request, as the worker's ASP.NET Core integration does.</summary>
    public static async Task<HttpOutcome> Run(HttpRequest request, IResult result)
    {
        var context = request.HttpContext;
        context.RequestServices ??= HttpHost.RequestServices;
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        return new HttpOutcome(context.Response.StatusCode, context.Response.Headers, body);
    }
}
