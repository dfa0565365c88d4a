namespace ClaimAudit.Infra.Tests;

/// <summary>What the 835 remittances need deployed (PRODUCT.md section 11): their containers, tables, and the Event Grid subscription of their trigger.</summary>
[Collection(BicepCollection.Name)]
public sealed class RemittanceTemplateTests(CompiledTemplate compiled)
{
    [Fact]
    public void Storage_has_the_remittance_containers_and_the_analytics_tables()
    {
        var json = compiled.Root.Template.ToJsonString();

        Assert.Contains("'remittances'", File.ReadAllText(TestEnvironment.MainBicep));
        Assert.Contains("remittances-results", json);
        Assert.Contains("AuditedClaims", json);
        Assert.Contains("Remittances", json);
        var outputs = compiled.Root.Template["outputs"]!.AsObject();
        Assert.Equal("ReceiveUploadedRemittance", (string?)outputs["REMIT_FUNCTION_NAME"]!["value"]);
        Assert.True(outputs.ContainsKey("REMITTANCES_CONTAINER_NAME"));
    }
}

/// <summary>The posix hook subscribes the remittance trigger beside the upload trigger.</summary>
public sealed class RemittanceHookTests : HookTestBase
{
    [RequiresProgramFact("bash", "a POSIX shell is needed to run the azd hook")]
    public void Subscribes_the_remittance_trigger_webhook_to_BlobCreated_under_remittances()
    {
        WriteFakeAz(keyAvailable: true);

        var result = RunHook(AzdEnvironment());

        Assert.True(result.ExitCode == 0, result.Combined);
        var creates = Calls().Where(c => c.StartsWith("eventgrid system-topic event-subscription create", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, creates.Count);
        var remit = Assert.Single(creates, c => c.Contains("--subject-begins-with /blobServices/default/containers/remittances/", StringComparison.Ordinal));
        Assert.Contains("--name remittances-blob-created", remit);
        Assert.Contains($"functionName=Host.Functions.ReceiveUploadedRemittance&code={BlobsKey} ", remit);
        Assert.Contains("--included-event-types Microsoft.Storage.BlobCreated", remit);
        // One key lookup serves both subscriptions.
        Assert.Single(Calls(), c => c.StartsWith("functionapp keys list", StringComparison.Ordinal));
        Assert.DoesNotContain(BlobsKey, result.Combined);
    }

    protected override ProcessResult RunHook(Dictionary<string, string?> environment) =>
        TestEnvironment.Run("bash", [TestEnvironment.PostdeployScript], environment, TimeSpan.FromSeconds(60));
}
