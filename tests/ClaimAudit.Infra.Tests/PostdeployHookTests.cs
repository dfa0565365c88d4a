namespace ClaimAudit.Infra.Tests;

/// <summary>
/// Runs an azd postdeploy hook against a stand-in `az` that records its arguments, so the Event
/// Grid subscription it would create can be checked without Azure.
/// </summary>
public abstract class HookTestBase : IDisposable
{
    protected const string BlobsKey = "s3cr3t-blobs-KEY==";

    /// <summary>What the stand-in az says when it has no key to give.</summary>
    protected const string KeyListError = "ERROR: (Forbidden) stand-in az has no key to list";

    private readonly DirectoryInfo _fakeBin = Directory.CreateTempSubdirectory("claimaudit-fake-az-");

    private string CallLog => Path.Combine(_fakeBin.FullName, "az-calls.log");

    public void Dispose()
    {
        _fakeBin.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }

    protected Dictionary<string, string?> AzdEnvironment() => new()
    {
        ["PATH"] = $"{_fakeBin.FullName}{Path.PathSeparator}{Environment.GetEnvironmentVariable("PATH")}",
        ["AZURE_SUBSCRIPTION_ID"] = "00000000-0000-0000-0000-000000000001",
        ["AZURE_RESOURCE_GROUP"] = "rg-dev",
        ["AZURE_FUNCTION_APP_NAME"] = "func-claimaudit-abc123",
        ["EVENTGRID_SYSTEM_TOPIC_NAME"] = "evgst-abc123",
        // Whatever the machine running the tests has set must not leak into the run.
        ["AZURE_FUNCTION_APP_HOSTNAME"] = null,
        ["AUDIT_FUNCTION_NAME"] = null,
        ["VISIT_BATCHES_CONTAINER_NAME"] = null,
        ["EVENTGRID_SUBSCRIPTION_NAME"] = null,
        ["POSTDEPLOY_KEY_ATTEMPTS"] = null,
        ["POSTDEPLOY_RETRY_SECONDS"] = "0",
    };

    protected abstract ProcessResult RunHook(Dictionary<string, string?> environment);

    protected IReadOnlyList<string> Calls() => File.Exists(CallLog) ? File.ReadAllLines(CallLog) : [];

    /// <summary>An `az` that logs its arguments on one line and answers like a signed-in CLI.</summary>
    protected void WriteFakeAz(bool keyAvailable)
    {
        var az = Path.Combine(_fakeBin.FullName, "az");
        File.WriteAllText(az, $$"""
            #!/usr/bin/env bash
            [ "$1" = "__probe" ] && exit 0
            echo "$*" >> '{{CallLog}}'
            case "$1 $2" in
              "account show") exit 0 ;;
              "functionapp keys") {{(keyAvailable ? $"echo '{BlobsKey}'; exit 0" : $"echo '{KeyListError}' >&2; exit 1")}} ;;
              "eventgrid system-topic") exit 0 ;;
            esac
            echo "fake az: unexpected call: $*" >&2
            exit 2
            """.Replace("\r\n", "\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            WaitUntilRunnable(az);
        }
    }

    // A script just written can be "text file busy" (ETXTBSY) for a moment when another test forks a
    // process while the write is open: the hook would then see az fail ("not signed in"). Wait until it runs.
    private static void WaitUntilRunnable(string script)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                using var probe = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(script, "__probe")
                    { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
                probe.WaitForExit();
                if (probe.ExitCode == 0) return;
            }
            catch (System.ComponentModel.Win32Exception) { }
            Thread.Sleep(100);
        }
        throw new InvalidOperationException($"the stand-in az at {script} never became runnable");
    }
}

/// <summary>infra/hooks/postdeploy.sh, the hook azd runs on Linux and macOS.</summary>
public sealed class PostdeployHookTests : HookTestBase
{
    [RequiresProgramFact("shellcheck", "apt-get install shellcheck")]
    public void Posix_hook_passes_shellcheck()
    {
        var result = TestEnvironment.Run("shellcheck", ["--severity=style", "--external-sources", TestEnvironment.PostdeployScript]);

        Assert.True(result.ExitCode == 0, result.Combined);
    }

    [RequiresProgramFact("bash", "a POSIX shell is needed to run the azd hook")]
    public void Subscribes_the_blob_trigger_webhook_to_BlobCreated_under_visit_batches()
    {
        WriteFakeAz(keyAvailable: true);

        var result = RunHook(AzdEnvironment());

        Assert.True(result.ExitCode == 0, result.Combined);
        var create = Assert.Single(Calls(), c => c.StartsWith("eventgrid system-topic event-subscription create", StringComparison.Ordinal) && c.Contains("/containers/visit-batches/", StringComparison.Ordinal));
        Assert.Contains("--resource-group rg-dev", create);
        Assert.Contains("--system-topic-name evgst-abc123", create);
        Assert.Contains("--endpoint-type webhook", create);
        Assert.Contains(
            $"--endpoint https://func-claimaudit-abc123.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.AuditUploadedBatch&code={BlobsKey} ",
            create);
        Assert.Contains("--included-event-types Microsoft.Storage.BlobCreated", create);
        Assert.Contains("--subject-begins-with /blobServices/default/containers/visit-batches/", create);
        Assert.Contains("--subscription 00000000-0000-0000-0000-000000000001", create);

        var keys = Assert.Single(Calls(), c => c.StartsWith("functionapp keys list", StringComparison.Ordinal));
        Assert.Contains("--name func-claimaudit-abc123", keys);
        Assert.Contains("--query systemKeys.blobs_extension", keys);

        // The key is a secret: it goes to az, never to the deployment log.
        Assert.DoesNotContain(BlobsKey, result.Combined);
    }

    [RequiresProgramFact("bash", "a POSIX shell is needed to run the azd hook")]
    public void Uses_the_host_name_azd_reports_when_there_is_one()
    {
        WriteFakeAz(keyAvailable: true);
        var environment = AzdEnvironment();
        environment["AZURE_FUNCTION_APP_HOSTNAME"] = "func-claimaudit-abc123-h4sh.westeurope-01.azurewebsites.net";

        var result = RunHook(environment);

        Assert.True(result.ExitCode == 0, result.Combined);
        var create = Assert.Single(Calls(), c => c.StartsWith("eventgrid", StringComparison.Ordinal) && c.Contains("/containers/visit-batches/", StringComparison.Ordinal));
        Assert.Contains("--endpoint https://func-claimaudit-abc123-h4sh.westeurope-01.azurewebsites.net/runtime/webhooks/blobs?", create);
    }

    [RequiresProgramFact("bash", "a POSIX shell is needed to run the azd hook")]
    public void Stops_with_a_clear_error_when_provisioning_outputs_are_missing()
    {
        WriteFakeAz(keyAvailable: true);
        var environment = AzdEnvironment();
        environment["EVENTGRID_SYSTEM_TOPIC_NAME"] = null;

        var result = RunHook(environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("EVENTGRID_SYSTEM_TOPIC_NAME is not set", result.StandardError);
        Assert.DoesNotContain(Calls(), c => c.StartsWith("eventgrid", StringComparison.Ordinal));
    }

    [RequiresProgramFact("bash", "a POSIX shell is needed to run the azd hook")]
    public void Stops_without_subscribing_when_the_blobs_extension_key_never_appears()
    {
        WriteFakeAz(keyAvailable: false);
        var environment = AzdEnvironment();
        environment["POSTDEPLOY_KEY_ATTEMPTS"] = "2";
        environment["POSTDEPLOY_RETRY_SECONDS"] = "0";

        var result = RunHook(environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no blobs_extension system key", result.StandardError);
        Assert.Contains(KeyListError, result.StandardError); // the cause is shown, not swallowed
        Assert.Equal(2, Calls().Count(c => c.StartsWith("functionapp keys list", StringComparison.Ordinal)));
        Assert.DoesNotContain(Calls(), c => c.StartsWith("eventgrid", StringComparison.Ordinal));
    }

    protected override ProcessResult RunHook(Dictionary<string, string?> environment) =>
        TestEnvironment.Run("bash", [TestEnvironment.PostdeployScript], environment, TimeSpan.FromSeconds(60));
}

/// <summary>
/// The Windows hook (postdeploy.ps1) against the same stand-in `az`, when PowerShell 7 is installed
/// (e.g. <c>dotnet tool install --tool-path DIR PowerShell</c>). On Linux pwsh passes the URL as is,
/// so the webhook arguments must match the bash hook's.
/// </summary>
public sealed class PowerShellPostdeployHookTests : HookTestBase
{
    [RequiresProgramFact("pwsh", "install PowerShell 7 to check the Windows hook")]
    public void Windows_hook_creates_the_same_subscription()
    {
        WriteFakeAz(keyAvailable: true);

        var result = RunHook(AzdEnvironment());

        Assert.True(result.ExitCode == 0, result.Combined);
        var create = Assert.Single(Calls(), c => c.StartsWith("eventgrid system-topic event-subscription create", StringComparison.Ordinal) && c.Contains("/containers/visit-batches/", StringComparison.Ordinal));
        Assert.Contains(
            $"--endpoint https://func-claimaudit-abc123.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.AuditUploadedBatch&code={BlobsKey} ",
            create);
        Assert.Contains("--included-event-types Microsoft.Storage.BlobCreated", create);
        Assert.Contains("--subject-begins-with /blobServices/default/containers/visit-batches/", create);
        Assert.Contains("--subscription 00000000-0000-0000-0000-000000000001", create);
        Assert.DoesNotContain(BlobsKey, result.Combined);
    }

    [RequiresProgramFact("pwsh", "install PowerShell 7 to check the Windows hook")]
    public void Windows_hook_stops_with_a_clear_error_when_provisioning_outputs_are_missing()
    {
        WriteFakeAz(keyAvailable: true);
        var environment = AzdEnvironment();
        environment["AZURE_FUNCTION_APP_NAME"] = null;

        var result = RunHook(environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("AZURE_FUNCTION_APP_NAME is not set", result.StandardError);
        Assert.DoesNotContain(Calls(), c => c.StartsWith("eventgrid", StringComparison.Ordinal));
    }

    [RequiresProgramFact("pwsh", "install PowerShell 7 to check the Windows hook")]
    public void Windows_hook_shows_the_az_error_when_the_key_never_appears()
    {
        WriteFakeAz(keyAvailable: false);
        var environment = AzdEnvironment();
        environment["POSTDEPLOY_KEY_ATTEMPTS"] = "2";

        var result = RunHook(environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no blobs_extension system key", result.StandardError);
        Assert.Contains(KeyListError, result.StandardError);
        Assert.Equal(2, Calls().Count(c => c.StartsWith("functionapp keys list", StringComparison.Ordinal)));
        Assert.DoesNotContain(Calls(), c => c.StartsWith("eventgrid", StringComparison.Ordinal));
    }

    protected override ProcessResult RunHook(Dictionary<string, string?> environment) =>
        TestEnvironment.Run(
            "pwsh",
            ["-NoProfile", "-NonInteractive", "-File", Path.ChangeExtension(TestEnvironment.PostdeployScript, ".ps1")],
            environment,
            TimeSpan.FromSeconds(60));
}
