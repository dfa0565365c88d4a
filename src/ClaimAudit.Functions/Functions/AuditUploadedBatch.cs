using Azure.Storage.Blobs;
using ClaimAudit.Storage;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// Audits a file uploaded to <c>visit-batches/{clinicId}/{name}</c>; the reports go to
/// <c>audit-reports/{clinicId}/{name}/</c> and the status to the <c>Batches</c> table. Only storage
/// faults escape (the host retries, then moves the message to the poison queue). The host binds
/// <c>{clinicId}/{name}</c> greedily (<c>demo-clinic/2026/march.csv</c> gives clinicId
/// <c>demo-clinic/2026</c>), so the bound values are ignored: clinic and name come from the blob's own
/// name, split at its first '/'.
/// </summary>
public sealed class AuditUploadedBatch(BatchAuditService audits)
{
    [Function(nameof(AuditUploadedBatch))]
    public Task Run(
        [BlobTrigger("visit-batches/{clinicId}/{name}", Source = BlobTriggerSource.EventGrid, Connection = AuditStorage.ConnectionName)] BlobClient blob,
        string clinicId,
        string name,
        CancellationToken cancellationToken) =>
        audits.AuditBlobAsync(blob, cancellationToken);
}
