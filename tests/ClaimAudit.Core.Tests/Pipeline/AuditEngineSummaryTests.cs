using System.Text.Json;
using ClaimAudit.Core;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Core.Rules;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Core.Tests.Pipeline;

/// <summary>
/// The engine's own arithmetic — merging lines, the summary of section 8 and the JSON schema — with
/// a stand-in rule, so the numbers are the engine's and not the rules'.
/// </summary>
public class AuditEngineSummaryTests
{
    private static readonly PayerProfile Payer = new()
    {
        PayerId = "testpayer",
        UnitMethod = UnitMethod.Cms,
        AssistantRate = 0.85m,
        Rates = new Dictionary<string, decimal> { ["97112"] = 40m, ["97110"] = 30m, ["97161"] = 100m },
    };

    /// <summary>Fires an error on every 97110 line (its billed value), a warning on every 97161 line, and prices under-billing.</summary>
    private sealed class StandInRule : IVisitRule
    {
        public string RuleId => "TEST_RULE";
        public void Evaluate(VisitEvaluation visit, RuleOutput output)
        {
            foreach (var line in visit.Lines)
            {
                if (line.Code == "97110") output.Add(new Finding("TEST_RULE", Severity.Error, "97110", "m", "f", line.BilledValue));
                if (line.Code == "97161") output.Add(new Finding("TEST_WARN", Severity.Warning, "97161", "m", "f", 0m));
                if (line.BilledUnits < line.ComputedUnits)
                    output.Add(new Finding(RuleIds.UnitsUnderbilled, Severity.Warning, line.Code, "m", "f", (line.ComputedUnits - line.BilledUnits!.Value) * line.UnitRate));
            }
        }
    }

    private static Visit MakeVisit(string id, string patient, params ServiceLine[] lines)
    {
        var v = new Visit { VisitId = id, PatientId = patient, PayerId = "testpayer", DateOfService = new DateOnly(2026, 3, 4), FirstRow = 2 };
        v.Lines.AddRange(lines);
        return v;
    }

    private static AuditOutcome Audit(params Visit[] visits)
    {
        var engine = new AuditEngine(new PayerProfileSet([Payer]), rules: [new StandInRule()]);
        var batch = new IngestResult { Visits = visits, RejectedRows = [new RejectedRow(9, ["missing visit_id"])] };
        return engine.Evaluate(batch, BatchHistory.Empty, "b-1", "clinic-1", new DateTimeOffset(2026, 3, 5, 12, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Summary_counts_visits_lines_findings_and_money_as_section_8_defines()
    {
        var clean = MakeVisit("V1", "P1", new ServiceLine { Code = "97112", Minutes = 20, BilledUnits = 1, OneOnOne = true });
        // 97112 24 + 97110 23 = 47 min → 3 units: 97112 ×2 ($80), 97110 ×1 ($30) (section 3 worked example).
        // Billed 97112 ×1 (under-billed by 1 × $40) and 97110 ×2 (billed value $60, the stand-in error's amount).
        var mixed = MakeVisit("V2", "P2",
            new ServiceLine { Code = "97112", Minutes = 24, BilledUnits = 1 },
            new ServiceLine { Code = "97110", Minutes = 23, BilledUnits = 2 });
        var eval = MakeVisit("V3", "P3", new ServiceLine { Code = "97161", Minutes = 45 });

        var s = Audit(clean, mixed, eval).Report.Summary;

        Assert.Equal(3, s.Visits);
        Assert.Equal(4, s.Lines);
        Assert.Equal(1, s.RejectedRows);
        Assert.Equal(1, s.CleanVisits);
        Assert.Equal(0.3333, s.CleanClaimRate);
        Assert.Equal(1, s.Findings.Error);
        Assert.Equal(2, s.Findings.Warning);
        Assert.Equal(1, s.ByRule["TEST_RULE"]);
        Assert.Equal(3, s.ByPayer["testpayer"].Visits);
        Assert.Equal(1, s.ByPayer["testpayer"].VisitsWithErrors);
        Assert.Equal(2, s.ByCode["97112"].Lines);
        Assert.Equal(0, s.ByCode["97112"].LinesWithErrors);
        Assert.Equal(1, s.ByCode["97110"].LinesWithErrors);
        // billed: V1 1×40 + V2 (1×40 + 2×30) + V3 untimed, nothing billed → computed 1×100 = 240
        Assert.Equal(240m, s.Revenue.Billed);
        // computed: V1 1×40 + V2 (2×40 + 1×30) + V3 100 = 250
        Assert.Equal(250m, s.Revenue.Computed);
        Assert.Equal(60m, s.Revenue.AtRisk);
        // under-billed: the UNITS_UNDERBILLED amounts, V2's 97112 one unit short × $40
        Assert.Equal(40m, s.Revenue.UnderBilled);
    }

    [Fact]
    public void Visit_status_is_clean_warning_or_error_and_lines_carry_units_and_value()
    {
        var report = Audit(
            MakeVisit("V1", "P1", new ServiceLine { Code = "97112", Minutes = 20, BilledUnits = 1 }),
            MakeVisit("V2", "P2", new ServiceLine { Code = "97110", Minutes = 20 }),
            MakeVisit("V3", "P3", new ServiceLine { Code = "97161", Minutes = 45 })).Report;

        var visits = report.Visits.ToList();
        Assert.Equal(["clean", "error", "warning"], visits.Select(v => v.Status));
        var line = visits[0].Lines.Single();
        Assert.Equal((20, 20, 1, 1, 40m), (line.Minutes, line.CountedMinutes, line.BilledUnits!.Value, line.ComputedUnits, line.Value));
        Assert.Equal("2026-03-04", visits[0].DateOfService);
    }

    [Fact]
    public void Same_code_lines_are_added_together_and_divided_attention_never_counts()
    {
        // Section 3: two 97110 lines of 10 min are 20 min → 1 unit; 5 divided-attention minutes of 97112's 12 never count.
        var report = Audit(MakeVisit("V1", "P1",
            new ServiceLine { Code = "97110", Minutes = 10, BilledUnits = 1 },
            new ServiceLine { Code = "97110", Minutes = 10 },
            new ServiceLine { Code = "97112", Minutes = 12, DividedAttentionMinutes = 5 })).Report;

        var lines = report.Visits.Single().Lines;
        var exercise = lines.Single(l => l.Code == "97110");
        Assert.Equal((20, 20, 1), (exercise.Minutes, exercise.CountedMinutes, exercise.ComputedUnits));
        var nmr = lines.Single(l => l.Code == "97112");
        // T = 20 + 7 = 27 → 2 units; 97110 has 1 whole unit, the leftover goes to 97112's 7 (the only remainder).
        Assert.Equal((12, 7, 1), (nmr.Minutes, nmr.CountedMinutes, nmr.ComputedUnits));
    }

    [Fact]
    public void An_assistants_line_is_valued_at_the_assistant_rate_over_ten_percent()
    {
        var report = Audit(
            MakeVisit("V1", "P1", new ServiceLine { Code = "97112", Minutes = 30, Role = ProviderRole.PTA }),
            MakeVisit("V2", "P2", new ServiceLine { Code = "97112", Minutes = 30, AssistantMinutes = 3 }),
            MakeVisit("V3", "P3", new ServiceLine { Code = "97112", Minutes = 30, AssistantMinutes = 4 })).Report;

        // 30 min = 2 units × $40 = $80; at 85 % = $68. 3 of 30 minutes is exactly 10 %: not "over 10 %".
        Assert.Equal([68m, 80m, 68m], report.Visits.Select(v => v.Lines.Single().Value));
    }

    [Fact]
    public void Json_report_uses_the_schema_v1_field_names()
    {
        var report = Audit(MakeVisit("V2", "P2", new ServiceLine { Code = "97110", Minutes = 23, BilledUnits = 2, BilledModifiers = ["GP"] })).Report;
        using var stream = new MemoryStream();
        ReportJson.Write(stream, report, schema: 1);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("b-1", root.GetProperty("batchId").GetString());
        Assert.Equal("clinic-1", root.GetProperty("clinicId").GetString());
        Assert.True(root.TryGetProperty("generatedAt", out _));
        Assert.False(root.TryGetProperty("fileError", out _));
        var summary = root.GetProperty("summary");
        foreach (var name in new[] { "visits", "lines", "rejectedRows", "cleanVisits", "cleanClaimRate", "findings", "byRule", "byPayer", "byCode", "revenue" })
            Assert.True(summary.TryGetProperty(name, out _), name);
        Assert.Equal(1, summary.GetProperty("findings").GetProperty("error").GetInt32());
        Assert.Equal(1, summary.GetProperty("byPayer").GetProperty("testpayer").GetProperty("visitsWithErrors").GetInt32());
        Assert.Equal(1, summary.GetProperty("byCode").GetProperty("97110").GetProperty("linesWithErrors").GetInt32());
        foreach (var name in new[] { "billed", "computed", "atRisk", "underBilled" })
            Assert.True(summary.GetProperty("revenue").TryGetProperty(name, out _), name);

        var visit = root.GetProperty("visits")[0];
        foreach (var name in new[] { "visitId", "patientId", "payerId", "dateOfService", "status", "lines", "findings" })
            Assert.True(visit.TryGetProperty(name, out _), name);
        var line = visit.GetProperty("lines")[0];
        foreach (var name in new[] { "code", "minutes", "countedMinutes", "billedUnits", "computedUnits", "billedModifiers", "requiredModifiers", "value" })
            Assert.True(line.TryGetProperty(name, out _), name);
        var finding = visit.GetProperty("findings")[0];
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        foreach (var name in new[] { "ruleId", "code", "message", "fix", "amount" })
            Assert.True(finding.TryGetProperty(name, out _), name);
        Assert.Equal(9, root.GetProperty("rejectedRows")[0].GetProperty("row").GetInt32());
        Assert.Equal("missing visit_id", root.GetProperty("rejectedRows")[0].GetProperty("errors")[0].GetString());
    }
}
