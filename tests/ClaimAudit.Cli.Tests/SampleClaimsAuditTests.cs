using System.Text.Json;

namespace ClaimAudit.Cli.Tests;

/// <summary>
/// Issue 12's done-means: samples/claims.837 holds the same visits as samples/visits.csv. Audited alone it gives
/// the same findings except the time-based ones (an 837P has no minutes) and those that need what a claim file
/// does not carry (notes, year-to-date dollars, plan-of-care dates, an authorisation's window and count); with the
/// export's minutes joined (`--minutes samples/visits.csv`) it gives all of them, with the same amounts.
/// </summary>
public sealed class SampleClaimsAuditTests
{
    private static readonly string Claims = Path.Combine(CliRun.RepoRoot, "samples", "claims.837");

    /// <summary>Rules that compare billed units or the note with the minutes.</summary>
    private static readonly HashSet<string> TimeBased =
        ["UNITS_OVERBILLED", "UNITS_UNDERBILLED", "DOC_TIME_MISMATCH", "DOC_SEPARATE_TIME_MISSING", "DOC_ONE_ON_ONE_MISSING", "ONE_ON_ONE_NOT_ATTESTED"];

    /// <summary>Rules that read what an 837P does not carry: the note, ytd_therapy_amount, plan-of-care dates, an authorisation's window and visits.</summary>
    private static bool NeedsWhatAClaimFileLacks(string rule) =>
        rule.StartsWith("DOC_", StringComparison.Ordinal) || rule.StartsWith("MOD_KX_", StringComparison.Ordinal) || rule.StartsWith("POC_", StringComparison.Ordinal)
        || rule.StartsWith("VISIT_LIMIT_", StringComparison.Ordinal) || rule is "REVIEW_THRESHOLD" or "PROGRESS_REPORT_DUE" or "AUTH_EXPIRED" or "AUTH_EXCEEDED";

    private static async Task<JsonElement> AuditAsync(params string[] args)
    {
        var run = await CliRun.RunAsync(["audit", .. args, "--out", "-"]);
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.RawStdout).RootElement.Clone();
    }

    private static HashSet<(string Visit, string Rule, string? Code, decimal Amount)> Findings(JsonElement report) =>
        report.GetProperty("visits").EnumerateArray()
            .SelectMany(v => v.GetProperty("findings").EnumerateArray().Select(f => (
                v.GetProperty("visitId").GetString()!, f.GetProperty("rule").GetString()!,
                f.TryGetProperty("code", out var c) ? c.GetString() : null,
                f.TryGetProperty("amount", out var a) ? a.GetDecimal() : 0m)))
            .ToHashSet();

    [Fact]
    public async Task With_the_exports_minutes_the_claim_file_gives_every_finding_of_the_export()
    {
        var export = await AuditAsync(CliRun.Sample);
        var claims = await AuditAsync(Claims, "--minutes", CliRun.Sample);

        var expected = Findings(export);
        Assert.Contains(expected, f => TimeBased.Contains(f.Rule));
        Assert.Equal(expected.OrderBy(f => f.ToString()), Findings(claims).OrderBy(f => f.ToString()));
        Assert.Equal(export.GetProperty("summary").GetProperty("revenue").ToString(), claims.GetProperty("summary").GetProperty("revenue").ToString());
        Assert.True(claims.GetProperty("summary").GetProperty("unitsCheckedAgainstTime").GetBoolean());
    }

    [Fact]
    public async Task Alone_the_claim_file_gives_the_same_findings_but_the_time_based_ones_and_says_units_were_not_checked()
    {
        var export = Findings(await AuditAsync(CliRun.Sample)).Select(f => (f.Visit, f.Rule, f.Code)).ToHashSet();
        var report = await AuditAsync(Claims);
        var claims = Findings(report).Select(f => (f.Visit, f.Rule, f.Code)).ToHashSet();

        Assert.DoesNotContain(claims, f => TimeBased.Contains(f.Rule));
        Assert.False(report.GetProperty("summary").GetProperty("unitsCheckedAgainstTime").GetBoolean());
        // Every claim-level rule (modifiers, PTP pairs, assistants, codes, untimed units, daily limits, a missing
        // authorisation) finds exactly what it finds in the export.
        Assert.Equal(
            export.Where(f => !TimeBased.Contains(f.Rule) && !NeedsWhatAClaimFileLacks(f.Rule)).OrderBy(f => f.ToString()),
            claims.Where(f => !NeedsWhatAClaimFileLacks(f.Rule)).OrderBy(f => f.ToString()));
        Assert.Contains(claims, f => f.Rule == "PTP_MODIFIER_MISSING");
        Assert.Contains(claims, f => f.Rule == "AUTH_MISSING");
    }
}
