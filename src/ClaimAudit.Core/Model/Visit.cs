using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Episodes;

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
    /// <summary>
    /// The payer-reported therapy dollars of the year before this visit, by KX group
    /// (<see cref="ProviderRoles.KxGroup"/>: "PTSLP" or "OT"); null when the input gave none.
    /// </summary>
    public Dictionary<string, decimal>? YtdTherapyAmounts { get; set; }
    public decimal? YtdFor(string kxGroup) => YtdTherapyAmounts is { } amounts && amounts.TryGetValue(kxGroup, out var amount) ? amount : null;
    public NoteFeatures Note { get; set; } = NoteFeatures.Empty;
    /// <summary>The visit's episode columns (section 10); null when it gave none.</summary>
    public VisitEpisode? Episode { get; set; }
    /// <summary>The visit's authorisation columns (section 10); null when it gave none.</summary>
    public VisitAuthorization? Authorization { get; set; }
    /// <summary>
    /// True when the batch reviews notes but this visit's could not be known: its claim came from a
    /// claim file and the EMR export joined for minutes and notes had no such visit. A missing note is
    /// then not a finding.
    /// </summary>
    public bool NoteUnknown { get; init; }
    /// <summary>The first input row of the visit; visits are reported in this order.</summary>
    public int FirstRow { get; init; }
}
