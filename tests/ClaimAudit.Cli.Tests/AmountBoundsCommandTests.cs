namespace ClaimAudit.Cli.Tests;

/// <summary>
/// Issue 14, item 1: amounts near decimal's maximum, in the batch or in a --payers file, are a
/// rejected row or a refused profile with the bound named, never a stack trace and exit 1.
/// </summary>
public class AmountBoundsCommandTests
{
    private const string Max = "79228162514264337593543950335";

    private static async Task<CliRun> AuditAsync(string csv, string? payersJson = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"claimaudit-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var batch = Path.Combine(dir, "batch.csv");
            await File.WriteAllTextAsync(batch, csv);
            if (payersJson is null) return await CliRun.RunAsync("audit", batch);
            var payers = Path.Combine(dir, "payers.json");
            await File.WriteAllTextAsync(payers, payersJson);
            return await CliRun.RunAsync("audit", batch, "--payers", payers);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static void NoStackTrace(CliRun run)
    {
        Assert.NotEqual(1, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
        Assert.DoesNotContain("Exception", run.Stdout + run.Stderr);
    }

    [Fact]
    public async Task A_payer_rate_near_decimals_maximum_exits_2_naming_the_code_and_the_bound()
    {
        var run = await AuditAsync(
            "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes\nV1,P1,2026-03-02,bigpay,97110,30\nV1,P1,2026-03-02,bigpay,97112,30\n",
            """{"payerId":"bigpay","rates":{"97110":MAX,"97112":MAX}}""".Replace("MAX", Max, StringComparison.Ordinal));

        NoStackTrace(run);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rates['97110']", run.Stderr);
        Assert.Contains("100,000.00", run.Stderr);
    }

    [Fact]
    public async Task A_ytd_amount_near_decimals_maximum_is_a_rejected_row_and_the_rest_is_audited()
    {
        var run = await AuditAsync(
            $"visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,ytd_therapy_amount\nV1,P1,2026-03-02,medicare,97110,30,{Max}\nV2,P1,2026-03-03,medicare,97110,30,1000000\nV3,P1,2026-03-04,medicare,97110,30,\n");

        NoStackTrace(run);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ytd_therapy_amount", run.Stdout);
        Assert.Contains("from 0 to 1,000,000", run.Stdout);
        Assert.Contains("2 visits", run.Stdout);
    }

    [Fact]
    public async Task Rates_and_ytd_amounts_at_their_bounds_are_audited_without_overflow()
    {
        var lines = string.Concat(Enumerable.Range(1, 200).Select(i =>
            $"V{i},P1,2026-03-{1 + i % 28:00},maxpay,97110,600,1000000,99\n"));
        var run = await AuditAsync(
            "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,ytd_therapy_amount,billed_units\n" + lines,
            """{"payerId":"maxpay","rates":{"97110":100000},"kxThresholds":{"2026":1000000},"reviewThreshold":1000000}""");

        NoStackTrace(run);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("200 visits", run.Stdout);
    }
}
