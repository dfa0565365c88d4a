using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Ingest;

/// <summary>
/// How a clinic's own export is read (PRODUCT.md section 13): its header names for our fields, its
/// payer names for our profiles, and which sheet of a workbook holds the visits.
/// </summary>
public sealed record IngestOptions
{
    public ColumnMap Columns { get; init; } = ColumnMap.Empty;
    public PayerMap Payers { get; init; } = PayerMap.Empty;
    /// <summary>The .xlsx sheet to read; null = the first sheet. Ignored for CSV and JSON.</summary>
    public string? Sheet { get; init; }

    public static IngestOptions Default { get; } = new();
}
