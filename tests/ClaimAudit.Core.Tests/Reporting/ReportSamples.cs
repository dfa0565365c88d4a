using System.Collections;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Core.Tests.Reporting;

/// <summary>
/// Hand-built reports for the writer tests. The summary is written out to agree with the visits
/// (counts by rule, payer and code), as the engine would produce it (PRODUCT.md section 8).
/// </summary>
internal static class ReportSamples
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 3, 5, 14, 2, 0, TimeSpan.Zero);

    /// <summary>
    /// Four visits: V-1001 with two errors and a warning, V-1002 clean, V-1003 a warning only,
    /// V-1004 clean; two rejected rows.
    /// </summary>
    public static AuditReport Realistic(IEnumerable<VisitReport>? visits = null) => new()
    {
        BatchId = "2026-03-04-clinic-export",
        ClinicId = "riverside-pt",
        GeneratedAt = GeneratedAt,
        Summary = new ReportSummary
        {
            Visits = 4,
            Lines = 7,
            RejectedRows = 2,
            CleanVisits = 2,
            CleanClaimRate = 0.5,
            Findings = new SeverityCounts { Error = 2, Warning = 2, Info = 0 },
            ByRule = new(StringComparer.Ordinal)
            {
                ["PTP_MODIFIER_MISSING"] = 1,
                ["UNITS_OVERBILLED"] = 1,
                ["DOC_MEASURE_MISSING"] = 1,
                ["UNITS_UNDERBILLED"] = 1,
            },
            ByPayer = new(StringComparer.Ordinal)
            {
                ["commercial-ama"] = new PayerSummary { Visits = 1, VisitsWithErrors = 1 },
                ["medicare"] = new PayerSummary { Visits = 3, VisitsWithErrors = 0 },
            },
            ByCode = new(StringComparer.Ordinal)
            {
                ["97110"] = new CodeSummary { Lines = 3, LinesWithErrors = 1 },
                ["97112"] = new CodeSummary { Lines = 3, LinesWithErrors = 1 },
                ["97140"] = new CodeSummary { Lines = 1, LinesWithErrors = 0 },
            },
            Revenue = new RevenueSummary { Billed = 1480.20m, Computed = 1398.64m, AtRisk = 1234.56m, UnderBilled = 31.35m },
        },
        Visits = visits ?? RealisticVisits(),
        RejectedRows =
        [
            new RejectedRow(7, ["missing visit_id", "minutes must be an integer 0..600"]),
            new RejectedRow(12, ["unknown payer 'acme'"]),
        ],
    };

    public static List<VisitReport> RealisticVisits() =>
    [
        Visit("V-1001", "P-77", "commercial-ama", "error",
            [Line("97112", 24, 2, 2, "GP"), Line("97110", 23, 1, 2, "GP")],
            [
                Finding("PTP_MODIFIER_MISSING", "error", "97110",
                    "97110 is billed with 97112 on the same date and carries no distinct-service modifier (59, XE, XS, XP, XU).",
                    "Add 59 (or XS/XU) to 97110 if the services were distinct; otherwise bill only 97112.", 1234.56m),
                Finding("UNITS_OVERBILLED", "error", "97110",
                    "2 units billed for 97110 but 23 documented minutes support 1.",
                    "Bill 1 unit of 97110.", 31.35m),
                Finding("DOC_MEASURE_MISSING", "warning", "97112",
                    "The note names no objective measure with a number.",
                    "Add a measure, e.g. \"Berg 41/56\" or \"tandem stance 12 s\".", 0m),
            ]),
        Visit("V-1002", "P-78", "medicare", "clean", [Line("97140", 15, 1, 1, "GP"), Line("97112", 20, 1, 1, "GP")], []),
        Visit("V-1003", "P-79", "medicare", "warning", [Line("97110", 38, 3, 2, "GP")],
            [
                Finding("UNITS_UNDERBILLED", "warning", "97110",
                    "2 units billed for 97110 but 38 documented minutes support 3.",
                    "Bill 3 units of 97110.", 31.35m),
            ]),
        Visit("V-1004", "P-80", "medicare", "clean", [Line("97112", 30, 2, 2, "GP"), Line("97110", 8, 1, 1, "GP")], []),
    ];

    public static VisitReport Visit(string id, string patient, string payer, string status, List<LineReport> lines, List<FindingReport> findings) => new()
    {
        VisitId = id, PatientId = patient, PayerId = payer, DateOfService = "2026-03-04", Status = status, Lines = lines, Findings = findings,
    };

    public static LineReport Line(string code, int minutes, int computed, int? billed, params string[] modifiers) => new()
    {
        Code = code, Rows = [2], Minutes = minutes, CountedMinutes = minutes, ComputedUnits = computed, BilledUnits = billed,
        BilledModifiers = modifiers, RequiredModifiers = modifiers, Value = computed * 31.35m,
    };

    public static FindingReport Finding(string rule, string severity, string? code, string message, string fix, decimal amount) => new()
    {
        RuleId = rule, Severity = severity, Code = code, Message = message, Fix = fix, Amount = amount,
    };

    public static AuditReport Empty(string? fileError = null) => new()
    {
        BatchId = "b-1", ClinicId = "c-1", GeneratedAt = GeneratedAt, FileError = fileError,
        Summary = new ReportSummary(), Visits = [], RejectedRows = [],
    };
}

/// <summary>
/// Stands in for the engine's lazily evaluated visits: fails the test if a writer enumerates them
/// twice, and lets a test look at the output while the writer is still pulling visits.
/// </summary>
internal sealed class SinglePassVisits(IEnumerable<VisitReport> source, Action<int>? onYield = null) : IEnumerable<VisitReport>
{
    public int Enumerations { get; private set; }

    public IEnumerator<VisitReport> GetEnumerator()
    {
        Enumerations++;
        if (Enumerations > 1) throw new InvalidOperationException("report.Visits was enumerated more than once");
        return Iterate();
    }

    private IEnumerator<VisitReport> Iterate()
    {
        var index = 0;
        foreach (var visit in source)
        {
            onYield?.Invoke(index++);
            yield return visit;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// A response body like ASP.NET Core's (AllowSynchronousIO off): synchronous writes and flushes
/// throw, so a writer that blocks on I/O fails the test.
/// </summary>
internal sealed class AsyncOnlyStream : Stream
{
    private readonly MemoryStream _inner = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _inner.Length;
    public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write");
    public override void Write(ReadOnlySpan<byte> buffer) => throw new InvalidOperationException("synchronous write");
    public override void WriteByte(byte value) => throw new InvalidOperationException("synchronous write");
    public override void Flush() => throw new InvalidOperationException("synchronous flush");

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        _inner.Write(buffer.Span);
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
