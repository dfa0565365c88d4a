using System.Text;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;

namespace ClaimAudit.Core.Tests.Pipeline;

/// <summary>
/// Issue 14, item 2: thousands of visits of one patient on one date must not cost each visit a walk
/// over all the others. Work is counted, not timed: the same-day look-ups and note comparisons of the
/// whole batch may at most about double when the patient's visits double.
/// </summary>
public class OnePatientDayTests
{
    private static (WorkCount Work, List<VisitReport> Visits) Audit(int visits)
    {
        var work = new WorkCount();
        var engine = new AuditEngine(PayerProfileSet.Shipped, rules: null) { Work = work };
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(OnePatientDay.Csv(visits)));
        var batch = engine.Ingest(input, InputFormat.Csv);
        var outcome = engine.Evaluate(batch, BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch);
        return (work, outcome.Report.Visits.ToList());
    }

    [Fact]
    public void Doubling_one_patients_same_day_visits_at_most_about_doubles_the_same_day_and_clone_work()
    {
        var (small, _) = Audit(1_000);
        var (large, _) = Audit(2_000);

        Assert.InRange(small.SameDayEntries, 1, long.MaxValue);
        Assert.InRange(small.CloneComparisons, 1, long.MaxValue);
        Assert.True(large.SameDayEntries <= 2.2 * small.SameDayEntries,
            $"same-day entries read: {small.SameDayEntries} for 1,000 visits, {large.SameDayEntries} for 2,000");
        Assert.True(large.CloneComparisons <= 2.2 * small.CloneComparisons,
            $"note comparisons: {small.CloneComparisons} for 1,000 visits, {large.CloneComparisons} for 2,000");
    }

    [Fact]
    public void Every_column_2_visit_of_the_day_gets_its_PTP_finding_and_every_later_copy_its_clone_finding()
    {
        var (_, visits) = Audit(400);

        Assert.Equal(400, visits.Count);
        foreach (var visit in visits)
        {
            var ptp = visit.Findings.Where(f => f.RuleId == RuleIds.PtpModifierMissing).ToList();
            if (visit.Lines[0].Code == "97110")
                Assert.Contains("97110 is billed with 97150 for the patient on the same date", Assert.Single(ptp).Message);
            else Assert.Empty(ptp);
            var clone = visit.Findings.Where(f => f.RuleId == RuleIds.DocClonedNote).ToList();
            if (visit.VisitId == "V-1") Assert.Empty(clone);
            else Assert.Single(clone);
        }
    }
}

/// <summary>Issue 14, item 2: the engine observes a cancellation token (the caller's time budget) while it audits.</summary>
public class EngineCancellationTests
{
    private static (AuditEngine Engine, IngestResult Batch) Ingested(string csv)
    {
        var engine = new AuditEngine(PayerProfileSet.Shipped);
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return (engine, engine.Ingest(input, InputFormat.Csv));
    }

    [Fact]
    public void A_cancelled_token_stops_the_audit_before_any_visit_is_evaluated()
    {
        var (engine, batch) = Ingested(OnePatientDay.Csv(10));
        Assert.Throws<OperationCanceledException>(() =>
            engine.Evaluate(batch, BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void A_token_cancelled_while_the_report_is_read_stops_it_within_a_few_dozen_visits()
    {
        var (engine, batch) = Ingested(OnePatientDay.Csv(1_000));
        using var budget = new CancellationTokenSource();
        var outcome = engine.Evaluate(batch, BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch, budget.Token);
        var read = 0;
        Assert.Throws<OperationCanceledException>(() =>
        {
            foreach (var _ in outcome.Report.Visits)
                if (++read == 100) budget.Cancel();
        });
        Assert.InRange(read, 100, 100 + AuditEngine.CancellationCheckEvery);
    }
}
