using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Reporting;
using static ClaimAudit.Core.Tests.Rules.RuleKit;

namespace ClaimAudit.Core.Tests.Rules;

/// <summary>
/// Issue 12 (PRODUCT.md section 12): an 837P carries units but no minutes. Every rule that needs no
/// minutes runs; the time-based ones do not, and the report says so once per batch and on each timed line.
/// </summary>
public class NoMinutesTests
{
    /// <summary>An 837P-like line: units and modifiers, no minutes, no one-on-one attestation.</summary>
    internal static ServiceLine ClaimLine(string code, int billed, string modifiers = "GP", ProviderRole role = ProviderRole.PT, int row = 23,
        string? location = "ST 0001, segment 23", string? lineControl = null) => new()
    {
        Code = code,
        Minutes = 0,
        MinutesUnknown = true,
        BilledUnits = billed,
        BilledModifiers = modifiers.Split(';', StringSplitOptions.RemoveEmptyEntries),
        Role = role,
        OneOnOne = null,
        Row = row,
        Location = location,
        LineControl = lineControl,
    };

    private static AuditReport Audit(params Visit[] visits) =>
        Engine.Evaluate(new IngestResult { Visits = visits, RejectedRows = [] }, BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch).Report;

    [Fact]
    public void A_timed_line_without_minutes_is_not_judged_against_time_and_says_so()
    {
        // 97112 billed 3 units, no minutes: with 0 minutes read as time it would be 3 units over-billed.
        var visit = Visit("medicare", "2026-03-04", ClaimLine("97112", 3));
        var findings = Run(visit).Findings;
        Assert.DoesNotContain(findings, f => f.RuleId is RuleIds.UnitsOverbilled or RuleIds.UnitsUnderbilled);
        // 97112 is a one-on-one code for Medicare; the claim file has no attestation to judge.
        Assert.DoesNotContain(findings, f => f.RuleId == RuleIds.OneOnOneNotAttested);

        var report = Audit(visit);
        var line = Assert.Single(Assert.Single(report.Visits).Lines);
        Assert.Null(line.ComputedUnits);
        Assert.Null(line.Minutes);
        Assert.Null(line.CountedMinutes);
        Assert.False(line.UnitsCheckedAgainstTime);
        Assert.Equal(3, line.BilledUnits);
        // The value comes from the billed units: 3 × $33.40.
        Assert.Equal(100.20m, line.Value);
        Assert.False(report.Summary.UnitsCheckedAgainstTime);
        Assert.Equal(1, report.Summary.TimedLinesNotChecked);
        Assert.Equal(100.20m, report.Summary.Revenue.Billed);
        Assert.Equal(100.20m, report.Summary.Revenue.Computed);
    }

    [Fact]
    public void With_24_minutes_joined_the_8_minute_rule_finds_the_third_unit_over_billed()
    {
        // CMS Pub 100-04 ch. 5 §20.2: 24 timed minutes are 2 units (23–37 min); 3 billed → 1 unit × $33.40 over.
        var claims = new IngestResult { Visits = [Visit("V-1", "P-77", "medicare", "2026-03-04", null, ClaimLine("97112", 3))], RejectedRows = [] };
        var export = new IngestResult { Visits = [Visit("V-1", "P-77", "medicare", "2026-03-04", null, Line("97112", 24, billed: 3))], RejectedRows = [] };
        var joined = MinutesJoin.Apply(claims, export);
        Assert.Equal((1, 1, 1), (joined.ClaimLines, joined.LinesJoined, joined.VisitsJoined));

        var report = Engine.Evaluate(joined.Batch, BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch).Report;
        var visit = Assert.Single(report.Visits);
        var over = Assert.Single(visit.Findings, f => f.RuleId == RuleIds.UnitsOverbilled);
        Assert.Equal(33.40m, over.Amount);
        Assert.Equal("bill 2 units, not 3: 24 min of 97112 is 2 units under the 8-minute rule", over.Fix);
        var line = Assert.Single(visit.Lines);
        Assert.Equal((24, 2), (line.Minutes, line.ComputedUnits));
        Assert.Null(line.UnitsCheckedAgainstTime);
        Assert.True(report.Summary.UnitsCheckedAgainstTime);
        Assert.Null(report.Summary.TimedLinesNotChecked);
        // The claim's own facts stay: its location and line control, its units.
        Assert.Equal("V-1-23", line.LineControl);
    }

    [Fact]
    public void Rules_that_need_no_minutes_still_run_on_a_claim_line()
    {
        // No GP on a PT line: MOD_DISCIPLINE_MISSING. 97161 (untimed) billed 2: the second unit is $99.50 over.
        var findings = Run(Visit("medicare", "2026-03-04", ClaimLine("97112", 2, modifiers: ""), ClaimLine("97161", 2, row: 30, location: "ST 0001, segment 30"))).Findings;
        Assert.Contains(findings, f => f.RuleId == RuleIds.ModDisciplineMissing && f.Code == "97112");
        var untimed = Assert.Single(findings, f => f.RuleId == RuleIds.UnitsUntimedOverOne);
        Assert.Equal(99.50m, untimed.Amount);

        // A PTA's line without CQ: MOD_ASSISTANT_MISSING, and the line is worth the assistant rate: 2 × $29.50 × 85 % = $50.15.
        var (evaluation, pta) = Run(Visit("medicare", "2026-03-04", ClaimLine("97110", 2, role: ProviderRole.PTA)));
        Assert.Contains(pta, f => f.RuleId == RuleIds.ModAssistantMissing);
        Assert.Equal(50.15m, evaluation.Evaluation.Lines[0].Value);

        // Medicare's daily limit of 4 units of 97112 is judged on the billed units.
        Assert.Contains(Run(Visit("medicare", "2026-03-04", ClaimLine("97112", 5))).Findings, f => f.RuleId == RuleIds.UnitsOverDailyLimit);
    }

    [Fact]
    public void Under_the_8_minute_rule_one_line_without_minutes_leaves_the_disciplines_other_timed_lines_unchecked_too()
    {
        // 97112 24 min billed 3 would be over-billed alone; but the day's total counts 97110's unknown minutes too.
        var mixed = Visit("medicare", "2026-03-04", Line("97112", 24, billed: 3), ClaimLine("97110", 1, row: 40));
        var report = Audit(mixed);
        Assert.DoesNotContain(Assert.Single(report.Visits).Findings, f => f.RuleId is RuleIds.UnitsOverbilled or RuleIds.UnitsUnderbilled);
        Assert.All(Assert.Single(report.Visits).Lines, l => Assert.False(l.UnitsCheckedAgainstTime));
        Assert.Equal(2, report.Summary.TimedLinesNotChecked);
        // The line with minutes still shows them.
        Assert.Equal(24, Assert.Single(report.Visits).Lines.Single(l => l.Code == "97112").Minutes);

        // A per-code method judges each line alone: 97112 24 min is 2 units under AMA (one full 15, and 9 ≥ 8 for the next), so 3 billed is over.
        var ama = Audit(Visit("commercial-ama", "2026-03-04", Line("97112", 24, billed: 3), ClaimLine("97110", 1, row: 40)));
        Assert.Contains(Assert.Single(ama.Visits).Findings, f => f.RuleId == RuleIds.UnitsOverbilled && f.Code == "97112");
        Assert.Equal(1, ama.Summary.TimedLinesNotChecked);
    }

    [Fact]
    public void Untimed_lines_without_minutes_are_not_flagged_as_unchecked()
    {
        var report = Audit(Visit("medicare", "2026-03-04", ClaimLine("97161", 1)));
        var line = Assert.Single(Assert.Single(report.Visits).Lines);
        Assert.Equal(1, line.ComputedUnits);
        Assert.Null(line.UnitsCheckedAgainstTime);
        Assert.True(report.Summary.UnitsCheckedAgainstTime);
    }
}
