namespace ClaimAudit.Cli.Tests;

/// <summary>Issue 14.6: escape sequences in a file's ids and values are printed visibly, never obeyed by the terminal.</summary>
public sealed class TerminalOutputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("claimaudit-terminal-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Control_characters_from_the_input_reach_the_console_escaped()
    {
        var path = Path.Combine(_dir, "batch.csv");
        await File.WriteAllTextAsync(path,
            "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,billed_units\n" +
            "\u001b[2JV-1,P-1,2026-03-02,medicare,97110,30,3\n" +
            "V-2,P-2,2026-03-02,acme\u001b]52;c;aGk=\u0007,97110,30,2\n" +
            "V-3\u202Eevil,P-3,2026-03-02,medicare,97110,30,2\n");

        var run = await CliRun.RunAsync("audit", path);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stdout);
        Assert.DoesNotContain('\u0007', run.Stdout);
        Assert.DoesNotContain('\u202E', run.Stdout);
        Assert.Contains("\\x1B[2JV-1", run.Stdout);           // the visit, with its id shown as it is
        Assert.Contains("unknown payer 'acme\\x1B]52;c;aGk=\\x07'", run.Stdout); // the rejected row's reason
        Assert.Contains("V-3\\u202Eevil", run.Stdout);
        Assert.Contains("ClaimAudit — batch.csv", run.Stdout); // ordinary text untouched
    }
}
