using System.Text;
using System.Text.Json;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Tests.Reporting;

/// <summary>
/// Issue 9, item 1 and 4: each visit is evaluated once for the summary and every format, and the
/// JSON report's schema 2 is compact with the rule wording given once.
/// </summary>
public class OnePassReportTests
{
    private static readonly string SampleCsv = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "visits.csv"));

    /// <summary>Counts how often the rules ran on each visit, and adds nothing.</summary>
    private sealed class CountingRule : IVisitRule
    {
        public Dictionary<string, int> Runs { get; } = new(StringComparer.Ordinal);
        public string RuleId => "TEST_COUNT";
        public void Evaluate(VisitEvaluation visit, RuleOutput output) =>
            Runs[visit.Visit.VisitId] = Runs.GetValueOrDefault(visit.Visit.VisitId) + 1;
    }

    private static (AuditEngine Engine, CountingRule Counter) CountingEngine()
    {
        var counter = new CountingRule();
        return (new AuditEngine(PayerProfileSet.Shipped, [.. ClaimRules.All, .. DocumentationRules.All, counter]), counter);
    }

    private static AuditReport Audit(AuditEngine engine)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(SampleCsv));
        return engine.Evaluate(engine.Ingest(input, InputFormat.Csv), BatchHistory.Empty, "visits", "clinic-1", DateTimeOffset.UnixEpoch).Report;
    }

    [Fact]
    public async Task Writing_every_format_runs_the_rules_once_per_visit_and_gives_the_same_summary_as_a_separate_pass()
    {
        var (engine, counter) = CountingEngine();
        var report = Audit(engine);
        var outputs = ReportFormat.All.Select(_ => new MemoryStream()).ToList();
        var sinks = ReportFormat.All.Select((f, i) => f.Start(outputs[i], report)).ToList();

        await ReportWriter.WriteAsync(report, sinks);
        foreach (var sink in sinks) await sink.DisposeAsync();

        Assert.NotEmpty(counter.Runs);
        Assert.All(counter.Runs, run => Assert.Equal(1, run.Value));
        // The summary added up during the one pass equals the one a report asked for its summary first adds up.
        var (other, _) = CountingEngine();
        var summaryFirst = Audit(other).Summary;
        Assert.Equal(Serialize(summaryFirst), Serialize(report.Summary));
        Assert.True(report.Summary.Visits == counter.Runs.Count, "the summary counts every visit");
        Assert.All(outputs, o => Assert.True(o.Length > 0));
    }

    [Fact]
    public async Task Schema_2_is_compact_gives_each_rules_wording_once_and_puts_the_summary_last()
    {
        var (engine, _) = CountingEngine();
        using var stream = new MemoryStream();
        await ReportFormat.Json.Write(stream, Audit(engine));
        var text = Encoding.UTF8.GetString(stream.ToArray());

        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;
        var names = root.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["schemaVersion", "batchId", "clinicId", "generatedAt", "rules", "payers", "visits", "rejectedRows", "summary"], names);
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());

        var rules = root.GetProperty("rules");
        foreach (var descriptor in RuleCatalog.All)
        {
            var rule = rules.GetProperty(descriptor.Id);
            Assert.Equal(descriptor.Severity.ToText(), rule.GetProperty("severity").GetString());
            Assert.Equal(descriptor.Title, rule.GetProperty("title").GetString());
            Assert.Contains(rule.GetProperty("fixedBy").GetString(), new[] { "billing", "clinician" });
        }
        // The payers catalog: each profile's name, unit method and distinct-service modifiers, once.
        var medicare = root.GetProperty("payers").GetProperty("medicare");
        Assert.Equal("Medicare Part B", medicare.GetProperty("payer").GetString());
        Assert.Equal("the 8-minute rule", medicare.GetProperty("method").GetString());
        Assert.Equal("59, XE, XS, XP, XU", medicare.GetProperty("distinctModifiers").GetString());
        var findings = root.GetProperty("visits").EnumerateArray().SelectMany(v => v.GetProperty("findings").EnumerateArray()).ToList();
        Assert.NotEmpty(findings);
        // ... so no finding repeats them.
        Assert.DoesNotContain(findings, f => f.TryGetProperty("args", out var args) && (args.TryGetProperty("payer", out _) || args.TryGetProperty("method", out _)));
        foreach (var finding in findings)
        {
            Assert.True(rules.TryGetProperty(finding.GetProperty("rule").GetString()!, out _), "every finding's rule is in the catalog");
            Assert.False(finding.TryGetProperty("ruleId", out _));
        }
        var summary = root.GetProperty("summary");
        Assert.Equal(root.GetProperty("visits").GetArrayLength(), summary.GetProperty("visits").GetInt32());
        // A rejected row names its visit when the row said which (section 8, schema 2).
        Assert.Contains(root.GetProperty("rejectedRows").EnumerateArray(), r => r.TryGetProperty("visitId", out var id) && id.GetString()!.StartsWith("V-", StringComparison.Ordinal));
        Assert.True(summary.TryGetProperty("documentationReviewed", out _));
    }

    [Fact]
    public async Task Schema_1_is_still_written_on_request_with_every_findings_text_and_the_summary_first()
    {
        var (engine, _) = CountingEngine();
        var report = Audit(engine);
        using var stream = new MemoryStream();
        await ReportFormat.JsonSchema1.Write(stream, report);

        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(["schemaVersion", "batchId", "clinicId", "generatedAt", "summary", "visits", "rejectedRows"], root.EnumerateObject().Select(p => p.Name).ToList());
        Assert.All(root.GetProperty("rejectedRows").EnumerateArray(), r => Assert.Equal(["row", "errors"], r.EnumerateObject().Select(p => p.Name).ToList()));
        var finding = root.GetProperty("visits").EnumerateArray().SelectMany(v => v.GetProperty("findings").EnumerateArray()).First();
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("fix").GetString()));
        Assert.Equal(report.Summary.Findings.Error, root.GetProperty("summary").GetProperty("findings").GetProperty("error").GetInt32());
    }

    [Fact]
    public async Task Every_schema_2_finding_renders_from_the_catalog_to_the_same_text_as_schema_1()
    {
        var (engine, _) = CountingEngine();
        using var v2Stream = new MemoryStream();
        using var v1Stream = new MemoryStream();
        await ReportFormat.Json.Write(v2Stream, Audit(engine));
        await ReportFormat.JsonSchema1.Write(v1Stream, Audit(engine));
        using var v2 = JsonDocument.Parse(v2Stream.ToArray());
        using var v1 = JsonDocument.Parse(v1Stream.ToArray());

        var rules = v2.RootElement.GetProperty("rules");
        var payers = v2.RootElement.GetProperty("payers");
        var compact = v2.RootElement.GetProperty("visits").EnumerateArray()
            .SelectMany(v => v.GetProperty("findings").EnumerateArray().Select(f => (Finding: f, PayerId: v.GetProperty("payerId").GetString()!))).ToList();
        var full = v1.RootElement.GetProperty("visits").EnumerateArray().SelectMany(v => v.GetProperty("findings").EnumerateArray()).ToList();
        Assert.Equal(full.Count, compact.Count);
        int sharedWording = 0, payerWording = 0;
        for (var i = 0; i < compact.Count; i++)
        {
            var (f, payerId) = compact[i];
            var rule = rules.GetProperty(f.GetProperty("rule").GetString()!);
            var code = f.TryGetProperty("code", out var c) ? c.GetString() : null;
            // As the README says: the rule's byCode args for the finding's code, then the payers entry of the visit's payer,
            // then the finding's own args; an arg left out is "".
            var args = new Dictionary<string, object>(StringComparer.Ordinal);
            if (code is not null && rule.TryGetProperty("byCode", out var byCode) && byCode.TryGetProperty(code, out var wording))
            {
                foreach (var a in wording.EnumerateObject()) args[a.Name] = Value(a.Value);
                sharedWording++;
            }
            if (payers.TryGetProperty(payerId, out var payer))
            {
                var template = rule.GetProperty("message").GetString() + rule.GetProperty("fix").GetString();
                foreach (var a in payer.EnumerateObject())
                {
                    args[a.Name] = Value(a.Value);
                    if (!f.GetProperty("args").TryGetProperty(a.Name, out _) && template.Contains("{" + a.Name, StringComparison.Ordinal)) payerWording++;
                }
            }
            foreach (var a in f.GetProperty("args").EnumerateObject()) args[a.Name] = Value(a.Value);
            string Render(string template)
            {
                foreach (var name in FindingText.Placeholders(template))
                    if (name != FindingText.CodeName) args.TryAdd(name, "");
                return FindingText.Render(template, code, args.Select(a => new FindingArg(a.Key, a.Value)).ToList());
            }
            Assert.Equal(full[i].GetProperty("message").GetString(), Render(rule.GetProperty("message").GetString()!));
            Assert.Equal(full[i].GetProperty("fix").GetString(), Render(rule.GetProperty("fix").GetString()!));
        }
        Assert.True(sharedWording > 0, "the documentation findings' vocabulary wording is given once per code in the catalog");
        Assert.True(payerWording > 0, "the payer's name, unit method and distinct-service modifiers are given once per payer in the payers catalog");
    }

    // A finding whose payer arg is empty where the payers catalog names one must say so: left out, a reader would fill
    // the catalog's name in (an arg left out is empty only when no catalog gives it).
    [Fact]
    public async Task An_empty_arg_the_payers_catalog_names_is_written_not_left_out()
    {
        FindingReport Finding(string payer) => FindingReport.Read(RuleIds.AuthMissing, "error", "97110", null, 10m,
            [new FindingArg("payer", payer), new FindingArg("date", "2026-03-04")], templated: true, message: null, fix: null);
        var visit = new VisitReport
        {
            VisitId = "V-1", PatientId = "P-1", PayerId = "acme", DateOfService = "2026-03-04", Status = "error",
            Lines = [new LineReport { Code = "97110", Rows = [2], BilledModifiers = ["GP"], RequiredModifiers = ["GP"], Value = 10m }],
            Findings = [Finding(""), Finding("Acme Health"), Finding("Other Plan")],
        };
        var report = new AuditReport
        {
            BatchId = "b", ClinicId = "c", GeneratedAt = DateTimeOffset.UnixEpoch, Visits = [visit], RejectedRows = [],
            Summary = new ReportSummary { Visits = 1, Lines = 1 },
            PayerWording = new Dictionary<string, IReadOnlyList<FindingArg>> { ["acme"] = [new FindingArg("payer", "Acme Health")] },
        };
        using var stream = new MemoryStream();
        await ReportFormat.Json.Write(stream, report);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var args = doc.RootElement.GetProperty("visits")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("args")).ToList();
        Assert.Equal("", args[0].GetProperty("payer").GetString());
        Assert.False(args[1].TryGetProperty("payer", out _), "the catalog's own value is left to the catalog");
        Assert.Equal("Other Plan", args[2].GetProperty("payer").GetString());
        Assert.Equal("Acme Health", doc.RootElement.GetProperty("payers").GetProperty("acme").GetProperty("payer").GetString());
    }

    private static object Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number when e.TryGetInt32(out var i) && !e.GetRawText().Contains('.', StringComparison.Ordinal) => i,
        JsonValueKind.Number => e.GetDecimal(),
        _ => e.GetString()!,
    };

    [Fact]
    public async Task A_file_error_report_is_valid_json_in_both_schemas()
    {
        var engine = new AuditEngine(PayerProfileSet.Shipped);
        foreach (var format in new[] { ReportFormat.Json, ReportFormat.JsonSchema1 })
        {
            var report = engine.Evaluate(IngestResult.Failed("the file is empty"), BatchHistory.Empty, "b", "c", DateTimeOffset.UnixEpoch).Report;
            using var stream = new MemoryStream();
            await format.Write(stream, report);
            using var doc = JsonDocument.Parse(stream.ToArray());
            Assert.Equal("the file is empty", doc.RootElement.GetProperty("fileError").GetString());
            Assert.Equal(0, doc.RootElement.GetProperty("visits").GetArrayLength());
        }
    }

    private static readonly JsonSerializerOptions Plain = new();

    private static string Serialize(ReportSummary summary) => JsonSerializer.Serialize(summary, Plain);
}
