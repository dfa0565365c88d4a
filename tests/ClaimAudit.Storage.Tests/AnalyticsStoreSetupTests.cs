using ClaimAudit.Application;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimAudit.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class AnalyticsStoreSetupTests(AzuriteFixture azurite)
{
    [Fact]
    public void The_analytics_stores_are_registered_once_by_class_and_by_interface()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AuditStorage"] = AzuriteFixture.ConnectionString }).Build();
        using var provider = new ServiceCollection().AddAuditStorage(configuration).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.Same(provider.GetRequiredService<AuditedClaimStore>(), provider.GetRequiredService<IAuditedClaimStore>());
        Assert.Same(provider.GetRequiredService<RemittanceStore>(), provider.GetRequiredService<IRemittanceStore>());
    }

    [Fact]
    public async Task Setting_up_storage_creates_the_analytics_tables_and_the_remittance_containers()
    {
        await azurite.Storage.EnsureCreatedAsync();

        var tables = new List<string>();
        await foreach (var t in azurite.Tables.QueryAsync()) tables.Add(t.Name);
        Assert.Contains(AuditStorage.AuditedClaimsTable, tables);
        Assert.Contains(AuditStorage.RemittancesTable, tables);
        Assert.True(await azurite.Blobs.GetBlobContainerClient("remittances").ExistsAsync());
        Assert.True(await azurite.Blobs.GetBlobContainerClient("remittances-results").ExistsAsync());
        Assert.Equal(("AuditedClaims", "Remittances"), (AuditStorage.AuditedClaimsTable, AuditStorage.RemittancesTable));
    }
}
