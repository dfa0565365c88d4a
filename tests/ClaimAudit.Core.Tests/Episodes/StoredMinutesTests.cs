using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Pipeline;
using ClaimAudit.Core.Reporting;
using static ClaimAudit.Core.Tests.Rules.NoMinutesTests;
using static ClaimAudit.Core.Tests.Rules.RuleKit;

namespace ClaimAudit.Core.Tests.Episodes;

/// <summary>
/// Issue 12 (PRODUCT.md section 12): a claim file's visits whose EMR export was audited earlier get
/// the minutes the visit ledger stored for them, so the 8-minute rule runs on the claim file.
/// </summary>
public class StoredMinutesTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static IngestResult Claims() => new() { Visits = [Visit("V-1", "P-77", "medicare", "2026-03-04", null, ClaimLine("97112", 3))], RejectedRows = [] };

    private static BatchHistory Stored(params StoredLineMinutes[] lines) => new()
    {
        Visits = new Dictionary<string, IReadOnlyList<EpisodeVisit>>
        {
            ["P-77"] = [new EpisodeVisit("V-1", D("2026-03-04"), "medicare", null, false, lines)],
        },
    };

    [Fact]
    public void Stored_minutes_of_the_same_visit_run_the_8_minute_rule_on_a_claim_file()
    {
        // CMS Pub 100-04 ch. 5 §20.2: 24 timed minutes are 2 units (23–37 min); 3 billed → 1 unit × $33.40 over.
        var report = Engine.Evaluate(Claims(), Stored(new StoredLineMinutes("97112", ProviderRole.PT, 24, 0, 0, true)),
            "claims-1", "clinic-1", DateTimeOffset.UnixEpoch).Report;
        var visit = Assert.Single(report.Visits);
        var over = Assert.Single(visit.Findings, f => f.RuleId == RuleIds.UnitsOverbilled);
        Assert.Equal(33.40m, over.Amount);
        var line = Assert.Single(visit.Lines);
        Assert.Equal((24, 2), (line.Minutes, line.ComputedUnits));
        Assert.True(report.Summary.UnitsCheckedAgainstTime);
        Assert.Null(report.Summary.TimedLinesNotChecked);
    }

    [Fact]
    public void Without_stored_minutes_the_claim_file_is_not_checked_against_time()
    {
        // The same visit in the ledger but written by a claim file (no minutes), and a visit of another patient.
        var history = new BatchHistory
        {
            Visits = new Dictionary<string, IReadOnlyList<EpisodeVisit>>
            {
                ["P-77"] = [new EpisodeVisit("V-1", D("2026-03-04"), "medicare", null, false)],
                ["P-78"] = [new EpisodeVisit("V-1", D("2026-03-04"), "medicare", null, false, [new StoredLineMinutes("97112", ProviderRole.PT, 24, 0, 0, true)])],
            },
        };
        var report = Engine.Evaluate(Claims(), history, "claims-1", "clinic-1", DateTimeOffset.UnixEpoch).Report;
        Assert.DoesNotContain(Assert.Single(report.Visits).Findings, f => f.RuleId == RuleIds.UnitsOverbilled);
        Assert.False(report.Summary.UnitsCheckedAgainstTime);
        Assert.Equal(1, report.Summary.TimedLinesNotChecked);
    }

    [Fact]
    public void A_stored_code_the_claim_does_not_bill_leaves_the_claim_line_unchecked()
    {
        var report = Engine.Evaluate(Claims(), Stored(new StoredLineMinutes("97110", ProviderRole.PT, 24, 0, 0, true)),
            "claims-1", "clinic-1", DateTimeOffset.UnixEpoch).Report;
        Assert.False(report.Summary.UnitsCheckedAgainstTime);
        Assert.Equal(1, report.Summary.TimedLinesNotChecked);
    }

    [Fact]
    public void The_visit_ledger_write_keeps_an_exports_minutes_and_none_for_a_claim_file()
    {
        var export = new IngestResult
        {
            Visits = [Visit("V-1", "P-77", "medicare", "2026-03-04", null, Line("97112", 24, billed: 3), Line("97110", 10, dividedAttention: 2, assistantMinutes: 5))],
            RejectedRows = [],
        };
        var written = Assert.Single(Engine.Evaluate(export, BatchHistory.Empty, "emr-1", "clinic-1", DateTimeOffset.UnixEpoch).VisitWrites).Visit;
        Assert.Equal([("97112", 24, 0, 0), ("97110", 10, 2, 5)], written.Lines!.Select(l => (l.Code, l.Minutes, l.DividedAttentionMinutes, l.AssistantMinutes)));

        var claimWrite = Assert.Single(Engine.Evaluate(Claims(), BatchHistory.Empty, "claims-1", "clinic-1", DateTimeOffset.UnixEpoch).VisitWrites).Visit;
        Assert.Null(claimWrite.Lines);
    }

    [Fact]
    public void The_history_spill_keeps_the_stored_minutes()
    {
        using var spill = new HistorySpill();
        StoredLineMinutes[] lines = [new("97112", ProviderRole.PTA, 24, 3, 0, null), new("97110", ProviderRole.OT, 10, 0, 4, false), new("97530", ProviderRole.SLP, 8, 0, 0, true)];
        spill.Add([], [], [("P-1", new EpisodeVisit("V-1", D("2026-03-02"), "medicare", null, false, lines)), ("P-2", new EpisodeVisit("V-2", D("2026-03-03"), "medicare", null, false))], []);
        var (_, _, visits, _) = spill.Complete();
        var read = visits.ToArray();
        Assert.Equal(lines, read[0].Item2.Lines);
        Assert.Null(read[1].Item2.Lines);
    }
}
