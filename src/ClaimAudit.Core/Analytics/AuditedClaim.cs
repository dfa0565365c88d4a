using System.Globalization;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Core.Analytics;

/// <summary>
/// What the analytics keep of an audited visit (PRODUCT.md section 11): enough to match the payer's
/// 835 to it line by line and to score each rule against the answer — ids, codes, units, modifiers,
/// dollars and the rules that flagged each line. No names and no note text.
/// </summary>
public sealed record AuditedClaim
{
    /// <summary>The visit id: the patient control number the claim goes out with (CLP01 comes back with it).</summary>
    public required string VisitId { get; init; }
    public required string PayerId { get; init; }
    public required DateOnly DateOfService { get; init; }
    public required string BatchId { get; init; }
    public required DateTimeOffset AuditedAt { get; init; }
    /// <summary>clean, warning or error, as in the report.</summary>
    public required string Status { get; init; }
    /// <summary>The report's billed dollars of the visit: Σ of its lines' <see cref="AuditedLine.Billed"/>.</summary>
    public decimal Billed { get; init; }
    public required IReadOnlyList<AuditedLine> Lines { get; init; }
    /// <summary>Rules whose findings name no line (a visit-level finding such as DOC_NOTE_MISSING): they flag every line of the visit.</summary>
    public IReadOnlyList<string> VisitRules { get; init; } = [];

    /// <summary>The claim as audited, from a visit of the report (a rejected visit never becomes one).</summary>
    public static AuditedClaim From(VisitReport visit, string batchId, DateTimeOffset auditedAt)
    {
        var lines = new List<AuditedLine>(visit.Lines.Count);
        var visitRules = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in visit.Lines)
        {
            var rules = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var f in visit.Findings)
                if (FlagsLine(f, line)) rules.Add(f.RuleId);
            lines.Add(new AuditedLine
            {
                Code = line.Code, Rows = line.Rows, LineControl = line.LineControl, BilledUnits = line.BilledUnits,
                BilledModifiers = line.BilledModifiers, Billed = line.BilledValue, Rules = [.. rules],
            });
        }
        foreach (var f in visit.Findings)
            if (f.Code is null && f.Row is null && f.LineControl is null) visitRules.Add(f.RuleId);
        return new AuditedClaim
        {
            VisitId = visit.VisitId, PayerId = visit.PayerId,
            DateOfService = DateOnly.ParseExact(visit.DateOfService, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            BatchId = batchId, AuditedAt = auditedAt, Status = visit.Status, Billed = lines.Sum(l => l.Billed),
            Lines = lines, VisitRules = [.. visitRules],
        };
    }

    // A finding flags a line when it names one of the line's claim lines (line control or row), or —
    // naming neither — the line's code.
    private static bool FlagsLine(FindingReport f, LineReport line)
    {
        if (f.LineControl is not null && f.LineControl == line.LineControl) return true;
        if (f.Row is { } row) return line.Rows.Contains(row);
        return f.Code is not null && f.LineControl is null && string.Equals(f.Code, line.Code, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>One line of the report (one code of the visit, possibly several claim lines: <see cref="Rows"/>).</summary>
public sealed record AuditedLine
{
    public required string Code { get; init; }
    /// <summary>The input rows; each went out as a claim line with control number {visitId}-{row} unless <see cref="LineControl"/> says otherwise.</summary>
    public IReadOnlyList<int> Rows { get; init; } = [];
    /// <summary>The control number of the line's first claim line (an 837P's REF*6R, else {visitId}-{row}).</summary>
    public string? LineControl { get; init; }
    public int? BilledUnits { get; init; }
    public IReadOnlyList<string> BilledModifiers { get; init; } = [];
    /// <summary>What the claim line asks for: its billed units (the computed ones when none were billed) at the payer profile's rate — not the report's value, which is the computed units'.</summary>
    public decimal Billed { get; init; }
    /// <summary>The ids of the rules whose findings name this line.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];
}
