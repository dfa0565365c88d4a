using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Cli.Tests;

/// <summary>Issue 12 in the terminal: a claim file's findings and rejected claims say where they are, and unchecked units are said.</summary>
public class ConsoleClaimFileTests
{
    [Fact]
    public async Task Locations_replace_row_numbers_and_the_unchecked_units_are_said_once_and_on_the_line()
    {
        var visit = new VisitReport
        {
            VisitId = "V-7", PatientId = "P-7", PayerId = "medicare", DateOfService = "2026-03-04", Status = "error",
            Lines =
            [
                new LineReport
                {
                    Code = "97110", Rows = [23, 27], LineControl = "LC-1", Location = "ST 0001, segment 23", BilledUnits = 2,
                    UnitsCheckedAgainstTime = false, BilledModifiers = ["GP"], RequiredModifiers = ["GP"], Value = 59m,
                },
            ],
            Findings =
            [
                new FindingReport
                {
                    RuleId = "MOD_DISCIPLINE_MISSING", Severity = "error", Code = "97110", Row = 27, Location = "ST 0001, segment 27",
                    Message = "m", Fix = "f", Amount = 29.50m,
                },
            ],
        };
        var report = new AuditReport
        {
            BatchId = "b", ClinicId = "c", GeneratedAt = DateTimeOffset.UnixEpoch, Visits = [visit],
            RejectedRows = [new RejectedRow(40, ["payer not mapped"]) { Location = "ST 0002, segment 40" }],
            Summary = new ReportSummary { Visits = 1, Lines = 1, RejectedRows = 1, UnitsCheckedAgainstTime = false, TimedLinesNotChecked = 1 },
        };
        var o = new StringWriter();
        await using (var sink = ConsoleReport.Start(o, report, "claims.837"))
        {
            await sink.WriteVisitAsync(visit, CancellationToken.None);
            await sink.FinishAsync(report.Summary, CancellationToken.None);
        }
        var text = o.ToString();
        Assert.Contains(ReportText.UnitsNotChecked, text);
        Assert.Contains("97110 2u billed, units not checked against time (no minutes)", text);
        Assert.Contains("MOD_DISCIPLINE_MISSING 97110 (ST 0001, segment 27)", text);
        Assert.DoesNotContain("row 27", text);
        Assert.Contains("  ST 0002, segment 40: payer not mapped", text);
    }
}
