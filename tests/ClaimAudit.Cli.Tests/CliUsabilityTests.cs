using System.Net;
using System.Net.Sockets;

namespace ClaimAudit.Cli.Tests;

/// <summary>Issue 13 (CLI): what a new user stumbles on — typos, directories, unknown payers, storage down, grammar.</summary>
public sealed class CliUsabilityTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("claimaudit-usability-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_mistyped_command_suggests_the_closest_one_with_exit_2()
    {
        var run = await CliRun.RunAsync("audti", CliRun.Sample);

        // Exit 2: a usage mistake is "the input cannot be read", never --fail-on's 1.
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("claimaudit: 'audti' is not a command; did you mean 'audit'?\nRun 'claimaudit --help' for usage.\n", run.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Another_mistyped_command_gets_its_own_closest_name()
    {
        var run = await CliRun.RunAsync("payrs", "list");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("claimaudit: 'payrs' is not a command; did you mean 'payers'?", run.Stderr);

        var sub = await CliRun.RunAsync("payers", "shwo", "medicare");
        Assert.Equal(2, sub.ExitCode);
        Assert.StartsWith("claimaudit: 'shwo' is not a 'payers' command; did you mean 'show'?", sub.Stderr);

        var far = await CliRun.RunAsync("zzzzzz");
        Assert.Equal(2, far.ExitCode);
        Assert.StartsWith("claimaudit: 'zzzzzz' is not a command; the commands are audit, columns, units", far.Stderr);
    }

    public static TheoryData<string[]> DirectoryArguments => new()
    {
        { ["audit", "DIR"] },
        { ["columns", "DIR"] },
        { ["remit", "DIR"] },
        { ["audit", "SAMPLE", "--minutes", "DIR"] },
        { ["audit", "SAMPLE", "--payers", "DIR"] },
        { ["audit", "SAMPLE", "--payer-map", "DIR"] },
        { ["audit", "SAMPLE", "--columns", "DIR"] },
        { ["columns", "SAMPLE", "--columns", "DIR"] },
        { ["payers", "list", "--payers", "DIR"] },
        { ["audit", "SAMPLE", "--vocabulary", "DIR"] },
    };

    [Theory]
    [MemberData(nameof(DirectoryArguments))]
    public async Task A_directory_where_a_file_belongs_is_named_as_a_directory_with_exit_2(string[] args)
    {
        var dir = Path.Combine(_dir, "samples") + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(dir);
        var run = await CliRun.RunAsync([.. args.Select(a => a switch { "DIR" => dir, "SAMPLE" => CliRun.Sample, _ => a })]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{dir}' is a directory; give a file", run.Stderr);
        Assert.DoesNotContain("denied", run.Stderr);
        Assert.DoesNotContain("no such file", run.Stderr);
        Assert.DoesNotContain("does not exist", run.Stderr);
    }

    [Theory]
    [InlineData("units", "--payer", "acme", "97110=30")]
    [InlineData("payers", "show", "acme")]
    [InlineData("payers", "import", "--from", "acme", "--mue", "x.txt")]
    public async Task An_unknown_payer_lists_the_known_ids(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown payer 'acme'", run.Stderr);
        Assert.Matches(@"unknown payer 'acme'; known: (\S+, )*commercial-ama, (\S+, )*medicare", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task A_payer_map_naming_an_unknown_profile_lists_the_known_ids()
    {
        var map = Path.Combine(_dir, "payers.json");
        await File.WriteAllTextAsync(map, """{"Acme Health": "acme"}""");

        var run = await CliRun.RunAsync("audit", CliRun.Sample, "--payer-map", map);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("which is not a payer profile; known: commercial-ama, ", run.Stderr);
        Assert.Contains("medicare", run.Stderr);
    }

    [Fact]
    public async Task Keys_create_with_nothing_listening_says_to_start_azurite_without_the_sdks_retry_text()
    {
        // A loopback port that was just free: nothing listens there, so the connection is refused.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
                         "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
                         $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

        var run = await CliRun.RunAsync("keys", "create", "--clinic", "clinic-down", "--storage", connection);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains($"cannot reach the table storage at 127.0.0.1:{port}", run.Stderr);
        Assert.Contains("bash scripts/azurite.sh start", run.Stderr);
        Assert.Contains("check the connection string", run.Stderr);
        // The SDK's retry loop is not entered (it would say "Retry failed after 4 tries").
        Assert.DoesNotContain("Retry", run.Stderr);
    }

    [Fact]
    public async Task Units_without_a_method_or_a_payer_uses_the_medicare_method_and_says_so()
    {
        var run = await CliRun.RunAsync("units", "97112=24", "97110=23");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("cms: 47 timed minutes → 3 units", run.Stdout);
        Assert.Equal("method: cms (the medicare profile's; give --method or --payer to choose)\n", run.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Units_json_without_a_method_keeps_stdout_pure_json()
    {
        var run = await CliRun.RunAsync("units", "--json", "97112=24", "97110=23");

        Assert.Equal(0, run.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Equal("cms", doc.RootElement.GetProperty("method").GetString());
        Assert.Contains("the medicare profile's", run.Stderr);
    }

    [Fact]
    public async Task One_of_anything_is_singular()
    {
        var path = Path.Combine(_dir, "one.csv");
        // One visit, one line billed 3 units for 30 minutes of 97110 (2 by the 8-minute rule): one error;
        // and one row with a bad date: one rejected row.
        await File.WriteAllTextAsync(path,
            "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units,modifiers\n" +
            "V-1,P-1,2026-03-02,medicare,97110,30,3,GP\n" +
            "V-2,P-2,not-a-date,medicare,97110,30,2,GP\n");

        var run = await CliRun.RunAsync("audit", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 visit, 1 line, 1 rejected row", run.Stdout);
        Assert.Matches(@"Findings: 1 error, \d+ warnings?, \d+ info", run.Stdout);

        var units = await CliRun.RunAsync("units", "--method", "cms", "97110=8");
        Assert.Contains("cms: 8 timed minutes → 1 unit\n", units.Stdout.ReplaceLineEndings("\n"));
        Assert.Matches(@"97110\s+8 min\s+1 unit\n", units.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_directory_name_with_control_characters_is_printed_escaped()
    {
        // A name that would recolour the terminal (ESC [31m) if printed raw.
        var dir = Path.Combine(_dir, "red\u001b[31mdir");
        Directory.CreateDirectory(dir);
        var run = await CliRun.RunAsync("audit", dir);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stderr);
        Assert.Contains("red\\x1B[31mdir' is a directory; give a file", run.Stderr);
    }

    [Fact]
    public async Task The_console_headline_separates_thousands_like_the_html_report()
    {
        var sample = await File.ReadAllLinesAsync(CliRun.Sample);
        var row = sample[1]; // V-1001, one 97112 line
        var file = Path.Combine(_dir, "big.csv");
        await File.WriteAllLinesAsync(file, [sample[0], .. Enumerable.Range(0, 1000).Select(i => "V-" + (10000 + i) + row[row.IndexOf(',')..])]);

        var run = await CliRun.RunAsync("audit", file);

        Assert.Contains("  1,000 visits, 1,000 lines, 0 rejected rows", run.Stdout);
        Assert.Contains(" of 1,000 (", run.Stdout);
    }

    [Theory]
    [InlineData("https://nosuchaccount.table.core.windows.net")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=nosuchaccount;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net")]
    public async Task A_remote_table_endpoint_is_left_to_the_sdk_which_goes_through_the_proxy(string connection)
    {
        // A direct TCP connect ignores HTTPS_PROXY: behind a proxy it fails where the SDK gets through.
        Assert.Null(await ClaimAudit.Cli.Commands.KeysCommand.UnreachableAsync(connection, CancellationToken.None));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("[::1]")]
    public async Task A_loopback_endpoint_by_name_is_still_probed(string host)
    {
        var connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
                         "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
                         $"TableEndpoint=http://{host}:1/devstoreaccount1;";
        var why = await ClaimAudit.Cli.Commands.KeysCommand.UnreachableAsync(connection, CancellationToken.None);
        Assert.NotNull(why);
        Assert.Contains("start Azurite", why);
    }
}
