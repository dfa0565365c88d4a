namespace ClaimAudit.Cli;

/// <summary>
/// Bounds how much short-lived garbage an audit lets pile up between gen0 collections (issue 9). The
/// GC sizes gen0's budget from the CPU's last-level cache: on a host with a 260 MiB L3 it is
/// about 200 MiB, which is most of a large audit's peak memory, though nearly all of it is dead by the
/// next collection. No runtimeconfig setting caps it (GCgen0size is read from the environment only,
/// which a CLI does not control), so the audit command paces gen0 itself: whenever 32 MiB have been
/// allocated since the last gen0 collection, it asks for one. A gen0 collection of a heap whose
/// young objects are dead costs a fraction of a millisecond; CLAIMAUDIT_GC_PACE=0 turns it off.
/// </summary>
internal sealed class Gen0Pacer : IDisposable
{
    private const long Step = 32L << 20;
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(10);

    private readonly Timer _timer;
    private long _allocatedAtLastCollection;
    private int _collections = -1;
    private int _ticking;

    private Gen0Pacer() => _timer = new Timer(_ => Tick(), null, Period, Period);

    /// <summary>A pacer for the rest of the command; null where the environment turned it off.</summary>
    public static Gen0Pacer? Start() => Environment.GetEnvironmentVariable("CLAIMAUDIT_GC_PACE") == "0" ? null : new Gen0Pacer();

    private void Tick()
    {
        // Timer callbacks can overlap when one runs long; one at a time is enough.
        if (Interlocked.Exchange(ref _ticking, 1) == 1) return;
        try
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: false);
            var collections = GC.CollectionCount(0);
            if (collections != _collections) (_collections, _allocatedAtLastCollection) = (collections, allocated);
            else if (allocated - _allocatedAtLastCollection >= Step)
            {
                GC.Collect(0, GCCollectionMode.Forced, blocking: true, compacting: false);
                (_collections, _allocatedAtLastCollection) = (GC.CollectionCount(0), allocated);
            }
        }
        finally
        {
            Volatile.Write(ref _ticking, 0);
        }
    }

    public void Dispose() => _timer.Dispose();
}
