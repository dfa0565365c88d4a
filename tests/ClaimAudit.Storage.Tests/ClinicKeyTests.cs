using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;

namespace ClaimAudit.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ClinicKeyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_created_key_identifies_its_clinic_and_only_its_hash_is_stored()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();

        Assert.Equal(clinicId, await azurite.Keys.FindClinicAsync(key));
        Assert.Null(await azurite.Keys.FindClinicAsync(key + "x"));
        Assert.Null(await azurite.Keys.FindClinicAsync(""));

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        var table = azurite.Tables.GetTableClient(AuditStorage.ClinicKeysTable);
        var rows = table.QueryAsync<TableEntity>(e => e.GetString("ClinicId") == clinicId);
        var stored = new List<TableEntity>();
        await foreach (var row in rows) stored.Add(row);
        var entity = Assert.Single(stored);
        Assert.Equal(hash, entity.PartitionKey);
        Assert.DoesNotContain(entity, kv => kv.Value?.ToString()?.Contains(key, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_factory_outside_dependency_injection_takes_a_connection_string()
    {
        var store = ClinicKeyStore.Create(AzuriteFixture.ConnectionString);
        var clinicId = AzuriteFixture.NewClinicId();
        var key = await store.CreateAsync(clinicId);
        Assert.StartsWith("ca_", key);
        Assert.Equal(clinicId, await azurite.Keys.FindClinicAsync(key));
        Assert.True(await store.RevokeAsync(key));
        Assert.Null(await azurite.Keys.FindClinicAsync(key));
    }

    [Theory]
    [InlineData("_builtin")]
    [InlineData("a/b")]
    [InlineData("")]
    public async Task A_clinic_id_that_cannot_be_a_table_key_is_refused(string clinicId) =>
        await Assert.ThrowsAsync<ArgumentException>(() => azurite.Keys.CreateAsync(clinicId));
}
