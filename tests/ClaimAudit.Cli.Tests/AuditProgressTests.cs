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
        // samples/visits.csv: a header and 59 data rows. Drawn once the file is read, the audit starting;
        // not necessarily the first frame: on a loaded machine the timer may draw the reading phase first.
        Assert.StartsWith("\r", run.Stderr);
        Assert.Matches(@"\r59 rows read · 0 visits audited · ", run.Stderr);
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

    [Fact]
    public async Task The_visits_rate_counts_from_the_first_visit_not_from_the_end_of_reading()
    {
        var now = TimeSpan.Zero;
        var stderr = new StringWriter();
        await using (var progress = new AuditProgress(stderr, startTimer: false, clock: () => now))
        {
            using var input = progress.Count(new MemoryStream(Encoding.UTF8.GetBytes("h\n1\n")), csv: true);
            await input.CopyToAsync(Stream.Null);
            now = TimeSpan.FromSeconds(1);
            progress.Audit(); // the file is read; the first visit is audited a second later (history, partitions…)
            now = TimeSpan.FromSeconds(2);
            var sink = progress.Sink();
            for (var i = 0; i < 10; i++) await sink.WriteVisitAsync(null!, CancellationToken.None);
            now = TimeSpan.FromSeconds(3);
            progress.Draw();
        }

        // 10 visits in the 1 second since the first one: 10/s (not 5/s over the 2 seconds since reading ended).
        Assert.Contains("\r1 row read · 10 visits audited · 10 visits/s", stderr.ToString());
    }

    [Fact]
    public async Task The_rows_read_include_a_last_row_without_a_trailing_newline()
    {
        var stderr = new StringWriter();
        await using var progress = new AuditProgress(stderr, startTimer: false);
        using var input = progress.Count(new MemoryStream(Encoding.UTF8.GetBytes("h\r\n1\r\n2\r\n3")), csv: true);
        await input.CopyToAsync(Stream.Null);
        progress.Audit();

        Assert.Equal(3, progress.Rows);
        Assert.StartsWith("\r3 rows read · 0 visits audited", stderr.ToString());
    }

    [Fact]
    public async Task A_terminal_run_of_a_file_without_a_trailing_newline_counts_every_row()
    {
        var dir = Directory.CreateTempSubdirectory("claimaudit-progress-").FullName;
        try
        {
            var file = Path.Combine(dir, "visits.csv");
            await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(CliRun.Sample)).TrimEnd('\r', '\n'));
            var run = await RunAsync(new ConsoleTerminals(Stdout: true, Stderr: true), "audit", file);

            Assert.Equal(0, run.Exit);
            Assert.Matches(@"\r59 rows read · 0 visits audited · ", run.Stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
