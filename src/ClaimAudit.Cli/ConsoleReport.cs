using System.Globalization;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Cli;

/// <summary>The audit as a billing manager reads it in a terminal: the headline, then each visit with findings.</summary>
internal static class ConsoleReport
{
    private static string Dollars(decimal amount) => Money.Format(amount);

    /// <summary>
    /// The console as a sink of <see cref="ReportWriter"/>, so the terminal and any report files
    /// come from one evaluation of each visit. The headline comes first but is known last: the
    /// visits' text waits in a spool file until then.
    /// </summary>
    public static ReportSink Start(TextWriter o, AuditReport report, string fileName) => new Sink(o, report, fileName);

    private sealed class Sink(TextWriter o, AuditReport report, string fileName) : ReportSink
    {
        private ReportSpool? _spool;
        private StreamWriter? _spooled;

        public override ValueTask WriteVisitAsync(VisitReport visit, CancellationToken cancellationToken)
        {
            if (visit.Findings.Count == 0) return ValueTask.CompletedTask;
            if (_spooled is null)
            {
                _spool = new ReportSpool();
                _spooled = new StreamWriter(_spool.Stream, new System.Text.UTF8Encoding(false), 16 * 1024, leaveOpen: true);
            }
            WriteVisit(_spooled, visit);
            return ValueTask.CompletedTask;
        }

        public override async ValueTask FinishAsync(ReportSummary summary, CancellationToken cancellationToken)
        {
            o.WriteLine($"ClaimAudit — {fileName}");
            if (report.FileError is not null)
            {
                o.WriteLine($"  The file could not be read: {report.FileError}");
                return;
            }
            WriteHeadline(o, summary);
            if (_spooled is not null)
            {
                await _spooled.FlushAsync(cancellationToken);
                _spool!.Stream.Position = 0;
                using var reader = new StreamReader(_spool.Stream, new System.Text.UTF8Encoding(false), false, 16 * 1024, leaveOpen: true);
                var buffer = new char[16 * 1024];
                int read;
                while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0) o.Write(buffer, 0, read);
            }
            if (report.RejectedRows.Count > 0)
            {
                o.WriteLine("Rejected rows (not audited — fix and re-run):");
                foreach (var r in report.RejectedRows)
                    o.WriteLine($"  {ReportText.WhereIs(r.Row, r.Location)}: {string.Join("; ", r.Errors)}");
                o.WriteLine();
            }
        }

        public override async ValueTask DisposeAsync()
        {
            if (_spooled is not null) await _spooled.DisposeAsync();
            if (_spool is not null) await _spool.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private static void WriteHeadline(TextWriter o, ReportSummary s)
    {
        o.WriteLine($"  {CliText.Count(s.Visits, "visit")}, {CliText.Count(s.Lines, "line")}, {CliText.Count(s.RejectedRows, "rejected row")}");
        o.WriteLine($"  Clean claims: {CliText.Number(s.CleanVisits)} of {CliText.Number(s.Visits)} ({s.CleanClaimRate.ToString("P0", CultureInfo.InvariantCulture)})");
        o.WriteLine($"  Findings: {CliText.Count(s.Findings.Error, "error")}, {CliText.Count(s.Findings.Warning, "warning")}, {CliText.Number(s.Findings.Info)} info");
        o.WriteLine($"  Revenue: billed {Dollars(s.Revenue.Billed)}, computed {Dollars(s.Revenue.Computed)}, " +
                    $"at risk {Dollars(s.Revenue.AtRisk)}, under-billed {Dollars(s.Revenue.UnderBilled)}");
        if (!s.DocumentationReviewed) o.WriteLine($"  {ReportText.DocumentationNotReviewed}");
        if (!s.UnitsCheckedAgainstTime) o.WriteLine($"  {ReportText.UnitsNotChecked}");
        o.WriteLine();
    }

    /// <summary>"97112 20 min → 1u", or for a timed line without minutes (an 837P) "97112 3u billed, units not checked against time (no minutes)".</summary>
    private static string LineText(LineReport l)
    {
        var minutes = l.Minutes is int m ? $" {m} min" : "";
        if (l.UnitsCheckedAgainstTime is false)
            return $"{l.Code}{minutes} {(l.BilledUnits is int b ? $"{b}u billed" : "no units billed")}, {ReportText.LineUnitsNotChecked}";
        return $"{l.Code}{minutes} → {(l.ComputedUnits is int u ? $"{u}u" : "units not checked")}";
    }

    private static void WriteVisit(TextWriter o, VisitReport visit)
    {
        var lines = string.Join(", ", visit.Lines.Select(LineText));
        var atRisk = visit.Findings.Sum(f => f.AtRisk);
        o.WriteLine($"{visit.VisitId}  {visit.DateOfService}  {visit.PayerId}  [{visit.Status.ToUpperInvariant()}]  {lines}{(atRisk > 0 ? $"  — {Dollars(atRisk)} at risk" : "")}");
        // A line's dollars are said once, as the headline counts them: on the error that carries them,
        // else on the first warning about the line when no error puts it (or the claim) at risk.
        var claimAtRisk = visit.Findings.Any(f => f.Code is null && f.AtRisk > 0);
        var said = new HashSet<LineReport?>();
        foreach (var f in visit.Findings)
        {
            var line = FindingFacts.LineOf(visit, f);
            var amount = "";
            if (FindingFacts.IsUnbilled(f.RuleId) && f.Amount > 0) amount = $"  (+{Dollars(f.Amount)} unbilled)";
            else if (f.AtRisk > 0) amount = $"  ({Dollars(f.AtRisk)} at risk)";
            else if (f.Severity == "warning" && f.Amount > 0 && !claimAtRisk && said.Add(line)
                     && !visit.Findings.Any(e => e.Severity == "error" && ReferenceEquals(FindingFacts.LineOf(visit, e), line)))
                amount = $"  ({Dollars(f.Amount)} could be denied)";
            // A claim file's finding says where its line is even when the finding names no row.
            var row = f.Location is { } location ? $" ({location})" : f.Row is int r ? $" (row {r})" : "";
            o.WriteLine($"  {f.Severity,-7} {f.RuleId}{(f.Code is null ? "" : " " + f.Code)}{row}{amount}");
            o.WriteLine($"          {f.Message}");
            o.WriteLine($"          fix: {f.Fix}");
        }
        o.WriteLine();
    }
}
