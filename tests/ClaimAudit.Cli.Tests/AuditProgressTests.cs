using System.Text;

namespace ClaimAudit.Cli.Tests;

/// <summary>Issue 13: progress on standard error while auditing, only when standard error is a terminal.</summary>
public class AuditProgressTests
{
    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(ConsoleTerminals terminals, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var raw = new MemoryStream();
        var exit = await ClaimAuditCli.RunAsync(args, stdout, stderr, () => raw, terminals);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task A_redirected_standard_error_gets_no_progress_bytes()
    {
        var run = await RunAsync(new ConsoleTerminals(Stdout: true, Stderr: false), "audit", CliRun.Sample);

        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Stderr);
        Assert.DoesNotContain('\r', run.Stdout);
    }

    [Fact]
    public async Task A_terminal_gets_the_rows_read_redrawn_in_place_and_cleared_before_the_summary()
    {
        var run = await RunAsync(new ConsoleTerminals(Stdout: true, Stderr: true), "audit", CliRun.Sample);

        Assert.Equal(0, run.Exit);
        // samples/visits.csv: a header and 59 data rows. Drawn once the file is read, the audit starting.
        Assert.Matches(@"^\r59 rows read · 0 visits audited · 0 visits/s", run.Stderr);
        // Cleared at the end: spaces over the line, and the cursor back at column 0.
        Assert.Matches(@"\r +\r$", run.Stderr);
        Assert.DoesNotContain('\n', run.Stderr);
        Assert.Contains("36 visits", run.Stdout);
    }

    [Fact]
    public async Task The_report_on_a_terminals_standard_output_is_not_interleaved_with_progress()
    {
        var run = await RunAsync(new ConsoleTerminals(Stdout: true, Stderr: true), "audit", CliRun.Sample, "--out", "-");
        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task The_line_counts_rows_read_and_visits_audited_and_clears_to_column_0()
    {
        var stderr = new StringWriter();
        await using (var progress = new AuditProgress(stderr, startTimer: false))
        {
            using var input = progress.Count(new MemoryStream(Encoding.UTF8.GetBytes("h\n1\n2\n3\n4\n")), csv: true);
            await input.CopyToAsync(Stream.Null);
            progress.Draw();
            progress.Audit();
            var sink = progress.Sink();
            await sink.WriteVisitAsync(null!, CancellationToken.None);
            progress.Draw();
            Assert.Equal(4, progress.Rows);
            Assert.Equal(1, progress.Visits);
        }

        var text = stderr.ToString();
        Assert.StartsWith("\r4 rows read · 0 visits audited · ", text);
        Assert.Matches(@"\r4 rows read · 1 visit audited · [\d,]+ visits?/s", text);
        Assert.EndsWith("\r", text);
        Assert.DoesNotContain('\n', text);
    }
}
