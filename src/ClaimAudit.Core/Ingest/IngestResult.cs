using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Core.Ingest;

/// <summary>The batch formats; <see cref="X12"/> is an X12 837P claim file (PRODUCT.md section 12).</summary>
public enum InputFormat { Auto, Csv, Json, Xlsx, X12 }

/// <summary>Limits that protect the audit from a file it should refuse.</summary>
public sealed record IngestLimits
{
    /// <summary>Default 256 MiB; a larger file is a file-level error. The CLI and the blob trigger set none (<see cref="long.MaxValue"/>): large batches are partitioned.</summary>
    public long MaxBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// A CSV or .xlsx batch larger than this (in bytes of input) is audited in partitions by
    /// patient, spilled to temporary files, so memory stays bounded whatever the file size.
    /// </summary>
    public long PartitionAboveBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>About how many bytes of input go into one partition: what is held in memory at once.</summary>
    /// <remarks>
    /// Two partitions are audited at once, and a partition's visits, notes and findings take about five times its input while it
    /// is audited: at 8 MiB a partition the 1M-line bench batch peaked at 274–307 MiB, at 4 MiB at 225–226 MiB, as fast (issue 9;
    /// alternating runs on one host). Smaller partitions save little more (3 MiB: 200–203 MiB) and mean more files open at once.
    /// </remarks>
    public long BytesPerPartition { get; init; } = 4L * 1024 * 1024;

    /// <summary>No size limit: for the CLI and the blob trigger, which partition what they cannot hold.</summary>
    public static IngestLimits Unlimited { get; } = new() { MaxBytes = long.MaxValue };
    public static IngestLimits Default { get; } = new();
}

/// <summary>
/// A batch as read: every input row is in exactly one place — a line of a visit in
/// <see cref="Visits"/>, or an entry of <see cref="RejectedRows"/>. When the file cannot be read at
/// all, <see cref="FileError"/> says why and there are no visits.
/// </summary>
public sealed class IngestResult
{
    public string? FileError { get; init; }
    /// <summary>Batch id given by the input (JSON <c>batchId</c>), if any.</summary>
    public string? BatchId { get; init; }
    /// <summary>
    /// True when the input carries notes (a CSV note column; a JSON visit with a note field). Without
    /// them the batch's documentation is not reviewed, rather than every visit being undocumented.
    /// </summary>
    public bool NoteColumn { get; init; }
    /// <summary>Visits in the order of their first row.</summary>
    public required IReadOnlyList<Visit> Visits { get; init; }
    /// <summary>Rejected rows ordered by row number.</summary>
    public required IReadOnlyList<RejectedRow> RejectedRows { get; init; }

    /// <summary>
    /// Set when the batch was too large to hold: its rows wait in partitions by patient, and
    /// <see cref="AuditEngine.EvaluateAsync"/> reads and audits them one partition at a time
    /// (<see cref="Visits"/> and <see cref="RejectedRows"/> are then empty until it does).
    /// </summary>
    internal Pipeline.RowSpill? Spilled { get; init; }

    /// <summary>Whether the rows wait in partitions on disk (a large batch) rather than in <see cref="Visits"/>.</summary>
    public bool IsPartitioned => Spilled is not null;

    public static IngestResult Failed(string error) => new() { FileError = error, Visits = [], RejectedRows = [] };
}
