using System.Globalization;
using System.Text.Json;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// <c>POST /api/uploads</c> with <c>{"fileName": "visits-2026-12-01.csv"}</c>: 201 with
/// <c>{"uploadUrl", "blobName", "expiresOn"}</c>, a short-lived URL (<see cref="UploadUrlIssuer.Lifetime"/>)
/// that can create or write exactly the blob <c>visit-batches/{caller's clinic}/{fileName}</c> and
/// nothing else — the way an integration uploads a batch without holding any write access to
/// <c>visit-batches</c>, so it can only ever file data under its own clinic. The upload is then audited
/// like any other (<see cref="AuditUploadedBatch"/>). 400 for a body without a usable <c>fileName</c>.
/// The file name is never logged: clinics put patient names in them.
/// </summary>
public sealed class PostUpload(ClinicAuthenticator auth, IUploadUrlIssuer uploads, ApiOptions options)
{
    [Function(nameof(PostUpload))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "uploads")] HttpRequest request, FunctionContext context, CancellationToken cancellationToken)
    {
        var clinicId = await auth.CallingClinicAsync(context, request);
        var text = await RequestBody.ReadTextAsync(request, options.MaxSmallBodyBytes, cancellationToken);
        if (FileNameOf(text) is not { } fileName)
            return Invalid("send a JSON object naming the file: {\"fileName\": \"visits-2026-12-01.csv\"}");
        if (!UploadUrlIssuer.IsValidFileName(fileName))
            return Invalid($"fileName is not valid: {UploadUrlIssuer.FileNameRule}");

        var grant = await uploads.IssueAsync(clinicId, fileName, cancellationToken);
        // The URL is a credential: no cache along the way may keep it.
        return ApiResults.Json(Serialize(grant), StatusCodes.Status201Created).WithHeader("Cache-Control", "no-store");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Invalid(string detail) =>
        ApiResults.Problem(400, "Bad Request", "the upload request is not valid: " + detail);

    private static string? FileNameOf(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("fileName", out var name) && name.ValueKind == JsonValueKind.String
                ? name.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Serialize(UploadGrant grant)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("uploadUrl", grant.UploadUrl.AbsoluteUri);
            json.WriteString("blobName", grant.BlobName);
            json.WriteString("expiresOn", grant.ExpiresOn.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
