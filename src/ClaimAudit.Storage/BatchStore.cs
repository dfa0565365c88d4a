using Azure;
using Azure.Data.Tables;
using ClaimAudit.Application;

namespace ClaimAudit.Storage;

/// <summary>
/// The <c>Batches</c> table: one row per <see cref="BatchRecord"/>, partition = clinic id (<see cref="ClinicIds">normalised</see>), row key =
/// batch id; the report set is stored as its three paths (<c>ReportJsonPath</c>, <c>ReportCsvPath</c>,
/// <c>ReportHtmlPath</c>).
/// </summary>
public sealed class BatchStore(AuditStorage storage) : IBatchStore
{
    private TableClient Table => storage.Table(AuditStorage.BatchesTable);

    public async Task<BatchRecord?> GetAsync(string clinicId, string batchId, CancellationToken cancellationToken = default)
    {
        if (PartitionOf(clinicId) is not { } partition || !TableKeys.IsValidBatchId(batchId)) return null;
        await storage.EnsureTablesAsync(cancellationToken);
        var found = await Table.GetEntityIfExistsAsync<BatchRow>(partition, batchId, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value!.ToRecord() : null;
    }

    public async Task SaveAsync(BatchRecord record, CancellationToken cancellationToken = default)
    {
        var partition = PartitionOf(record.ClinicId) ?? throw new ArgumentException($"'{record.ClinicId}' is not a valid clinic id: {ClinicIds.Rule}", nameof(record));
        await storage.EnsureTablesAsync(cancellationToken);
        var row = BatchRow.From(record);
        row.PartitionKey = partition;
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<BatchRecord>> ListAsync(string clinicId, DateTimeOffset receivedFrom, DateTimeOffset receivedBefore, int max,
        CancellationToken cancellationToken = default)
    {
        if (PartitionOf(clinicId) is not { } partition || max <= 0) return [];
        await storage.EnsureTablesAsync(cancellationToken);
        // One partition, filtered on the stored ReceivedAt: a clinic's batches in a date range are a few hundred rows at most.
        var rows = new List<BatchRecord>();
        await foreach (var row in Table.QueryAsync<BatchRow>(
            r => r.PartitionKey == partition && r.ReceivedAt >= receivedFrom && r.ReceivedAt < receivedBefore, cancellationToken: cancellationToken))
            rows.Add(row.ToRecord());
        return rows.OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.BatchId, StringComparer.Ordinal).Take(max).ToList();
    }

    // A clinic's partition is its normalised id; uploads outside any clinic's folder share the unrouted one.
    private static string? PartitionOf(string clinicId) =>
        clinicId == BatchRecord.UnroutedClinicId ? clinicId : ClinicIds.TryNormalize(clinicId, out var normalized) ? normalized : null;

    /// <summary>The row as the table holds it. Its column names are the stored schema: rename none.</summary>
    private sealed class BatchRow : ITableEntity
    {
        public string PartitionKey { get; set; } = "";
        public string RowKey { get; set; } = "";
        public DateTimeOffset? Timestamp { get; set; }
        public ETag ETag { get; set; }

        public string Status { get; set; } = BatchStatus.Received;
        public string Source { get; set; } = "";
        public string? SourceName { get; set; }
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
        public string? Error { get; set; }
        public bool Retryable { get; set; }
        public string? ReportJsonPath { get; set; }
        public string? ReportCsvPath { get; set; }
        public string? ReportHtmlPath { get; set; }
        /// <summary>The JSON report's schema; null on rows written before schema 2 existed (they are schema 1).</summary>
        public int? ReportSchema { get; set; }
        /// <summary>Dollars at risk in cents (Table Storage has no decimal); null on rows written before it was kept.</summary>
        public long? AtRiskCents { get; set; }

        public static BatchRow From(BatchRecord r) => new()
        {
            PartitionKey = r.ClinicId, RowKey = r.BatchId,
            Status = r.Status, Source = r.Source, SourceName = r.SourceName, SourceETag = r.SourceETag, SourceBytes = r.SourceBytes,
            ReceivedAt = r.ReceivedAt, CompletedAt = r.CompletedAt, DurationMs = r.DurationMs,
            Visits = r.Visits, Lines = r.Lines, RejectedRows = r.RejectedRows, CleanVisits = r.CleanVisits,
            Errors = r.Errors, Warnings = r.Warnings, Infos = r.Infos, Error = r.Error, Retryable = r.Retryable,
            ReportJsonPath = r.Reports?.Json, ReportCsvPath = r.Reports?.Csv, ReportHtmlPath = r.Reports?.Html,
            ReportSchema = r.ReportSchema, AtRiskCents = (long)decimal.Round(r.AtRisk * 100m, MidpointRounding.AwayFromZero),
        };

        public BatchRecord ToRecord() => new()
        {
            ClinicId = PartitionKey, BatchId = RowKey, ETag = ETag.ToString(),
            Status = Status, Source = Source, SourceName = SourceName, SourceETag = SourceETag, SourceBytes = SourceBytes,
            ReceivedAt = ReceivedAt, CompletedAt = CompletedAt, DurationMs = DurationMs,
            Visits = Visits, Lines = Lines, RejectedRows = RejectedRows, CleanVisits = CleanVisits,
            Errors = Errors, Warnings = Warnings, Infos = Infos, Error = Error, Retryable = Retryable,
            // The three paths are only ever written together, as one set.
            Reports = ReportJsonPath is not null && ReportCsvPath is not null && ReportHtmlPath is not null
                ? new ReportPaths(ReportJsonPath, ReportCsvPath, ReportHtmlPath) : null,
            ReportSchema = ReportSchema ?? 1, AtRisk = (AtRiskCents ?? 0) / 100m,
        };
    }
}
