using ClaimAudit.Core;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Tests.Pipeline;

/// <summary>
/// Issue 14, item 1: at the bounds the input may reach (a rate of 100,000.00 a unit, 99 units a
/// row, a year-to-date amount of 1,000,000), the KX sums, the summary totals and the dollars at
/// risk stay exact — decimal is nowhere near its range (Money's comment gives the arithmetic).
/// </summary>
public class ArithmeticAtBoundsTests
{
    // The profile as a clinic would load it: through the same validation as --payers and PUT /api/payers.
    private static readonly PayerProfile MaxPay = PayerProfileJson.ParseOne($$"""
        {"payerId": "maxpay", "rates": {"97110": {{Money.MaxRatePerUnit}}, "97112": {{Money.MaxRatePerUnit}}},
         "kxThresholds": {"2026": {{Money.MaxAmount}}}, "reviewThreshold": {{Money.MaxAmount}}}
        """);

    [Fact]
    public void A_patients_visits_at_the_bounds_with_a_ledger_at_the_bounds_are_summed_exactly()
    {
        const int Visits = 300, RowsPerVisit = 10;
        var visits = new List<Visit>();
        for (var v = 0; v < Visits; v++)
        {
            var visit = new Visit { VisitId = $"V{v}", PatientId = "P1", PayerId = "maxpay", DateOfService = new DateOnly(2026, 1, 1).AddDays(v), FirstRow = 2 + v * RowsPerVisit };
            // Every other visit states the payer's year-to-date amount at its bound; the rest build on the ledger.
            if (v % 2 == 0) visit.YtdTherapyAmounts = new() { [ProviderRoles.PtSlpGroup] = Money.MaxAmount };
            for (var r = 0; r < RowsPerVisit; r++)
                visit.Lines.Add(new ServiceLine { Code = "97110", Minutes = ServiceLine.MaxMinutes, BilledUnits = VisitAssembler.MaxBilledUnits, Role = ProviderRole.PT, Row = visit.FirstRow + r });
            visits.Add(visit);
        }
        // Earlier audits' entries: each the most one such visit can be worth.
        var entryMax = RowsPerVisit * VisitAssembler.MaxBilledUnits * Money.MaxRatePerUnit;
        var history = new BatchHistory
        {
            Ledger = new Dictionary<LedgerKey, IReadOnlyList<LedgerEntry>>
            {
                [new LedgerKey("P1", 2026, ProviderRoles.PtSlpGroup)] =
                    Enumerable.Range(0, 10_000).Select(i => new LedgerEntry($"OLD{i}", new DateOnly(2026, 1, 1), entryMax)).ToList(),
            },
        };
        var engine = new AuditEngine(new PayerProfileSet([MaxPay]));

        var outcome = engine.Evaluate(new IngestResult { Visits = visits, RejectedRows = [] }, history, "b", "c", DateTimeOffset.UnixEpoch);

        var billed = Visits * RowsPerVisit * VisitAssembler.MaxBilledUnits * Money.MaxRatePerUnit;
        Assert.Equal(billed, outcome.Report.Summary.Revenue.Billed);
        Assert.Equal(Visits, outcome.Report.Summary.Visits);
        // Past the KX threshold: every visit needs KX, and its findings put dollars at risk.
        Assert.All(outcome.Report.Visits, v => Assert.Contains(v.Findings, f => f.RuleId == RuleIds.ModKxMissing));
        Assert.InRange(outcome.Report.Summary.Revenue.AtRisk, 1m, billed);
    }
}
