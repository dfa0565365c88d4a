namespace ClaimAudit.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class HealthTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Health_reports_reachable_storage_and_the_version_without_a_key()
    {
        var request = Http.Request("GET", "/api/health");
        var outcome = await Http.Run(request, await new FunctionFactory(azurite).Health().Run(request, default));
        Assert.Equal(200, outcome.Status);
        Assert.Equal("healthy", outcome.Json.GetProperty("status").GetString());
        Assert.Equal("reachable", outcome.Json.GetProperty("storage").GetString());
        Assert.False(string.IsNullOrEmpty(outcome.Json.GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Health_is_503_when_storage_does_not_answer()
    {
        // Port 1 refuses connections; the SAS query is a placeholder (the table client insists on one) and is never checked.
        var nowhere = new Uri("http://127.0.0.1:1/devstoreaccount1?sv=2024-08-04&sig=placeholder");
        var storage = new ClaimAudit.Storage.AuditStorage(new Azure.Storage.Blobs.BlobServiceClient(nowhere), new Azure.Data.Tables.TableServiceClient(nowhere));
        var request = Http.Request("GET", "/api/health");
        var outcome = await Http.Run(request, await new ClaimAudit.Functions.Functions.Health(storage).Run(request, default));
        Assert.Equal(503, outcome.Status);
        Assert.Equal("unreachable", outcome.Json.GetProperty("storage").GetString());
    }
}
