namespace ClaimAudit.Core.Model;

/// <summary>
/// Visits as keys of the engine's per-batch look-ups: the same object is the same visit, hashed by
/// its first input row. Not by identity hash: the runtime makes an object's identity hash the first
/// time it is asked for, a slow call once per visit that was 1–3 % of a large audit's CPU. A batch's
/// visits have distinct first rows; visits built by hand (all row 0) only collide, never mix.
/// </summary>
internal sealed class VisitIdentity : IEqualityComparer<Visit>, IEqualityComparer<(Visit Visit, string Key)>
{
    public static readonly VisitIdentity Instance = new();

    public bool Equals(Visit? x, Visit? y) => ReferenceEquals(x, y);

    public int GetHashCode(Visit visit) => visit.FirstRow;

    public bool Equals((Visit Visit, string Key) x, (Visit Visit, string Key) y) =>
        ReferenceEquals(x.Visit, y.Visit) && string.Equals(x.Key, y.Key, StringComparison.Ordinal);

    public int GetHashCode((Visit Visit, string Key) key) => HashCode.Combine(key.Visit.FirstRow, StringComparer.Ordinal.GetHashCode(key.Key));
}
