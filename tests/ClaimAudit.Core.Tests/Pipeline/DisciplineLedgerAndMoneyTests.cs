using ClaimAudit.Core;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Tests.Pipeline;

/// <summary>Engine behaviour across disciplines, the stored ledger and cents, with the shipped profiles.</summary>
public class DisciplineLedgerAndMoneyTests
{
    private static readonly AuditEngine Engine = new(PayerProfileSet.Shipped);

    private static Visit Medicare(string id, DateOnly date, params ServiceLine[] lines)
    {
        var v = new Visit { VisitId = id, PatientId = "P-1", PayerId = "medicare", DateOfService = date, FirstRow = 2 };
        v.DiagnosisCodes.Add("M17.11");
        v.Lines.AddRange(lines);
        return v;
    }

    private static AuditOutcome Audit(BatchHistory history, params Visit[] visits) =>
        Engine.Evaluate(new IngestResult { Visits = visits, RejectedRows = [] }, history, "b", "c", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Pt_and_ot_lines_of_one_code_stay_apart_and_each_discipline_gets_its_own_8_minute_rule()
    {
        // A PT and an OT each do 10 min of 97530 on the same day. Pooled, 20 min would be 1 unit;
        // billed apart (GP and GO claims), each discipline's 10 min is 1 unit under the 8-minute rule.
        var visit = Medicare("V1", new DateOnly(2026, 3, 4),
            new ServiceLine { Code = "97530", Minutes = 10, OneOnOne = true, Role = ProviderRole.PT, BilledUnits = 1, BilledModifiers = ["GP"], Row = 2 },
            new ServiceLine { Code = "97530", Minutes = 10, OneOnOne = true, Role = ProviderRole.OT, BilledUnits = 1, BilledModifiers = ["GO"], Row = 3 });

        var report = Audit(BatchHistory.Empty, visit).Report.Visits.Single();

        Assert.Equal([1, 1], report.Lines.Select(l => l.ComputedUnits));
        Assert.Equal([["GP"], ["GO"]], report.Lines.Select(l => l.BilledModifiers));
        Assert.DoesNotContain(report.Findings, f => f.RuleId is RuleIds.ModDisciplineWrong or RuleIds.ModDisciplineMissing or RuleIds.UnitsOverbilled);
    }

    [Fact]
    public void An_assistants_line_is_worth_whole_cents()
    {
        // 97110 15 min by a PTA = 1 unit at 85 % of the profile's 97110 rate; the report shows cents, never half cents.
        var visit = Medicare("V1", new DateOnly(2026, 3, 4),
            new ServiceLine { Code = "97110", Minutes = 15, Role = ProviderRole.PTA, BilledUnits = 1, BilledModifiers = ["GP", "CQ"], Row = 2 });
        var rate = PayerProfileSet.Shipped.Find("medicare")!.RateOf("97110");

        var outcome = Audit(BatchHistory.Empty, visit);
        var line = outcome.Report.Visits.Single().Lines.Single();

        Assert.Equal(decimal.Round(rate * 0.85m, 2, MidpointRounding.AwayFromZero), line.Value);
        Assert.Equal(line.Value, decimal.Round(line.Value, 2));
        Assert.Equal(outcome.Report.Summary.Revenue.Billed, decimal.Round(outcome.Report.Summary.Revenue.Billed, 2));
    }

    [Fact]
    public void Under_billed_revenue_is_what_the_under_billing_findings_say()
    {
        // An evaluation (untimed) billed with 0 units has no UNITS_UNDERBILLED finding, so it adds nothing;
        // 97110 33 min billed 1 unit (cms: 2) is $1 unit of under-billing.
        var visit = Medicare("V1", new DateOnly(2026, 3, 4),
            new ServiceLine { Code = "97161", Minutes = 30, BilledUnits = 0, BilledModifiers = ["GP"], Row = 2 },
            new ServiceLine { Code = "97110", Minutes = 33, BilledUnits = 1, BilledModifiers = ["GP"], Row = 3 });

        var report = Audit(BatchHistory.Empty, visit).Report;
        var findings = report.Visits.Single().Findings.Where(f => f.RuleId == RuleIds.UnitsUnderbilled).ToList();

        Assert.Single(findings);
        Assert.Equal(PayerProfileSet.Shipped.Find("medicare")!.RateOf("97110"), report.Summary.Revenue.UnderBilled);
    }

    [Fact]
    public void Stored_ledger_visits_on_the_same_date_count_toward_kx()
    {
        // A morning visit sent in an earlier batch ($2,470) + this afternoon's 97110 ×2 passes $2,480 (2026).
        var date = new DateOnly(2026, 6, 1);
        var history = new BatchHistory
        {
            Ledger = new Dictionary<LedgerKey, IReadOnlyList<LedgerEntry>>
            {
                [new LedgerKey("P-1", 2026, "PTSLP")] = [new LedgerEntry("MORNING", date, 2470m)],
            },
        };
        var visit = Medicare("AFTERNOON", date, new ServiceLine { Code = "97110", Minutes = 30, BilledUnits = 2, BilledModifiers = ["GP"], Row = 2 });

        var findings = Audit(history, visit).Report.Visits.Single().Findings;

        Assert.Contains(findings, f => f.RuleId == RuleIds.ModKxMissing);
    }

    [Fact]
    public void After_a_payer_reported_amount_later_stored_visits_still_count()
    {
        // Visit A reports $2,000 before it (ytd column); a stored visit between A and B adds $450;
        // B's 97110 ×2 then passes $2,480 — the stored visit must not be ignored because A had an anchor.
        var a = Medicare("A", new DateOnly(2026, 6, 1), new ServiceLine { Code = "97110", Minutes = 8, BilledUnits = 1, BilledModifiers = ["GP"], Row = 2 });
        a.YtdTherapyAmounts = new() { ["PTSLP"] = 2000m };
        var b = Medicare("B", new DateOnly(2026, 6, 10), new ServiceLine { Code = "97110", Minutes = 30, BilledUnits = 2, BilledModifiers = ["GP"], Row = 3 });
        var history = new BatchHistory
        {
            Ledger = new Dictionary<LedgerKey, IReadOnlyList<LedgerEntry>>
            {
                [new LedgerKey("P-1", 2026, "PTSLP")] = [new LedgerEntry("BETWEEN", new DateOnly(2026, 6, 5), 450m)],
            },
        };

        var visits = Audit(history, a, b).Report.Visits.ToList();

        Assert.DoesNotContain(visits[0].Findings, f => f.RuleId == RuleIds.ModKxMissing);
        Assert.Contains(visits[1].Findings, f => f.RuleId == RuleIds.ModKxMissing);
    }
}
