using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Episodes;

namespace ClaimAudit.Core;

/// <summary>A patient's therapy dollars for one calendar year and KX group (PT+SLP together, OT apart).</summary>
public readonly record struct LedgerKey(string PatientId, int Year, string KxGroup);

/// <summary>One visit's therapy dollars in the ledger; keyed by visit id so a re-run overwrites instead of adding.</summary>
public sealed record LedgerEntry(string VisitId, DateOnly DateOfService, decimal Amount);

/// <summary>
/// What earlier batches left behind, loaded by a storage adapter before evaluation: the therapy
/// ledger and the note fingerprints (never note text). The engine itself does no I/O.
/// </summary>
public sealed class BatchHistory
{
    public static readonly BatchHistory Empty = new();

    public IReadOnlyDictionary<LedgerKey, IReadOnlyList<LedgerEntry>> Ledger { get; init; } =
        new Dictionary<LedgerKey, IReadOnlyList<LedgerEntry>>();

    /// <summary>Stored plans of care and authorisations by patient id (table <c>Episodes</c>).</summary>
    public IReadOnlyDictionary<string, PatientEpisode> Episodes { get; init; } =
        new Dictionary<string, PatientEpisode>();

    /// <summary>The stored visit ledger by patient id, all years and payers (table <c>VisitLedger</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<EpisodeVisit>> Visits { get; init; } =
        new Dictionary<string, IReadOnlyList<EpisodeVisit>>();

    /// <summary>Prior note fingerprints by patient id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<NoteFingerprint>> Fingerprints { get; init; } =
        new Dictionary<string, IReadOnlyList<NoteFingerprint>>();
}
