namespace ClaimAudit.Core.Reporting;

/// <summary>
/// One format of a report being written: it is handed the visits one at a time, in input order,
/// then the summary once every visit is known. A format that shows the summary first keeps the
/// visits' part in a <see cref="ReportSpool"/> until then.
/// </summary>
public abstract class ReportSink : IAsyncDisposable
{
    public abstract ValueTask WriteVisitAsync(VisitReport visit, CancellationToken cancellationToken);

    /// <summary>Ends the report: every visit has been written and <paramref name="summary"/> is complete.</summary>
    public abstract ValueTask FinishAsync(ReportSummary summary, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Writes a report in several formats from one enumeration of its visits.</summary>
public static class ReportWriter
{
    /// <summary>
    /// Enumerates <see cref="AuditReport.Visits"/> once — each visit is evaluated once — handing
    /// each visit to every sink, then finishes each sink with the completed summary.
    /// </summary>
    public static async Task WriteAsync(AuditReport report, IReadOnlyList<ReportSink> sinks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(sinks);
        foreach (var visit in report.Visits)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var sink in sinks) await sink.WriteVisitAsync(visit, cancellationToken);
        }
        // The enumeration has completed, so the summary is known without evaluating again.
        var summary = report.Summary;
        foreach (var sink in sinks) await sink.FinishAsync(summary, cancellationToken);
    }
}

/// <summary>
/// A temporary file for the part of a report that is written before it can be placed (the visits
/// of a format that shows the summary first), so a large batch's report never sits in memory.
/// Deleted when disposed.
/// </summary>
public sealed class ReportSpool : IAsyncDisposable
{
    private readonly FileStream _file = new(Path.Combine(Path.GetTempPath(), $"claimaudit-spool-{Guid.NewGuid():N}.tmp"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    public Stream Stream => _file;

    /// <summary>Copies everything written so far to <paramref name="output"/>.</summary>
    public async Task CopyToAsync(Stream output, CancellationToken cancellationToken)
    {
        await _file.FlushAsync(cancellationToken);
        _file.Position = 0;
        await _file.CopyToAsync(output, cancellationToken);
    }

    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
