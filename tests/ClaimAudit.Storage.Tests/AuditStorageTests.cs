namespace ClaimAudit.Storage.Tests;

/// <summary>The storage account's clients outside dependency injection.</summary>
public sealed class AuditStorageTests
{
    [Fact]
    public void The_CLI_factory_derives_the_blob_endpoint_from_a_table_endpoint()
    {
        var storage = AuditStorage.Create("https://claimaudit.table.core.windows.net", new Azure.Identity.ManagedIdentityCredential(Azure.Identity.ManagedIdentityId.SystemAssigned));
        Assert.Equal("https://claimaudit.blob.core.windows.net/", storage.Blobs.Uri.ToString());
        Assert.Equal("claimaudit", storage.TablesClient.AccountName);
    }
}
