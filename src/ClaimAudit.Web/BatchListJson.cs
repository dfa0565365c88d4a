using System.Globalization;
using System.Text.Json;
using ClaimAudit.Application;
using Microsoft.AspNetCore.Http;

namespace ClaimAudit.Web;

/// <summary>
/// The body of <c>GET /api/audits?from=&amp;to=</c>, the same from the Functions app and <c>claimaudit serve</c>:
/// <code>
/// {"from":"2026-11-03","to":"2026-12-03","batches":[{"batchId","file","source","status","receivedAt","completedAt",
///   "visits","lines","rejectedRows","cleanVisits","cleanClaimRate","atRisk","errors","warnings","error",
///   "reports":{"html","csv","json"}}]}
/// </code>
/// <c>file</c> is the uploaded file's name (null for a posted batch); <c>cleanClaimRate</c> is cleanVisits / visits
/// (0..1, null when no visit was audited); <c>reports</c> (null until a report exists) are the
/// <c>GET /api/audits/{batchId}?format=</c> links. Newest first.
/// </summary>
public static class BatchListJson
{
    public const string ContentType = "application/json; charset=utf-8";

    public static async Task WriteAsync(Stream output, BatchListQuery query, IReadOnlyList<BatchRecord> batches, CancellationToken cancellationToken = default)
    {
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("from", query.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("to", query.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteStartArray("batches");
        foreach (var batch in batches) Write(json, batch);
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// <c>GET /api/audits?from=&amp;to=</c> over <paramref name="store"/>, as both hosts answer it: 200 with the list
    /// (<c>Cache-Control: no-store</c>: the page polls it while a batch is audited), or 400 naming what is wrong with the range.
    /// </summary>
    public static async Task<IResult> AnswerAsync(IBatchStore store, string clinicId, HttpRequest request, DateOnly today, CancellationToken cancellationToken = default)
    {
        var (query, error) = BatchListQuery.Parse(request.Query["from"].ToString(), request.Query["to"].ToString(), today);
        if (query is null) return ApiProblem.Create(400, "Bad Request", error!);
        var listed = await store.ListAsync(clinicId, query.ReceivedFrom, query.ReceivedBefore, BatchListQuery.MaxBatches, cancellationToken);
        return new ListResult(query, listed);
    }

    private sealed class ListResult(BatchListQuery query, IReadOnlyList<BatchRecord> batches) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = ContentType;
            httpContext.Response.Headers.CacheControl = "no-store";
            await WriteAsync(httpContext.Response.Body, query, batches, httpContext.RequestAborted);
        }
    }

    /// <summary>The link to a batch's report in one format: <c>/api/audits/{batchId}?format=html|csv|json</c>.</summary>
    public static string ReportLink(string batchId, string extension) => $"/api/audits/{Uri.EscapeDataString(batchId)}?format={extension}";

    private static void Write(Utf8JsonWriter json, BatchRecord b)
    {
        json.WriteStartObject();
        json.WriteString("batchId", b.BatchId);
        if (b.SourceName is { } name) json.WriteString("file", Path.GetFileName(name));
        else json.WriteNull("file");
        json.WriteString("source", b.Source);
        json.WriteString("status", b.Status);
        json.WriteString("receivedAt", b.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        if (b.CompletedAt is { } done) json.WriteString("completedAt", done.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        else json.WriteNull("completedAt");
        json.WriteNumber("visits", b.Visits);
        json.WriteNumber("lines", b.Lines);
        json.WriteNumber("rejectedRows", b.RejectedRows);
        json.WriteNumber("cleanVisits", b.CleanVisits);
        if (b.Visits > 0) json.WriteNumber("cleanClaimRate", Math.Round((decimal)b.CleanVisits / b.Visits, 4));
        else json.WriteNull("cleanClaimRate");
        json.WriteNumber("atRisk", b.AtRisk);
        json.WriteNumber("errors", b.Errors);
        json.WriteNumber("warnings", b.Warnings);
        if (b.Error is { } error) json.WriteString("error", error);
        else json.WriteNull("error");
        if (b.Reports is null) json.WriteNull("reports");
        else
        {
            json.WriteStartObject("reports");
            foreach (var extension in (string[])["html", "csv", "json"]) json.WriteString(extension, ReportLink(b.BatchId, extension));
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}
