using ClaimAudit.Storage;

namespace ClaimAudit.Cli.Tests;

/// <summary>`claimaudit keys create` against Azurite (started by scripts/test.sh on ports of its own).</summary>
public class KeysCommandTests
{
    private static readonly string Azurite = ClaimAudit.Tests.Shared.TestStorage.ConnectionString;

    [Fact]
    public async Task Keys_create_prints_a_key_once_that_the_api_resolves_to_the_clinic()
    {
        var clinic = $"cli-{Guid.NewGuid():N}"[..20];
        var run = await CliRun.RunAsync("keys", "create", "--clinic", clinic, "--storage", Azurite);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var key = run.Stdout.Trim();
        Assert.False(string.IsNullOrWhiteSpace(key));
        Assert.Equal(clinic, await ClinicKeyStore.Create(Azurite).FindClinicAsync(key));
        Assert.Contains("only this once", run.Stderr);
    }

    [Fact]
    public async Task Keys_create_refuses_a_clinic_id_that_cannot_be_a_key_with_exit_2()
    {
        var run = await CliRun.RunAsync("keys", "create", "--clinic", "no spaces/or slashes", "--storage", Azurite);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("claimaudit: cannot create the key", run.Stderr);
        Assert.Equal("", run.Stdout);
    }
}
