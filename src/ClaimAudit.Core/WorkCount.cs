namespace ClaimAudit.Core;

/// <summary>
/// Counts the engine's per-visit look-ups of other visits, so tests can prove that same-day and
/// clone work per visit does not grow with the number of a patient's visits, without timing anything.
/// Set on an engine by tests only (null in production: nothing is counted).
/// </summary>
internal sealed class WorkCount
{
    private long _sameDay;
    private long _clone;
    private long _episode;

    /// <summary>Same-day entries (another visit's line, or a code of the day's summary) a rule read.</summary>
    public long SameDayEntries => Interlocked.Read(ref _sameDay);

    /// <summary>Note signatures compared with another note's.</summary>
    public long CloneComparisons => Interlocked.Read(ref _clone);

    /// <summary>Episode counting steps: ledger entries sorted and walked, binary-search probes, authorisations scanned.</summary>
    public long EpisodeSteps => Interlocked.Read(ref _episode);

    public void Episode(long steps) => Interlocked.Add(ref _episode, steps);

    public void SameDay(long entries) => Interlocked.Add(ref _sameDay, entries);

    public void Clone() => Interlocked.Increment(ref _clone);
}
