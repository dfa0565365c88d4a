using System.Text.Json;

namespace ClaimAudit.Cli.Tests;

/// <summary>Issue 10 on the CLI: `columns` shows the episode fields, `payers show` the episode rules of a profile.</summary>
public sealed class EpisodeCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("claimaudit-episode-").FullName;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Columns_shows_the_episode_fields_an_export_fills_and_those_it_does_not()
    {
        var export = Write("export.csv",
            "Encounter ID,MRN,DOS,Payer,CPT,Minutes,SOC,Cert Date,Progress Note,Auth #,Visits Authorized\n" +
            "E-1,A-1,03/02/26,medicare,97110,30,02/02/26,02/10/26,N,77-A,24\n");

        var run = await CliRun.RunAsync("columns", export);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("start_of_care               ← SOC (G, alias)", run.Stdout);
        Assert.Contains("poc_certified_date          ← Cert Date (H, alias)", run.Stdout);
        Assert.Contains("progress_report             ← Progress Note (I, alias)", run.Stdout);
        Assert.Contains("auth_number                 ← Auth # (J, alias)", run.Stdout);
        Assert.Contains("auth_visits                 ← Visits Authorized (K, alias)", run.Stdout);
        Assert.Contains("poc_start                   ← -", run.Stdout);
        Assert.Contains("Ignored: none", run.Stdout);
    }

    [Fact]
    public async Task Payers_show_gives_medicares_certification_and_progress_report_rules()
    {
        // CMS Pub 100-02 ch. 15 §220.1.3 (certification within 30 days, plans of at most 90) and §220.3 (every 10 treatment days).
        var run = await CliRun.RunAsync("payers", "show", "medicare");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var profile = doc.RootElement;
        var certification = profile.GetProperty("certification");
        Assert.True(certification.GetProperty("required").GetBoolean());
        Assert.Equal(30, certification.GetProperty("withinDays").GetInt32());
        Assert.Equal(90, certification.GetProperty("maxPlanDays").GetInt32());
        Assert.Equal(10, profile.GetProperty("progressReportEveryTreatmentDays").GetInt32());
        Assert.False(profile.GetProperty("requiresAuthorization").GetBoolean());
    }

    [Fact]
    public async Task Payers_list_says_which_episode_rules_each_profile_applies()
    {
        var run = await CliRun.RunAsync("payers", "list");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.TrimEntries);
        Assert.EndsWith(" — plan of care certified within 30 days, at most 90 days; progress report every 10 treatment days", lines.Single(l => l.StartsWith("medicare ", StringComparison.Ordinal)));
        Assert.EndsWith(" — authorisation required; 30 visits a year", lines.Single(l => l.StartsWith("commercial-ama ", StringComparison.Ordinal)));
        Assert.EndsWith(" — authorisation required; 20 visits a year", lines.Single(l => l.StartsWith("commercial-strict ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_clinics_profile_file_with_episode_rules_is_shown_as_written_and_a_bad_one_is_refused_naming_the_field()
    {
        var good = Write("good.json", """
            {"payerId": "acme", "certification": {"required": true, "withinDays": 45, "maxPlanDays": 120},
             "progressReportEveryTreatmentDays": 8, "requiresAuthorization": true, "yearlyVisitLimit": 25}
            """);
        var bad = Write("bad.json", """{"payerId": "acme", "yearlyVisitLimit": 5000}""");

        var shown = await CliRun.RunAsync("payers", "show", "acme", "--payers", good);
        var refused = await CliRun.RunAsync("payers", "list", "--payers", bad);

        Assert.Equal(0, shown.ExitCode);
        using var doc = JsonDocument.Parse(shown.Stdout);
        var profile = doc.RootElement;
        Assert.Equal(45, profile.GetProperty("certification").GetProperty("withinDays").GetInt32());
        Assert.Equal(120, profile.GetProperty("certification").GetProperty("maxPlanDays").GetInt32());
        Assert.Equal(8, profile.GetProperty("progressReportEveryTreatmentDays").GetInt32());
        Assert.True(profile.GetProperty("requiresAuthorization").GetBoolean());
        Assert.Equal(25, profile.GetProperty("yearlyVisitLimit").GetInt32());
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("yearlyVisitLimit must be 1..1000 visits (got 5000)", refused.Stderr);
    }
}
