using System.Text.Json;

namespace ClaimAudit.Cli.Tests;

/// <summary>
/// The README's loop on the shipped samples, as a user runs it: audit samples/visits.csv into a store,
/// read samples/remit.835 (twice: a redelivery counts once), then the analytics. The expected figures
/// come from the story samples/make-remit-835.py writes into the 835 (its docstring lists every denial).
/// </summary>
public sealed class SampleLoopTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "claimaudit-loop-" + Guid.NewGuid().ToString("N")[..8]);
    private string Store => Path.Combine(_dir, "store");
    private static string Remit => Path.Combine(CliRun.RepoRoot, "samples", "remit.835");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private async Task<JsonElement> LoopAsync(string asOf, string? batch = null)
    {
        var audit = await CliRun.RunAsync("audit", batch ?? CliRun.Sample, "--store", Store);
        Assert.Equal(0, audit.ExitCode);
        var remit = await CliRun.RunAsync("remit", Remit, "--store", Store);
        Assert.Equal(0, remit.ExitCode);
        Assert.Contains("3 advices (3 new), 26 claims", remit.Stdout);
        Assert.Contains("balanced", remit.Stdout);
        var again = await CliRun.RunAsync("remit", Remit, "--store", Store);
        Assert.Contains("3 advices (0 new)", again.Stdout);
        var analytics = await CliRun.RunAsync("analytics", "--store", Store, "--as-of", asOf, "--out", "-");
        Assert.Equal(0, analytics.ExitCode);
        return JsonDocument.Parse(analytics.RawStdout).RootElement;
    }

    [Fact]
    public async Task The_sample_835_answers_the_sample_batch_and_the_analytics_tell_its_story()
    {
        var report = await LoopAsync("2026-04-30");
        var totals = report.GetProperty("totals");
        var auditedVisits = JsonDocument.Parse((await CliRun.RunAsync("audit", CliRun.Sample, "--out", "-")).RawStdout)
            .RootElement.GetProperty("summary").GetProperty("visits").GetInt32();

        Assert.Equal(auditedVisits, totals.GetProperty("auditedClaims").GetInt32());
        // 26 CLP loops: V-1001 three times (paid, reversed, corrected), so 24 visits were answered.
        Assert.Equal(24, totals.GetProperty("remittedClaims").GetInt32());
        // V-1002, 1003, 1005, 1008, 1010, 1013, 1014, 1016, 1020, 2001 and 2003 each had a line denied.
        Assert.Equal(11, totals.GetProperty("deniedClaims").GetInt32());
        Assert.Empty(report.GetProperty("unmatched").EnumerateArray());
        Assert.Empty(report.GetProperty("balancing").EnumerateArray());

        // The one denial no rule predicted: V-2003's 97112, CO-197 (no authorisation on file).
        var missed = report.GetProperty("misses").EnumerateArray().SelectMany(m => m.GetProperty("lines").EnumerateArray()).ToList();
        var miss = Assert.Single(missed);
        Assert.Equal(("V-2003", "97112"), (miss.GetProperty("visitId").GetString(), miss.GetProperty("code").GetString()));
        Assert.Equal(["CO-197"], miss.GetProperty("codes").EnumerateArray().Select(c => c.GetString()));

        // Predicted and denied as predicted: V-1003 and V-1020 CO-151; V-1010's two lines CO-119 without KX; V-1008's 97010 CO-97.
        var score = report.GetProperty("scorecard").EnumerateArray().ToDictionary(s => s.GetProperty("ruleId").GetString()!, s => s);
        Assert.Equal(2, score["UNITS_OVERBILLED"].GetProperty("deniedAsPredicted").GetInt32());
        Assert.Equal(2, score["MOD_KX_MISSING"].GetProperty("deniedAsPredicted").GetInt32());
        Assert.Equal(1, score["CODE_NOT_PAYABLE"].GetProperty("deniedAsPredicted").GetInt32());

        // Dates of service are in March 2026: at the end of April nothing is over 60 days old.
        var aging = report.GetProperty("aging").EnumerateArray().ToList();
        Assert.All(aging.Skip(2), b => Assert.Equal(0, b.GetProperty("claims").GetInt32()));
        Assert.Equal(totals.GetProperty("outstanding").GetDecimal(), aging.Sum(b => b.GetProperty("amount").GetDecimal()));
        Assert.Equal(0, totals.GetProperty("arOver90Share").GetDouble());
    }

    [Fact]
    public async Task As_of_a_later_day_the_same_open_claims_age_into_the_last_bucket()
    {
        var april = (await LoopAsync("2026-04-30")).GetProperty("totals");
        var september = await CliRun.RunAsync("analytics", "--store", Store, "--as-of", "2026-09-30", "--out", "-");
        var report = JsonDocument.Parse(september.RawStdout).RootElement;

        var lastBucket = report.GetProperty("aging").EnumerateArray().Last();
        Assert.Equal("120+", lastBucket.GetProperty("label").GetString());
        // March to the end of September is over 180 days: every open dollar is in 120+.
        Assert.Equal(april.GetProperty("outstanding").GetDecimal(), lastBucket.GetProperty("amount").GetDecimal());
        Assert.Equal(1, report.GetProperty("totals").GetProperty("arOver90Share").GetDouble());
        Assert.Equal("2026-09-30", report.GetProperty("asOf").GetString());

        var bad = await CliRun.RunAsync("analytics", "--store", Store, "--as-of", "30/09/2026");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--as-of '30/09/2026' is not a date", bad.Stderr);
    }

    [Fact]
    public async Task The_sample_837_carries_the_same_line_control_numbers_so_the_835_matches_it_line_by_line()
    {
        var report = await LoopAsync("2026-04-30", Path.Combine(CliRun.RepoRoot, "samples", "claims.837"));

        Assert.Equal(24, report.GetProperty("totals").GetProperty("remittedClaims").GetInt32());
        Assert.Equal(11, report.GetProperty("totals").GetProperty("deniedClaims").GetInt32());
        Assert.Empty(report.GetProperty("unmatched").EnumerateArray());
        // Every SVC's REF*6R names a line of the audited 837 (not left to matching by code and units).
        var audited = File.ReadLines(Path.Combine(Store, "claims", "claims.jsonl"))
            .SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("lines").EnumerateArray().Select(x => x.GetProperty("lineControl").GetString()))
            .ToHashSet();
        var remitted = File.ReadAllText(Remit).Split('~').Select(x => x.Trim()).Where(x => x.StartsWith("REF*6R*", StringComparison.Ordinal)).Select(x => x[7..]).ToList();
        Assert.Equal(43, remitted.Count);
        // V-5001 bills 97110 on two claim lines (rows 47 and 48); the audit judges them as one line (section 3)
        // that carries the first one's number, so the second is matched to it by code.
        Assert.Equal(["V-5001-48"], remitted.Where(control => !audited.Contains(control)));
    }
}
