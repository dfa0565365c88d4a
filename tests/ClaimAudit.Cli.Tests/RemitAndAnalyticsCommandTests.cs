using System.Text.Json;
using ClaimAudit.Cli.LocalStore;

namespace ClaimAudit.Cli.Tests;

/// <summary><c>claimaudit audit --store</c>, <c>remit</c> and <c>analytics</c> over a local store folder (PRODUCT.md sections 7 and 11).</summary>
public sealed class RemitAndAnalyticsCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "claimaudit-remit-" + Guid.NewGuid().ToString("N")[..8]);
    private string Store => Path.Combine(_dir, "store");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Audit_with_store_keeps_the_batchs_claims_and_a_reaudit_rewrites_them()
    {
        var run = await CliRun.RunAsync("audit", CliRun.Sample, "--store", Store);
        Assert.Equal(0, run.ExitCode);

        var file = Path.Combine(Store, "claims", "visits.jsonl");
        Assert.True(File.Exists(file), run.Stdout + run.Stderr);
        Assert.Contains("Kept ", run.Stdout);
        var lines = File.ReadAllLines(file);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("V-1001", first.GetProperty("visitId").GetString());
        Assert.Equal("visits", first.GetProperty("batchId").GetString());
        Assert.Equal(["V-1001-2", "V-1001-3"], first.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("lineControl").GetString()));

        // The same batch again: the file is rewritten, not appended to.
        Assert.Equal(0, (await CliRun.RunAsync("audit", CliRun.Sample, "--store", Store, "--out", "-")).ExitCode);
        Assert.Equal(lines.Length, File.ReadAllLines(file).Length);
        var claims = new List<string>();
        await foreach (var c in new LocalStoreFolder(Store).Claims.ListAsync("local")) claims.Add(c.VisitId);
        Assert.Equal(lines.Length, claims.Count);
        Assert.Equal(claims.Count, claims.Distinct().Count());
    }

    [Fact]
    public async Task Audit_without_store_writes_no_store()
    {
        var run = await CliRun.RunAsync("audit", CliRun.Sample, "--out", Path.Combine(_dir, "out"));

        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(Store));
        Assert.DoesNotContain("Kept ", run.Stdout);
    }

    [Fact]
    public async Task Remit_stores_each_advice_once_and_says_what_the_file_held()
    {
        Assert.Equal(0, (await CliRun.RunAsync("audit", CliRun.Sample, "--store", Store)).ExitCode);
        var file = Remit835.Write(_dir, "march.835", Remit835.Payment());

        var run = await CliRun.RunAsync("remit", file, "--store", Store, "--out", Path.Combine(_dir, "out"));
        var again = await CliRun.RunAsync("remit", file, "--store", Store);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("march.835: 1 advice (1 new), 1 claim, 2 lines; 1 claim match an audited visit, 0 unmatched; balanced", run.Stdout);
        Assert.Contains("(0 new)", again.Stdout);
        Assert.Single(Directory.GetFiles(Path.Combine(Store, "remittances"), "*.json"));
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "out", "march.835.remit.json")));
        Assert.Equal((1, 1, 2, 1, 1), (summary.RootElement.GetProperty("advices").GetInt32(), summary.RootElement.GetProperty("claims").GetInt32(),
            summary.RootElement.GetProperty("lines").GetInt32(), summary.RootElement.GetProperty("newAdvices").GetInt32(), summary.RootElement.GetProperty("matchedClaims").GetInt32()));
    }

    [Fact]
    public async Task Remit_of_a_file_that_is_not_an_835_exits_2_and_stores_nothing_of_it()
    {
        var bad = Remit835.Write(_dir, "claims.835", File.ReadAllText(Path.Combine(CliRun.RepoRoot, "samples", "claims.837")));
        var good = Remit835.Write(_dir, "march.835", Remit835.Payment());

        var run = await CliRun.RunAsync("remit", bad, good, "--store", Store);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("claimaudit: cannot read 'claims.835'", run.Stderr);
        Assert.Contains("nothing of it was stored", run.Stderr);
        // The good file is still read and stored.
        Assert.Single(Directory.GetFiles(Path.Combine(Store, "remittances"), "*.json"));
        Assert.Equal(2, (await CliRun.RunAsync("remit", Path.Combine(_dir, "missing.835"), "--store", Store)).ExitCode);
    }

    [Fact]
    public async Task Analytics_refuses_a_bad_date_a_reversed_range_and_a_missing_store_with_exit_2()
    {
        var badDate = await CliRun.RunAsync("analytics", "--from", "03/01/2026", "--store", Store);
        var reversed = await CliRun.RunAsync("analytics", "--from", "2026-04-01", "--to", "2026-03-01", "--store", Store);
        var missing = await CliRun.RunAsync("analytics", "--store", Store);

        Assert.Equal((2, 2, 2), (badDate.ExitCode, reversed.ExitCode, missing.ExitCode));
        Assert.Contains("--from '03/01/2026' is not a date: use YYYY-MM-DD", badDate.Stderr);
        Assert.Contains("--from 2026-04-01 is after to 2026-03-01", reversed.Stderr);
        Assert.Contains("there is no store folder", missing.Stderr);
        Assert.Contains("claimaudit remit", missing.Stderr);
    }

    [Fact]
    public async Task Analytics_writes_json_csv_and_html_prints_json_with_dash_and_a_summary_without_out()
    {
        Assert.Equal(0, (await CliRun.RunAsync("audit", CliRun.Sample, "--store", Store)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("remit", Remit835.Write(_dir, "march.835", Remit835.Payment()), "--store", Store)).ExitCode);
        var outDir = Path.Combine(_dir, "analytics");

        var files = await CliRun.RunAsync("analytics", "--from", "2026-03-01", "--to", "2026-03-31", "--store", Store, "--out", outDir);
        var json = await CliRun.RunAsync("analytics", "--store", Store, "--out", "-");
        var summary = await CliRun.RunAsync("analytics", "--store", Store);

        Assert.Equal(0, files.ExitCode);
        Assert.All(new[] { "analytics.json", "analytics.csv", "analytics.html" }, f => Assert.True(File.Exists(Path.Combine(outDir, f)), f));
        using var written = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "analytics.json")));
        Assert.Equal("2026-03-01", written.RootElement.GetProperty("from").GetString());
        Assert.Equal(0, json.ExitCode);
        using var printed = JsonDocument.Parse(json.RawStdout);
        Assert.Equal(1, printed.RootElement.GetProperty("totals").GetProperty("remittedClaims").GetInt32());
        Assert.Equal(0, summary.ExitCode);
        Assert.Contains("denial rate 100.0 %", summary.Stdout);
        Assert.Contains("clean-claim rate", summary.Stdout);
        Assert.Contains("First-pass resolution", summary.Stdout);
        Assert.Contains("0–30", summary.Stdout);
        Assert.Contains("industry reference", summary.Stdout);
    }
}
