using System.Net.Sockets;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ClaimAudit.Tests.Shared;

namespace ClaimAudit.Storage.Tests;

/// <summary>
/// Real storage for the tests: the Azurite emulator on 127.0.0.1, on the ports of this run
/// (<see cref="TestStorage"/>). Tests keep apart by using a fresh clinic id each, so they can share
/// the tables and containers.
/// </summary>
public sealed class AzuriteFixture
{
    public static string ConnectionString => TestStorage.ConnectionString;

    public AzuriteFixture()
    {
        foreach (var port in new[] { new BlobServiceClient(ConnectionString).Uri.Port, new TableServiceClient(ConnectionString).Uri.Port })
        {
            using var client = new TcpClient();
            try
            {
                client.ConnectAsync("127.0.0.1", port).Wait(TimeSpan.FromSeconds(2));
            }
            catch (Exception) { }
            if (!client.Connected)
                throw new InvalidOperationException(
                    $"Azurite is not reachable on 127.0.0.1:{port}. These tests run against real storage: run `npm ci && scripts/azurite.sh start` in the repository root first.");
        }
        // Few, quick retries: a test should fail fast, not wait out the production retry policy.
        var blobOptions = new BlobClientOptions();
        blobOptions.Retry.MaxRetries = 1;
        blobOptions.Retry.Delay = TimeSpan.FromMilliseconds(50);
        var tableOptions = new TableClientOptions();
        tableOptions.Retry.MaxRetries = 1;
        tableOptions.Retry.Delay = TimeSpan.FromMilliseconds(50);
        Blobs = new BlobServiceClient(ConnectionString, blobOptions);
        Tables = new TableServiceClient(ConnectionString, tableOptions);
        Storage = new AuditStorage(Blobs, Tables);
        Storage.EnsureCreatedAsync().GetAwaiter().GetResult();
        Keys = new ClinicKeyStore(Storage);
    }

    public BlobServiceClient Blobs { get; }
    public TableServiceClient Tables { get; }
    public AuditStorage Storage { get; }
    public ClinicKeyStore Keys { get; }

    public static string NewClinicId() => "t" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>A fresh clinic and its API key.</summary>
    public async Task<(string ClinicId, string ApiKey)> NewClinicAsync()
    {
        var clinicId = NewClinicId();
        return (clinicId, await Keys.CreateAsync(clinicId));
    }

    public BlobClient BatchBlob(string clinicId, string name) => Storage.Batches.GetBlobClient($"{clinicId}/{name}");

    public async Task<BlobClient> UploadAsync(string clinicId, string name, string content)
    {
        var blob = BatchBlob(clinicId, name);
        await blob.UploadAsync(BinaryData.FromString(content), overwrite: true);
        return blob;
    }

    public async Task<string?> ReadReportAsync(string path)
    {
        var blob = Storage.Reports.GetBlobClient(path);
        if (!(await blob.ExistsAsync()).Value) return null;
        return (await blob.DownloadContentAsync()).Value.Content.ToString();
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
