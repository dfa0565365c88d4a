using System.Text;
using System.Text.Json;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;

namespace ClaimAudit.Functions.Http;

/// <summary>
/// What <c>/api/column-map</c> and <c>/api/payer-map</c> share (PRODUCT.md section 13): the map as
/// <c>{"Their name": "our name"}</c> with its ETag, and a PUT that validates the body, honours
/// <c>If-Match</c> / <c>If-None-Match: *</c> and answers with what was stored.
/// </summary>
public static class MapRoutes
{
    /// <summary>
    /// 200 with the map and, when one is stored, its ETag. A clinic with none stored gets <c>{}</c> and
    /// no ETag: there is nothing to match, so a PUT without <c>If-Match</c> (or with <c>If-None-Match: *</c>) creates it.
    /// </summary>
    public static IResult Map(string json, string? etag)
    {
        var result = ApiResults.Json(json);
        return etag is null ? result : result.WithHeader("ETag", etag);
    }

    /// <summary>
    /// The PUT: reads the body (413 over <see cref="ApiOptions.MaxSmallBodyBytes"/>), parses it with
    /// <paramref name="parse"/> (400 when it is not JSON; 422 naming every bad entry when it is JSON but
    /// not a valid map), stores it with <paramref name="store"/> under the request's preconditions (412
    /// when they fail, <see cref="MapConflictException"/>) and answers 200 with the stored map and its new ETag.
    /// </summary>
    public static async Task<IResult> PutAsync<T>(HttpRequest request, ApiOptions options, string what,
        Func<byte[], Task<T>> parse, Func<T, string> toJson, Func<T, string?, bool, Task<string>> store, CancellationToken cancellationToken)
    {
        if (RequestBody.IfNoneMatchAny(request) is not { } ifNoneMatchAny)
            return ApiResults.Problem(400, "Bad Request", "If-None-Match accepts only * (create the map only if none is stored); to replace a map, send its ETag in If-Match");
        var body = Encoding.UTF8.GetBytes(await RequestBody.ReadTextAsync(request, options.MaxSmallBodyBytes, cancellationToken));
        if (!IsJson(body))
            return ApiResults.Problem(400, "Bad Request", $"the body is not valid JSON: send the {what} as a JSON object like {{\"Their name\": \"our name\"}}");
        try
        {
            var map = await parse(body);
            var etag = await store(map, RequestBody.IfMatch(request), ifNoneMatchAny);
            return Map(toJson(map), etag);
        }
        catch (InvalidDataException e)
        {
            // Every bad entry, or a map too large to store.
            return ApiResults.Problem(422, "Unprocessable Content", e.Message, [e.Message]);
        }
    }

    // Well-formed JSON of any shape: what is wrong with a well-formed body is the map's to say (422).
    private static bool IsJson(byte[] body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
