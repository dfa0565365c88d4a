using Azure.Storage.Blobs;
using ClaimAudit.Storage;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// Audits a file uploaded to <c>visit-batches/{clinicId}/{name}</c>; the reports go to
/// <c>audit-reports/{clinicId}/{name}/</c> and the status to the <c>Batches</c> table. Only transient
/// storage faults escape (the host retries, then moves the message to the poison queue).
/// </summary>
public sealed class AuditUploadedBatch(BatchAuditService audits)
{
    [Function(nameof(AuditUploadedBatch))]
    public Task Run(
        [BlobTrigger("visit-batches/{clinicId}/{name}", Source = BlobTriggerSource.EventGrid, Connection = AuditStorage.ConnectionName)] BlobClient blob,
        string clinicId,
        string name,
        CancellationToken cancellationToken) =>
        audits.AuditBlobAsync(blob, clinicId, name, cancellationToken);
}
