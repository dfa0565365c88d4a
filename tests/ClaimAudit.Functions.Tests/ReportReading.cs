using System.Text.Json;

namespace ClaimAudit.Functions.Tests;

/// <summary>One finding as a reader of the report sees it, whichever schema the report is in.</summary>
public sealed record ReadFinding(string Rule, string Severity, string? Code);

/// <summary>
/// Reads findings out of a JSON report (PRODUCT.md section 8) as an integration would: schema 1 gives
/// each finding's rule id and severity; schema 2 gives the rule, and the severity only where it differs
/// from the rule's in the <c>rules</c> catalog at the top of the report.
/// </summary>
public static class ReportReading
{
    public static IReadOnlyList<ReadFinding> Findings(JsonElement report, string visitId)
    {
        var visit = report.GetProperty("visits").EnumerateArray().Single(v => v.GetProperty("visitId").GetString() == visitId);
        return [.. visit.GetProperty("findings").EnumerateArray().Select(f => Read(report, f))];
    }

    public static IReadOnlyList<ReadFinding> AllFindings(JsonElement report) =>
        [.. report.GetProperty("visits").EnumerateArray().SelectMany(v => v.GetProperty("findings").EnumerateArray()).Select(f => Read(report, f))];

    private static ReadFinding Read(JsonElement report, JsonElement finding)
    {
        var code = finding.TryGetProperty("code", out var c) ? c.GetString() : null;
        switch (report.GetProperty("schemaVersion").GetInt32())
        {
            case 1:
                return new ReadFinding(finding.GetProperty("ruleId").GetString()!, finding.GetProperty("severity").GetString()!, code);
            case 2:
                var rule = finding.GetProperty("rule").GetString()!;
                var severity = finding.TryGetProperty("severity", out var own)
                    ? own.GetString()!
                    : report.GetProperty("rules").GetProperty(rule).GetProperty("severity").GetString()!;
                return new ReadFinding(rule, severity, code);
            case var other:
                throw new InvalidDataException($"schemaVersion {other} is not a report schema");
        }
    }
}
