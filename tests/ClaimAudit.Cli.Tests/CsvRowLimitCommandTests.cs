namespace ClaimAudit.Cli.Tests;

/// <summary>Issue 14 item 1: a CSV row over the reader's 16 Mi-character limit is a rejected row, not a crash.</summary>
public class CsvRowLimitCommandTests
{
    [Fact]
    public async Task A_row_over_16_Mi_characters_is_reported_as_a_rejected_row_and_the_audit_ends_normally()
    {
        var path = Path.Combine(Path.GetTempPath(), $"claimaudit-long-row-{Guid.NewGuid():N}.csv");
        try
        {
            using (var file = new StreamWriter(path))
            {
                file.Write("visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,note\n");
                file.Write("V-1,P-1,2026-03-04,medicare,97110,30,");
                var chunk = new string('x', 1024);
                for (var i = 0; i <= 16 * 1024; i++) file.Write(chunk);
                file.Write("\nV-2,P-2,2026-03-04,medicare,97110,30,PNF D2\n");
            }

            var run = await CliRun.RunAsync("audit", path);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Stderr);
            Assert.Contains("1 visit", run.Stdout);
            Assert.Contains("16,777,216", run.Stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
