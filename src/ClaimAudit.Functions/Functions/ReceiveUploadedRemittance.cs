using Azure.Storage.Blobs;
using ClaimAudit.Storage;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Functions;

/// <summary>
/// Reads an 835 uploaded to <c>remittances/{clinicId}/{name}</c> into the clinic's <c>Remittances</c> and writes what
/// became of it to <c>remittances-results/{clinicId}/{name}.json</c> (<see cref="RemittanceUploads"/>). As for
/// visit batches, the bound values are ignored: clinic and name come from the blob's own name, split at its first '/'.
/// </summary>
public sealed class ReceiveUploadedRemittance(RemittanceUploads uploads)
{
    [Function(nameof(ReceiveUploadedRemittance))]
    public Task Run(
        [BlobTrigger("remittances/{clinicId}/{name}", Source = BlobTriggerSource.EventGrid, Connection = AuditStorage.ConnectionName)] BlobClient blob,
        string clinicId,
        string name,
        CancellationToken cancellationToken) =>
        uploads.ProcessAsync(blob, cancellationToken);
}
