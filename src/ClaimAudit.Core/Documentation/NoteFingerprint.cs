namespace ClaimAudit.Core.Documentation;

/// <summary>A note's similarity signature (MinHash), stored across batches instead of the text.</summary>
public sealed record NoteFingerprint(string VisitId, DateOnly DateOfService, uint[] Signature);

/// <summary>A note found to be a near-copy of another note of the same patient.</summary>
public sealed record CloneMatch(string OtherVisitId, DateOnly OtherDate, double Similarity);
