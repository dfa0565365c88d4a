using Azure;
using Azure.Data.Tables;

namespace ClaimAudit.Storage;

public static class BatchStatus
{
    public const string Received = "received";
    public const string Audited = "audited";
    public const string Failed = "failed";
}

/// <summary>
/// One row of the <c>Batches</c> table (partition = clinic id, row key = batch id): where the batch
/// came from, how far it got, its counts and where its reports are. Holds no patient data.
/// </summary>
public sealed class BatchRecord : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ClinicId => PartitionKey;
    public string BatchId => RowKey;

    /// <summary>received → audited | failed.</summary>
    public string Status { get; set; } = BatchStatus.Received;
    /// <summary><c>blob</c> or <c>api</c>.</summary>
    public string Source { get; set; } = "";
    /// <summary>The blob name under <c>visit-batches/{clinicId}/</c> for uploads.</summary>
    public string? SourceName { get; set; }
    /// <summary>The ETag of the blob that was audited; a new ETag means a replaced file, audited again.</summary>
    public string? SourceETag { get; set; }
    public long? SourceBytes { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public long? DurationMs { get; set; }
    public int Visits { get; set; }
    public int Lines { get; set; }
    public int RejectedRows { get; set; }
    public int CleanVisits { get; set; }
    public int Errors { get; set; }
    public int Warnings { get; set; }
    public int Infos { get; set; }
    /// <summary>Why the batch failed: the file-level error of an unreadable file, or the storage fault.</summary>
    public string? Error { get; set; }
    /// <summary>True when the failure was a transient storage fault that the trigger retries.</summary>
    public bool Retryable { get; set; }
    /// <summary>Blob paths (inside <c>audit-reports</c>) of the stored reports.</summary>
    public string? ReportJsonPath { get; set; }
    public string? ReportCsvPath { get; set; }
    public string? ReportHtmlPath { get; set; }
}

/// <summary>The <c>Batches</c> table.</summary>
public sealed class BatchStore(AuditStorage storage)
{
    private TableClient Table => storage.Table(AuditStorage.BatchesTable);

    public async Task<BatchRecord?> GetAsync(string clinicId, string batchId, CancellationToken cancellationToken = default)
    {
        if (!(TableKeys.IsValidClinicId(clinicId) || clinicId == BatchAuditService.UnroutedPartition) || !TableKeys.IsValidBatchId(batchId)) return null;
        await storage.EnsureTablesAsync(cancellationToken);
        var found = await Table.GetEntityIfExistsAsync<BatchRecord>(clinicId, batchId, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    public async Task SaveAsync(BatchRecord record, CancellationToken cancellationToken = default)
    {
        await storage.EnsureTablesAsync(cancellationToken);
        await Table.UpsertEntityAsync(record, TableUpdateMode.Replace, cancellationToken);
    }
}
