using ClaimAudit.Core.Documentation;

namespace ClaimAudit.Core.Model;

/// <summary>
/// One visit as the engine keeps it between ingest and evaluation. Compact on purpose: the note
/// text is reduced to <see cref="NoteFeatures"/> as rows are read and never kept, so a large batch
/// audits in bounded memory.
/// </summary>
public sealed class Visit
{
    public required string VisitId { get; init; }
    public required string PatientId { get; init; }
    /// <summary>Lower-cased payer id, the key of a payer profile.</summary>
    public required string PayerId { get; init; }
    public required DateOnly DateOfService { get; init; }
    public List<ServiceLine> Lines { get; } = [];
    public List<string> DiagnosisCodes { get; } = [];
    public decimal? YtdTherapyAmount { get; set; }
    public NoteFeatures Note { get; set; } = NoteFeatures.Empty;
    /// <summary>The first input row of the visit; visits are reported in this order.</summary>
    public int FirstRow { get; init; }
}
