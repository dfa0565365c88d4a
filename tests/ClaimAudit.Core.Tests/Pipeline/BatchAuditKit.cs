using System.Text;
using ClaimAudit.Core;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Core.Tests.Pipeline;

/// <summary>A batch as a user sends it (CSV or JSON text) through ingest and the engine with the shipped profiles.</summary>
internal static class BatchAuditKit
{
    private static readonly AuditEngine Engine = new(PayerProfileSet.Shipped);

    public static (AuditReport Report, List<VisitReport> Visits) Audit(string text, InputFormat format = InputFormat.Auto)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var batch = Engine.Ingest(input, format);
        var report = Engine.Evaluate(batch, BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch).Report;
        return (report, report.Visits.ToList());
    }

    public static string Csv(string header, params string[] rows) => string.Join("\n", [header, .. rows]) + "\n";

    public static VisitReport Visit(this List<VisitReport> visits, string id) => visits.Single(v => v.VisitId == id);

    public static IEnumerable<FindingReport> Of(this VisitReport visit, string ruleId) => visit.Findings.Where(f => f.RuleId == ruleId);

    public static LineReport Line(this VisitReport visit, string code) => visit.Lines.Single(l => l.Code == code);
}
