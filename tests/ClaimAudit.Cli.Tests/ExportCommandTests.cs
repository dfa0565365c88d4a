using System.Text.Json;

namespace ClaimAudit.Cli.Tests;

/// <summary>`claimaudit columns` and `audit --columns/--payer-map` on a vendor-shaped export (PRODUCT.md section 13).</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("claimaudit-export-").FullName;

    private static string Export => Path.Combine(CliRun.RepoRoot, "samples", "emr-export.csv");
    private static string PayerMap => Path.Combine(CliRun.RepoRoot, "samples", "payer-map.json");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Columns_shows_ours_from_theirs_what_is_ignored_and_that_nothing_is_missing()
    {
        var run = await CliRun.RunAsync("columns", Export);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains("visit_id *                  ← Encounter ID (A, alias)", run.Stdout);
        Assert.Contains("billed_modifiers            ← Mod 1 (G, alias), Mod 2 (H, alias), Mod 3 (I, alias), Mod 4 (J, alias)", run.Stdout);
        Assert.Contains("provider_role               ← Provider Credentials (O, alias)", run.Stdout);
        Assert.Contains("Ignored: Patient Name (C), Charge (S)", run.Stdout);
        Assert.Contains("Missing required fields: none", run.Stdout);
    }

    [Fact]
    public async Task Columns_names_a_missing_required_field_and_exits_2_until_a_column_map_names_it()
    {
        var export = Write("export.csv", "Ticket,Chart Number,Svc Dt,Payer,CPT,Mins\nT-1,C-1,03/02/26,Medicare,97110,30\n");

        var before = await CliRun.RunAsync("columns", export);
        var map = Write("columns.json", """{"Svc Dt": "date_of_service", "Mins": "minutes"}""");
        var after = await CliRun.RunAsync("columns", export, "--columns", map);

        Assert.Equal(2, before.ExitCode);
        Assert.Contains("date_of_service *           ← MISSING", before.Stdout);
        Assert.Contains("Missing required fields: date_of_service, minutes", before.Stdout);
        Assert.Contains("required columns missing from the header: date_of_service, minutes", before.Stderr);
        Assert.Equal(0, after.ExitCode);
        Assert.Contains("date_of_service *           ← Svc Dt (C, column map)", after.Stdout);
        Assert.Contains("Ready to audit.", after.Stdout);
    }

    [Fact]
    public async Task Columns_json_is_the_preview_body()
    {
        var run = await CliRun.RunAsync("columns", Export, "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.RawStdout).RootElement;
        Assert.Equal("csv", root.GetProperty("format").GetString());
        Assert.True(root.GetProperty("ok").GetBoolean());
        var payer = root.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "payer_id");
        Assert.Equal("Primary Insurance", payer.GetProperty("columns")[0].GetProperty("header").GetString());
        Assert.Equal(["Patient Name", "Charge"], root.GetProperty("ignored").EnumerateArray().Select(c => c.GetProperty("header").GetString()));
    }

    [Fact]
    public async Task The_sample_export_is_audited_with_its_payer_map_and_without_it_every_row_says_which_payer_is_unknown()
    {
        var without = await CliRun.RunAsync("audit", Export, "--out", "-");
        var with = await CliRun.RunAsync("audit", Export, "--payer-map", PayerMap, "--out", "-");

        var rejected = JsonDocument.Parse(without.RawStdout).RootElement.GetProperty("rejectedRows").EnumerateArray().ToList();
        Assert.Equal(10, rejected.Count); // the rows whose payer is written as a name; "Medicare" is a profile id
        Assert.Contains(rejected, r => r.GetProperty("errors")[0].GetString()!.StartsWith("unknown payer 'Noridian JF' (closest known: 'medicare'", StringComparison.Ordinal));

        Assert.Equal(0, with.ExitCode);
        var summary = JsonDocument.Parse(with.RawStdout).RootElement.GetProperty("summary");
        Assert.Equal((9, 0), (summary.GetProperty("visits").GetInt32(), summary.GetProperty("rejectedRows").GetInt32()));
    }

    [Fact]
    public async Task The_sample_workbook_is_audited_like_the_csv_and_an_unknown_sheet_exits_2_naming_the_sheets()
    {
        var workbook = Path.Combine(CliRun.RepoRoot, "samples", "emr-export.xlsx");

        var audited = await CliRun.RunAsync("audit", workbook, "--payer-map", PayerMap, "--sheet", "billing export", "--out", "-");
        var columns = await CliRun.RunAsync("columns", workbook);
        var wrongSheet = await CliRun.RunAsync("audit", workbook, "--sheet", "March");

        Assert.Equal(0, audited.ExitCode);
        var summary = JsonDocument.Parse(audited.RawStdout).RootElement.GetProperty("summary");
        Assert.Equal((9, 0), (summary.GetProperty("visits").GetInt32(), summary.GetProperty("rejectedRows").GetInt32()));
        Assert.StartsWith("emr-export.xlsx (workbook, sheet 'Billing Export')", columns.Stdout);
        Assert.Equal(2, wrongSheet.ExitCode);
        Assert.Contains("the workbook has no sheet named 'March'; its sheets are 'Billing Export', 'Notes'", wrongSheet.Stderr);
    }

    [Theory]
    [InlineData("--payer-map", """{"Aetna PPO": "aetna"}""", "payer map file 'map.json': the payer map is not valid: 'Aetna PPO' maps to 'aetna', which is not a payer profile")]
    [InlineData("--payer-map", "{not json", "payer map file 'map.json': the payer map is not valid JSON at line 1")]
    [InlineData("--columns", """{"DOS": "service_date"}""", "column map file 'map.json': the column map is not valid: 'DOS' maps to 'service_date', which is not a field")]
    public async Task A_bad_map_file_exits_2_with_the_reason(string option, string text, string reason)
    {
        var run = await CliRun.RunAsync("audit", Export, option, Write("map.json", text));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"claimaudit: {reason}", run.Stderr);
    }
}
