using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ClaimAudit.Application;
using ClaimAudit.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimAudit.Functions;

/// <summary>
/// 835 files uploaded to <c>remittances/{clinicId}/{name}</c> (PRODUCT.md section 11): the clinic is the blob's
/// first folder (read like <c>visit-batches</c>: <see cref="ClinicIds"/>), the file goes through
/// <see cref="RemittanceIntake"/>, and what became of it is written to <c>remittances-results/{clinicId}/{name}.json</c>
/// — <c>{"status":"stored", "sourceETag", "processedAt", advices, claims, lines, newAdvices, balancing, segmentErrors}</c>
/// or <c>{"status":"failed", "error", …}</c>; a blob outside a valid clinic's folder gets
/// <c>remittances-results/_refused/{blob name}.json</c>. A redelivery of a blob version already recorded changes nothing.
/// Only transient storage faults escape (the host retries, then moves the message to the poison queue), and a
/// fault that not even its result could be written for. Logs carry clinic id and counts, never the file name.
/// </summary>
public sealed class RemittanceUploads(AuditStorage storage, RemittanceIntake intake, TimeProvider? time = null, ILogger<RemittanceUploads>? logger = null)
{
    public const string RefusedFolder = "_refused";
    public const string Stored = "stored";
    public const string Failed = "failed";

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ILogger _log = logger ?? NullLogger<RemittanceUploads>.Instance;

    /// <summary>Where the result of a blob in <c>remittances</c> is written, and its clinic (null when refused).</summary>
    public static (string? ClinicId, string ResultPath) Route(string blobName)
    {
        var slash = blobName.IndexOf('/');
        var (folder, name) = slash < 0 ? ("", blobName) : (blobName[..slash], blobName[(slash + 1)..]);
        return ClinicIds.TryNormalize(folder, out var clinicId) && name.Length > 0
            ? (clinicId, $"{clinicId}/{name}.json")
            : (null, $"{RefusedFolder}/{blobName}.json");
    }

    /// <summary>Reads and stores the blob, and records the outcome. Null when the blob is gone or this version was already recorded.</summary>
    public async Task<string?> ProcessAsync(BlobClient blob, CancellationToken cancellationToken = default)
    {
        var (clinicId, resultPath) = Route(blob.Name);
        BlobProperties properties;
        try
        {
            properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            _log.LogWarning("A remittance file of clinic {ClinicId} was deleted before it could be read", clinicId ?? RefusedFolder);
            return null;
        }
        var etag = properties.ETag.ToString();
        await storage.EnsureContainersAsync(cancellationToken);
        var result = storage.RemittanceResults.GetBlobClient(resultPath);
        if (await RecordedEtagAsync(result, cancellationToken) == etag) return null;

        if (clinicId is null)
        {
            _log.LogWarning("Refused a remittance file that is not under a valid clinic folder");
            await WriteAsync(result, Failed, etag, null, $"the file is not in a clinic's folder: upload it as remittances/{{clinicId}}/{{fileName}}, where {ClinicIds.Rule}", cancellationToken);
            return Failed;
        }
        try
        {
            RemittanceIntakeResult outcome;
            await using (var input = await blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false) { Conditions = new BlobRequestConditions { IfMatch = properties.ETag } }, cancellationToken))
                outcome = await intake.ReceiveAsync(clinicId, input, cancellationToken);
            var status = outcome.FileError is null ? Stored : Failed;
            await WriteAsync(result, status, etag, outcome.Summary, outcome.FileError is null ? null : $"the 835 could not be read: {outcome.FileError}; nothing of it was stored", cancellationToken);
            return status;
        }
        catch (Exception e) when (!StorageFaults.IsTransient(e, cancellationToken) && e is not OperationCanceledException)
        {
            _log.LogError("A remittance file of clinic {ClinicId} failed: {ExceptionType}", clinicId, e.GetType().Name);
            // Recorded so the clinic sees it; when not even that can be written, the fault must not vanish.
            await WriteAsync(result, Failed, etag, null, $"the file could not be processed because of a fault on our side ({e.GetType().Name}); upload it again", cancellationToken);
            return Failed;
        }
    }

    private static async Task<string?> RecordedEtagAsync(BlobClient result, CancellationToken cancellationToken)
    {
        try
        {
            var content = (await result.DownloadContentAsync(cancellationToken)).Value.Content;
            using var doc = JsonDocument.Parse(content.ToMemory());
            return doc.RootElement.TryGetProperty("sourceETag", out var etag) ? etag.GetString() : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task WriteAsync(BlobClient result, string status, string etag, RemittanceSummary? summary, string? error, CancellationToken cancellationToken)
    {
        void Head(Utf8JsonWriter json)
        {
            json.WriteString("status", status);
            json.WriteString("sourceETag", etag);
            json.WriteString("processedAt", _time.GetUtcNow());
            if (error is not null) json.WriteString("error", error);
        }
        byte[] body;
        if (summary is not null) body = RemittanceSummaryJson.Serialize(summary, Head);
        else
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                json.WriteStartObject();
                Head(json);
                json.WriteEndObject();
            }
            body = buffer.ToArray();
        }
        await result.UploadAsync(new BinaryData(body), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json; charset=utf-8" } }, cancellationToken);
    }
}
