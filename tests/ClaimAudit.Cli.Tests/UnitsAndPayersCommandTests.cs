using System.Text.Json;

namespace ClaimAudit.Cli.Tests;

public class UnitsAndPayersCommandTests
{
    [Fact]
    public async Task Units_json_prints_the_spec_example_exactly()
    {
        // PRODUCT.md section 7: 97112 24 min + 97110 23 min under cms = 47 min → 3 units, 97112 ×2, 97110 ×1.
        var run = await CliRun.RunAsync("units", "--method", "cms", "97112=24", "97110=23", "--json");

        Assert.Equal(0, run.ExitCode);
        using var actual = JsonDocument.Parse(run.Stdout);
        using var expected = JsonDocument.Parse("""
            {"method":"cms","totalMinutes":47,"totalUnits":3,"lines":[{"code":"97112","minutes":24,"units":2},{"code":"97110","minutes":23,"units":1}]}
            """);
        Assert.True(JsonElement.DeepEquals(expected.RootElement, actual.RootElement), run.Stdout);
    }

    [Fact]
    public async Task Units_ama_gives_no_unit_to_seven_minutes_of_manual_therapy()
    {
        // Section 3: 97110 33 + 97140 7 under ama is 97110 ×2 and 97140 ×0.
        var run = await CliRun.RunAsync("units", "--method", "ama", "97110=33", "97140=7");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"97110\s+33 min\s+2 units", run.Stdout);
        Assert.Matches(@"97140\s+7 min\s+0 units", run.Stdout);
    }

    [Fact]
    public async Task Units_rejects_a_pair_that_is_not_code_equals_minutes()
    {
        var run = await CliRun.RunAsync("units", "97112:24");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("CODE=MINUTES", run.Stderr);
    }

    [Fact]
    public async Task Units_with_a_code_the_lists_do_not_know_exits_2_naming_it()
    {
        // Section 7: `units` with a code the profile does not know exits 2 (99999 is not one unit).
        var run = await CliRun.RunAsync("units", "--method", "cms", "99999=20");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("code 99999 is neither a timed nor an untimed code of the built-in lists", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Units_with_a_payer_names_the_payer_for_a_mistyped_code()
    {
        var run = await CliRun.RunAsync("units", "--payer", "medicare", "97112=20", "97111=38", "--json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("code 97111 is neither a timed nor an untimed code of Medicare Part B", run.Stderr);
        Assert.DoesNotContain("97112", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Units_with_a_supply_says_supplies_are_billed_by_quantity()
    {
        var run = await CliRun.RunAsync("units", "--method", "cms", "A4556=5");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("A4556", run.Stderr);
        Assert.Contains("billed by quantity, not by time", run.Stderr);
    }

    [Fact]
    public async Task Units_json_gives_an_evaluation_one_unit_and_leaves_its_minutes_out()
    {
        // Section 3: 97161 is untimed: 1 unit whatever its 45 minutes; only 97112's 20 minutes are timed (1 unit).
        var run = await CliRun.RunAsync("units", "--method", "cms", "--json", "97112=20", "97161=45");
        Assert.Equal(0, run.ExitCode);
        using var actual = JsonDocument.Parse(run.Stdout);
        using var expected = JsonDocument.Parse("""
            {"method":"cms","totalMinutes":20,"totalUnits":2,"lines":[{"code":"97112","minutes":20,"units":1},{"code":"97161","minutes":45,"units":1}]}
            """);
        Assert.True(JsonElement.DeepEquals(expected.RootElement, actual.RootElement), run.Stdout);
    }

    [Fact]
    public async Task Payers_list_shows_the_three_shipped_profiles()
    {
        var run = await CliRun.RunAsync("payers", "list");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("medicare", run.Stdout);
        Assert.Contains("commercial-ama", run.Stdout);
        Assert.Contains("commercial-strict", run.Stdout);
    }

    [Fact]
    public async Task Payers_show_medicare_has_the_2026_kx_threshold_and_no_97112_97110_pair()
    {
        var run = await CliRun.RunAsync("payers", "show", "MEDICARE", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var profile = doc.RootElement;
        Assert.Equal(2480m, profile.GetProperty("kxThresholds").GetProperty("2026").GetDecimal());
        Assert.DoesNotContain(profile.GetProperty("ptpPairs").EnumerateArray(), p =>
            new[] { p.GetProperty("column1").GetString(), p.GetProperty("column2").GetString() }.Order().SequenceEqual(["97110", "97112"]));
    }

    [Fact]
    public async Task Payers_show_unknown_id_exits_2_listing_the_known_ones()
    {
        var run = await CliRun.RunAsync("payers", "show", "acme");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown payer 'acme'", run.Stderr);
        Assert.Contains("medicare", run.Stderr);
    }

    [Fact]
    public async Task Units_with_a_payer_breaks_a_tie_by_its_rates()
    {
        // Section 3 tie-break: 97110 10 + 97112 10 = 20 min → 1 unit; equal remainders and minutes, so
        // the higher payer rate wins (Medicare's 97112 pays more than 97110); without rates, the lower code.
        var withPayer = await CliRun.RunAsync("units", "--method", "cms", "--payer", "medicare", "97110=10", "97112=10", "--json");
        var withoutPayer = await CliRun.RunAsync("units", "--method", "cms", "97110=10", "97112=10", "--json");

        Assert.Contains("{\"code\":\"97112\",\"minutes\":10,\"units\":1}", withPayer.Stdout);
        Assert.Contains("{\"code\":\"97110\",\"minutes\":10,\"units\":1}", withoutPayer.Stdout);
    }

    [Fact]
    public async Task Units_with_a_payer_and_no_method_uses_the_payers_method()
    {
        // commercial-ama counts per code (section 3 ama): 24 min → 2, 23 min → 2, as the audit of V-2001 does.
        var run = await CliRun.RunAsync("units", "--payer", "commercial-ama", "97112=24", "97110=23", "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("{\"method\":\"ama\",\"totalMinutes\":47,\"totalUnits\":4", run.Stdout);
    }

    // Units without a method or a payer: the medicare profile's method, said on standard error
    // (issue 13; see CliUsabilityTests.Units_without_a_method_or_a_payer_uses_the_medicare_method_and_says_so).
}
