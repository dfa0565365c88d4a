using System.Globalization;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Cli;

/// <summary>The audit as a billing manager reads it in a terminal: the headline, then each visit with findings.</summary>
internal static class ConsoleReport
{
    private static string Dollars(decimal amount) => Money.Format(amount);

    public static void Write(TextWriter o, AuditReport report, string fileName)
    {
        var s = report.Summary;
        o.WriteLine($"ClaimAudit — {fileName}");
        if (report.FileError is not null)
        {
            o.WriteLine($"  The file could not be read: {report.FileError}");
            return;
        }
        o.WriteLine($"  {s.Visits} visits, {s.Lines} lines, {s.RejectedRows} rejected rows");
        o.WriteLine($"  Clean claims: {s.CleanVisits} of {s.Visits} ({s.CleanClaimRate.ToString("P0", CultureInfo.InvariantCulture)})");
        o.WriteLine($"  Findings: {s.Findings.Error} errors, {s.Findings.Warning} warnings, {s.Findings.Info} info");
        o.WriteLine($"  Revenue: billed {Dollars(s.Revenue.Billed)}, computed {Dollars(s.Revenue.Computed)}, " +
                    $"at risk {Dollars(s.Revenue.AtRisk)}, under-billed {Dollars(s.Revenue.UnderBilled)}");
        if (!s.DocumentationReviewed) o.WriteLine($"  {ReportText.DocumentationNotReviewed}");
        o.WriteLine();

        foreach (var visit in report.Visits)
        {
            if (visit.Findings.Count == 0) continue;
            var lines = string.Join(", ", visit.Lines.Select(l => $"{l.Code} {l.Minutes} min → {(l.ComputedUnits is int u ? $"{u}u" : "units not checked")}"));
            o.WriteLine($"{visit.VisitId}  {visit.DateOfService}  {visit.PayerId}  [{visit.Status.ToUpperInvariant()}]  {lines}");
            foreach (var f in visit.Findings)
            {
                var amount = f.Amount != 0 ? $"  ({Dollars(f.Amount)})" : "";
                var row = f.Row is int r ? $" (row {r})" : "";
                o.WriteLine($"  {f.Severity,-7} {f.RuleId}{(f.Code is null ? "" : " " + f.Code)}{row}{amount}");
                o.WriteLine($"          {f.Message}");
                o.WriteLine($"          fix: {f.Fix}");
            }
            o.WriteLine();
        }

        if (report.RejectedRows.Count > 0)
        {
            o.WriteLine("Rejected rows (not audited — fix and re-run):");
            foreach (var r in report.RejectedRows)
                o.WriteLine($"  row {r.Row}: {string.Join("; ", r.Errors)}");
            o.WriteLine();
        }
    }
}
