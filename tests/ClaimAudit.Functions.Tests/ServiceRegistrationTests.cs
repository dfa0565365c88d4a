using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ClaimAudit.Functions.Functions;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimAudit.Functions.Tests;

/// <summary>The AuditStorage connection in both forms the Functions host accepts, resolved the way Program.cs resolves it.</summary>
public sealed class ServiceRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddClaimAuditFunctions(configuration);
        // The function classes themselves, as the worker activates them.
        foreach (var type in typeof(PostAudit).Assembly.GetTypes().Where(t => t.Namespace == typeof(PostAudit).Namespace && t.IsClass && t.IsPublic))
            services.AddTransient(type);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    [Fact]
    public void A_connection_string_such_as_UseDevelopmentStorage_points_every_client_at_Azurite()
    {
        using var provider = Build(new() { ["AuditStorage"] = "UseDevelopmentStorage=true", ["ClaimAudit:MaxRequestBytes"] = "1000" });
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", provider.GetRequiredService<BlobServiceClient>().Uri.ToString().TrimEnd('/'));
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", provider.GetRequiredService<TableServiceClient>().Uri.ToString().TrimEnd('/'));
        Assert.Equal(1000, provider.GetRequiredService<ApiOptions>().MaxRequestBytes);
        Assert.NotNull(provider.GetRequiredService<PostAudit>());
        Assert.NotNull(provider.GetRequiredService<AuditUploadedBatch>());
    }

    [Fact]
    public void The_identity_based_form_uses_the_service_URIs_with_a_managed_identity()
    {
        using var provider = Build(new()
        {
            ["AuditStorage:blobServiceUri"] = "https://claimaudit.blob.core.windows.net",
            ["AuditStorage:tableServiceUri"] = "https://claimaudit.table.core.windows.net",
            ["AuditStorage:queueServiceUri"] = "https://claimaudit.queue.core.windows.net",
            ["AuditStorage:credential"] = "managedidentity",
            ["AuditStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        });
        Assert.Equal("https://claimaudit.blob.core.windows.net/", provider.GetRequiredService<BlobServiceClient>().Uri.ToString());
        Assert.Equal("claimaudit", provider.GetRequiredService<TableServiceClient>().AccountName);
        Assert.NotNull(provider.GetRequiredService<BatchAuditService>());
    }

    [Fact]
    public void A_missing_connection_says_which_settings_to_add() =>
        Assert.Contains("AuditStorage__blobServiceUri",
            Assert.Throws<InvalidOperationException>(() => Build(new())).Message);
}
