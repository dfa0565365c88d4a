using System.Text;
using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Application;

/// <summary>
/// Keeps the audited claims of a report while it is written: a <see cref="ReportSink"/> handed each
/// visit of the one enumeration that writes the report (so no visit is evaluated twice), which writes
/// the visit's <see cref="AuditedClaim"/> as one JSON line to a temporary file (deleted when disposed).
/// <see cref="ReadAll"/> then streams them back one at a time: memory stays bounded however large the batch.
/// </summary>
public sealed class AuditedClaimSpool(string batchId, DateTimeOffset auditedAt) : ReportSink
{
    private readonly FileStream _file = new(Path.Combine(Path.GetTempPath(), $"claimaudit-claims-{Guid.NewGuid():N}.jsonl"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
    private StreamWriter? _writer;

    /// <summary>Visits written so far.</summary>
    public int Count { get; private set; }

    public override async ValueTask WriteVisitAsync(VisitReport visit, CancellationToken cancellationToken)
    {
        _writer ??= new StreamWriter(_file, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await _writer.WriteLineAsync(StoreJson.Serialize(AuditedClaim.From(visit, batchId, auditedAt)).AsMemory(), cancellationToken);
        Count++;
    }

    public override ValueTask FinishAsync(ReportSummary summary, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>The claims written, in report order, read back lazily (once the report is written).</summary>
    public IEnumerable<AuditedClaim> ReadAll()
    {
        _writer?.Flush();
        _file.Flush();
        _file.Position = 0;
        using var reader = new StreamReader(_file, Encoding.UTF8, false, 64 * 1024, leaveOpen: true);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) yield return StoreJson.ReadClaim(line);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_writer is not null) await _writer.DisposeAsync();
        await _file.DisposeAsync();
        await base.DisposeAsync();
    }
}
