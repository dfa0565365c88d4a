using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using ClaimAudit.Application;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ClaimAudit.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Prefix of the log categories the Azure SDK's forwarder writes to (<c>Azure.Core</c>, <c>Azure.Storage.Blobs</c>, <c>Azure.Identity</c>…).</summary>
    public const string AzureSdkLogCategory = "Azure.";

    /// <summary>
    /// Registers the storage clients for the <c>AuditStorage</c> connection, every store (each also as
    /// the application's interface it implements) and the storage fault classifier. The connection is
    /// either a connection string (<c>AuditStorage=UseDevelopmentStorage=true</c>) or the identity-based
    /// form the Functions host uses too: <c>AuditStorage__blobServiceUri</c>, <c>__tableServiceUri</c>,
    /// optionally <c>__credential=managedidentity</c> and <c>__clientId</c> for a user-assigned identity.
    /// The app itself uses no queue: <c>__queueServiceUri</c> is the host's, for the blob trigger's poison queue.
    /// <para>
    /// <c>AddAzureClients</c> also forwards the Azure SDK's event sources into the app's logs, and at
    /// Information those name every request URI — <c>visit-batches/{clinic}/{file name}</c>, and file
    /// names can be patient names. The <c>Azure.*</c> categories are therefore held at Warning (errors
    /// still show, with status and request id but no URI).
    /// </para>
    /// </summary>
    public static IServiceCollection AddAuditStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLogging(logging => logging.AddFilter(AzureSdkLogCategory, LogLevel.Warning));
        var section = configuration.GetSection(AuditStorage.ConnectionName);
        var connectionString = section.Value;
        services.AddAzureClients(clients =>
        {
            if (!string.IsNullOrWhiteSpace(connectionString))
            {
                clients.AddBlobServiceClient(connectionString);
                clients.AddTableServiceClient(connectionString);
            }
            else
            {
                var blobUri = section["blobServiceUri"];
                var tableUri = section["tableServiceUri"];
                if (string.IsNullOrWhiteSpace(blobUri) || string.IsNullOrWhiteSpace(tableUri))
                    throw new InvalidOperationException(
                        $"Storage connection '{AuditStorage.ConnectionName}' is not configured: set {AuditStorage.ConnectionName} to a connection string " +
                        $"(UseDevelopmentStorage=true for Azurite) or set {AuditStorage.ConnectionName}__blobServiceUri and {AuditStorage.ConnectionName}__tableServiceUri");
                var credential = CredentialFrom(section);
                clients.AddBlobServiceClient(new Uri(blobUri)).WithCredential(credential);
                clients.AddTableServiceClient(new Uri(tableUri)).WithCredential(credential);
            }
        });
        services.TryAddSingleton(sp => new AuditStorage(sp.GetRequiredService<BlobServiceClient>(), sp.GetRequiredService<TableServiceClient>()));
        services.TryAddSingleton<ClinicKeyStore>();
        services.TryAddSingleton<EpisodeStore>();
        services.AddStore<IPayerProfileStore, PayerProfileStore>();
        services.AddStore<IBatchStore, BatchStore>();
        services.AddStore<IHistoryStore, HistoryStore>();
        services.AddStore<IReportStore, ReportStore>();
        services.AddStore<IClinicMapStore, ClinicMapStore>();
        services.AddStore<IAuditedClaimStore, AuditedClaimStore>();
        services.AddStore<IRemittanceStore, RemittanceStore>();
        services.TryAddSingleton<IUploadUrlIssuer, UploadUrlIssuer>();
        services.TryAddSingleton<IStorageFaultClassifier>(StorageFaults.Instance);
        return services;
    }

    // One instance per store, whether asked for by its class (the HTTP routes) or by its interface (the audit).
    private static void AddStore<TInterface, TStore>(this IServiceCollection services) where TInterface : class where TStore : class, TInterface
    {
        services.TryAddSingleton<TStore>();
        services.TryAddSingleton<TInterface>(sp => sp.GetRequiredService<TStore>());
    }

    // credential=managedidentity (+ clientId for a user-assigned identity), as the Functions host reads it; else DefaultAzureCredential.
    private static TokenCredential CredentialFrom(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        return string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrWhiteSpace(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId });
    }
}
