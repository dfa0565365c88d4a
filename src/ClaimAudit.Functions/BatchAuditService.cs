using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimAudit.Functions;

/// <summary>
/// Where an upload belongs: its clinic, file name, batch id and report folder, and why it is refused
/// when it cannot be audited where it is (<see cref="Refusal"/>, then the other values say where the
/// refusal is recorded).
/// </summary>
public sealed record UploadRoute(string ClinicId, string Name, string BatchId, string ReportFolder, string? Refusal);

/// <summary>
/// How a batch reaches the audit in this app, in front of the application's <see cref="BatchAuditor"/>:
/// the routing of uploads in <c>visit-batches</c> (the clinic is the blob's first folder; names under
/// <c>_api/</c> are reserved; a blob outside a valid clinic's folder is refused visibly; the batch id
/// comes from clinic and file name) and the naming of posted batches. Shared by the blob trigger and
/// <c>POST /api/audits</c>.
/// </summary>
public sealed class BatchAuditService(BatchAuditor auditor, TimeProvider? time = null, ILogger<BatchAuditService>? logger = null)
{
    /// <summary>Batches partition of uploads that are not in a valid clinic's folder (not a clinic id: it starts with '_').</summary>
    public const string UnroutedPartition = BatchRecord.UnroutedClinicId;
    /// <summary>Report folder (inside <c>audit-reports</c>) of refused uploads: <c>_refused/{full blob name}/report.*</c>.</summary>
    public const string RefusedReportFolder = "_refused";
    /// <summary>Report folder of posted batches inside a clinic's folder: <c>{clinicId}/_api/{batchId}/</c>. Upload names may not start with it.</summary>
    public const string ApiReportFolder = "_api";
    /// <summary>Batch ids of uploads start with this; a posted batch may not use it.</summary>
    public const string UploadIdPrefix = "blob-";

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ILogger _log = logger ?? NullLogger<BatchAuditService>.Instance;

    /// <summary>Convenience for tests and tools: the audit over every store of one storage account.</summary>
    public static BatchAuditService Create(AuditStorage storage, IngestLimits? limits = null, TimeProvider? time = null, ILoggerFactory? loggers = null,
        AuditBudget? budget = null)
    {
        loggers ??= NullLoggerFactory.Instance;
        var auditor = new BatchAuditor(new PayerProfileStore(storage), new BatchStore(storage), new HistoryStore(storage, loggers.CreateLogger<HistoryStore>()),
            new ReportStore(storage), new ClinicMapStore(storage), StorageFaults.Instance, limits, time, loggers.CreateLogger<BatchAuditor>(), budget,
            new AuditedClaimStore(storage, loggers.CreateLogger<AuditedClaimStore>()));
        return new BatchAuditService(auditor, time, loggers.CreateLogger<BatchAuditService>());
    }

    /// <summary>The batch id of an uploaded blob: the same clinic and blob name always give the same id, so a redelivery lands on the same row.</summary>
    public static string BatchIdForBlob(string clinicId, string blobName) => UploadIdPrefix + Sha256Hex.Of(clinicId + "/" + blobName)[..24];

    /// <summary>The version of an uploaded blob's report set: its ETag, hashed (the same blob version always gives the same folder).</summary>
    private static string VersionOf(string etag) => Sha256Hex.Of(etag)[..16];

    /// <summary>
    /// Clinic and file name of a blob in <c>visit-batches</c>, split at the first '/': the blob
    /// <c>demo-clinic/2026/march.csv</c> is clinic <c>demo-clinic</c>, file <c>2026/march.csv</c>.
    /// (The trigger's <c>{clinicId}/{name}</c> binding splits greedily at the last '/', so its values are not used.)
    /// </summary>
    private static (string ClinicId, string Name) SplitBlobName(string blobName)
    {
        var slash = blobName.IndexOf('/');
        return slash < 0 ? ("", blobName) : (blobName[..slash], blobName[(slash + 1)..]);
    }

    /// <summary>
    /// The route of a blob in <c>visit-batches</c>. A blob that is not in a valid clinic's folder is
    /// refused into the <see cref="UnroutedPartition"/>, one whose name is reserved into its clinic's
    /// partition; either way its report goes under <c>_refused/{blob name}/</c>.
    /// </summary>
    public static UploadRoute Route(string blobName)
    {
        var (folder, name) = SplitBlobName(blobName);
        var refused = $"{RefusedReportFolder}/{blobName}";
        if (!ClinicIds.TryNormalize(folder, out var clinicId) || name.Length == 0)
            return new UploadRoute(UnroutedPartition, blobName, UploadIdPrefix + Sha256Hex.Of(blobName)[..24], refused,
                $"the file is not in a clinic's folder: upload it as visit-batches/{{clinicId}}/{{fileName}}, where {ClinicIds.Rule}");
        if (name.StartsWith(ApiReportFolder + "/", StringComparison.Ordinal))
            return new UploadRoute(clinicId, name, BatchIdForBlob(clinicId, name), refused,
                $"file names starting with '{ApiReportFolder}/' are reserved for the reports of POST /api/audits; upload the file under another name");
        return new UploadRoute(clinicId, name, BatchIdForBlob(clinicId, name), $"{clinicId}/{name}", null);
    }

    /// <summary>Whether a fault is worth a retry: the storage adapter's classification (<see cref="StorageFaults.IsTransient"/>).</summary>
    public static bool IsTransient(Exception e, CancellationToken cancellationToken = default) => StorageFaults.IsTransient(e, cancellationToken);

    /// <summary>
    /// Audits an uploaded <c>visit-batches/{clinicId}/{name}</c> blob, or records why it is refused
    /// (<see cref="Route"/>). A redelivery of a blob version already audited returns the stored result
    /// untouched; a replaced blob (new ETag) is audited again. Null only when the blob is gone.
    /// </summary>
    public async Task<AuditResult?> AuditBlobAsync(BlobClient blob, CancellationToken cancellationToken = default)
    {
        var route = Route(blob.Name);
        if (await PropertiesAsync(blob, route, cancellationToken) is not { } properties) return null;
        var etag = properties.ETag.ToString();
        if (route.Refusal is { } reason)
            return await auditor.RecordRefusedUploadAsync(
                new RefusedUpload(route.ClinicId, route.BatchId, route.Name, etag, properties.ContentLength, route.ReportFolder, VersionOf(etag), reason), cancellationToken);
        return await auditor.AuditUploadAsync(
            new UploadedBatch(route.ClinicId, route.BatchId, route.Name, etag, properties.ContentLength, route.ReportFolder, VersionOf(etag),
                // Pinned to the ETag just read: a blob replaced mid-read fails instead of mixing versions.
                async ct => await blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false)
                {
                    Conditions = new BlobRequestConditions { IfMatch = properties.ETag },
                }, ct),
                SheetOf(properties), SchemaOf(properties)),
            cancellationToken);
    }

    /// <summary>Blob metadata that names the sheet of an uploaded workbook (<c>x-ms-meta-sheet</c>); the first sheet without it.</summary>
    public const string SheetMetadata = "sheet";

    /// <summary>Blob metadata that asks for the JSON report in schema 1 (<c>x-ms-meta-schema: 1</c>); schema 2 without it.</summary>
    public const string SchemaMetadata = "schema";

    private static int SchemaOf(BlobProperties properties) =>
        properties.Metadata is { } metadata && metadata.TryGetValue(SchemaMetadata, out var schema) && schema.Trim() == "1" ? 1 : ReportJson.CurrentSchema;

    private static string? SheetOf(BlobProperties properties) =>
        properties.Metadata is { } metadata && metadata.TryGetValue(SheetMetadata, out var sheet) && !string.IsNullOrWhiteSpace(sheet) ? sheet.Trim() : null;

    private async Task<BlobProperties?> PropertiesAsync(BlobClient blob, UploadRoute route, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            _log.LogWarning("Batch {BatchId} of clinic {ClinicId}: the blob was deleted before it could be audited", route.BatchId, route.ClinicId);
            return null;
        }
    }

    /// <summary>
    /// Audits a posted batch (already buffered, seekable or not). The batch id is the input's
    /// <c>batchId</c> when it is usable as a key and not an upload's, else a new one. <paramref name="sheet"/>
    /// names the sheet of an .xlsx body (null: the first); <paramref name="fileName"/> the file's name as the caller sent it
    /// (shown in the batch list and the report, never logged).
    /// </summary>
    public Task<AuditResult> AuditPostedAsync(string clinicId, Stream body, InputFormat format, string? sheet = null, int reportSchema = ReportJson.CurrentSchema,
        string? fileName = null, CancellationToken cancellationToken = default)
    {
        if (!TableKeys.IsValidClinicId(clinicId)) throw new ArgumentException("invalid clinic id", nameof(clinicId));
        var fallbackId = $"api-{_time.GetUtcNow():yyyyMMddHHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5))}";
        // Posted batches are never redelivered: each gets a report set of its own.
        var version = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        return auditor.AuditPostedAsync(new PostedBatch(clinicId, body, format, sheet, version,
            // "blob-…" ids belong to uploads (BatchIdForBlob): a posted batch may not take over one's row.
            declared => TableKeys.IsValidBatchId(declared) && !declared.StartsWith(UploadIdPrefix, StringComparison.OrdinalIgnoreCase) ? declared : fallbackId,
            batchId => $"{clinicId}/{ApiReportFolder}/{batchId}", reportSchema, fileName), cancellationToken);
    }
}
