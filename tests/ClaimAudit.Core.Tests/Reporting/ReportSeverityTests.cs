using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Reporting;
using ClaimAudit.Core.Rules;
using ClaimAudit.Core.Tests.Rules;
using nietras.SeparatedValues;

namespace ClaimAudit.Core.Tests.Reporting;

/// <summary>
/// Issue 15: what the JSON, the CSV and the HTML say of each finding's severity is its rule's
/// descriptor's (or, for the rules that allow it, its code's documentation profile's), for every
/// finding of a full audit of the broad batches.
/// </summary>
public class ReportSeverityTests
{
    private static readonly AuditEngine Engine = new(PayerProfileSet.Shipped);

    public static TheoryData<string> Formats => new("json", "csv", "html");

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Every_finding_shows_its_rules_severity(string extension)
    {
        var format = ReportFormat.ByExtension(extension)!;
        var seen = 0;
        foreach (var (name, batch) in BroadBatches.All)
        {
            // Visits are evaluated lazily as the writer enumerates them: one fresh report per write.
            var report = Engine.Evaluate(batch, BatchHistory.Empty, "b-1", "clinic-1", DateTimeOffset.UnixEpoch).Report;
            using var output = new MemoryStream();
            await format.Write(output, report, CancellationToken.None);
            foreach (var (rule, severity, code) in Findings(extension, output.ToArray()))
            {
                var descriptor = RuleCatalog.Find(rule);
                Assert.True(descriptor is not null, $"{name}: {extension} shows a finding of {rule}, which no registered rule has");
                var expected = RuleCatalogTests.ExpectedSeverity(descriptor, code, Vocabulary.Shipped);
                Assert.True(expected == severity, $"{name}: {extension} shows {rule} on {code ?? "the visit"} as {severity}, its rule says {expected}");
                seen++;
            }
        }
        Assert.True(seen > 50, $"only {seen} findings were checked");
    }

    /// <summary>(rule id, severity, code or null) of every finding the written report shows.</summary>
    private static IEnumerable<(string Rule, string Severity, string? Code)> Findings(string extension, byte[] written)
    {
        switch (extension)
        {
            case "json":
                // Schema 2: a finding names its severity only where it differs from its rule's in the catalog.
                using (var json = JsonDocument.Parse(written))
                {
                    var rules = json.RootElement.GetProperty("rules");
                    return json.RootElement.GetProperty("visits").EnumerateArray()
                        .SelectMany(v => v.GetProperty("findings").EnumerateArray())
                        .Select(f => (f.GetProperty("rule").GetString()!,
                            f.TryGetProperty("severity", out var own) ? own.GetString()! : rules.GetProperty(f.GetProperty("rule").GetString()!).GetProperty("severity").GetString()!,
                            f.TryGetProperty("code", out var c) ? c.GetString() : null))
                        .ToList();
                }
            case "csv":
                using (var reader = Sep.Reader(o => o with { Unescape = true }).From(new MemoryStream(written)))
                {
                    var rows = new List<(string, string, string?)>();
                    foreach (var row in reader)
                    {
                        var rule = row["rule_id"].ToString();
                        // The CSV's own rows (clean visits, rejected rows, the not-reviewed notice, the episode picture) are not findings.
                        if (rule is "" or ReportCsv.RejectedRowRuleId or ReportCsv.FileErrorRuleId or ReportCsv.NotReviewedRuleId
                            or ReportCsv.EpisodeAuthorizationRuleId or ReportCsv.EpisodePlanEndingRuleId or ReportCsv.EpisodeProgressReportDueRuleId) continue;
                        var code = row["code"].ToString();
                        rows.Add((rule, row["severity"].ToString(), code.Length == 0 ? null : code));
                    }
                    return rows;
                }
            default:
                var html = System.Text.Encoding.UTF8.GetString(written);
                return Regex.Matches(html, "<li class=\"finding [a-z]+\" data-rule=\"([^\"]+)\" data-severity=\"([a-z]+)\"[^>]*><p class=\"what\">.*?</b>(?: <span class=\"code\"[^>]*>([^<· ]*))?")
                    .Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), m.Groups[2].Value,
                        m.Groups[3].Success ? WebUtility.HtmlDecode(m.Groups[3].Value) : null))
                    .ToList();
        }
    }
}
