namespace ClaimAudit.Core.Pipeline;

/// <summary>
/// The temporary folders a large batch's audit spills to. They are deleted when the audit ends; a
/// process killed mid-audit leaves them behind, so the first spill of a process removes any such
/// folder older than a day (an audit still running in another process is far younger).
/// </summary>
internal static class SpillFolders
{
    public const string RowsPrefix = "claimaudit-rows-";
    public const string VisitsPrefix = "claimaudit-visits-";
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(1);

    private static int s_swept;

    /// <summary>
    /// A folder the spill folders of the current async flow go under instead of the temp path, and how many were
    /// made there: a test that checks its audit leaves nothing behind looks only at its own folders, not at other
    /// tests' running beside it, and knows its audit did spill.
    /// </summary>
    internal sealed class FlowRoot(string path)
    {
        public string Path { get; } = path;
        public int Created;
    }

    internal static readonly AsyncLocal<FlowRoot?> RootForThisFlow = new();

    /// <summary>A new folder under the temp path for this prefix; sweeps stale ones on the process's first call.</summary>
    public static string Create(string prefix)
    {
        if (Interlocked.Exchange(ref s_swept, 1) == 0) SweepStale(Path.GetTempPath(), DateTime.UtcNow - StaleAfter);
        var root = RootForThisFlow.Value;
        if (root is not null) Interlocked.Increment(ref root.Created);
        var folder = Path.Combine(root?.Path ?? Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Deletes the spill folders under <paramref name="root"/> last written before <paramref name="before"/>; best effort.</summary>
    internal static int SweepStale(string root, DateTime before)
    {
        var removed = 0;
        foreach (var prefix in new[] { RowsPrefix, VisitsPrefix })
        {
            IEnumerable<string> folders;
            try
            {
                folders = Directory.EnumerateDirectories(root, prefix + "*");
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var folder in folders)
            {
                try
                {
                    if (Directory.GetLastWriteTimeUtc(folder) >= before) continue;
                    Directory.Delete(folder, recursive: true);
                    removed++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another process's, or not ours to delete: leave it.
                }
            }
        }
        return removed;
    }
}
