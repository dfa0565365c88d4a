using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Core.Ingest;

public enum InputFormat { Auto, Csv, Json, Xlsx }

/// <summary>Limits that protect the audit from a file it should refuse.</summary>
public sealed record IngestLimits
{
    /// <summary>Default 256 MiB; a larger file is a file-level error.</summary>
    public long MaxBytes { get; init; } = 256L * 1024 * 1024;
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

    public static IngestResult Failed(string error) => new() { FileError = error, Visits = [], RejectedRows = [] };
}
