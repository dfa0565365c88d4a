using System.Net.Sockets;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using ClaimAudit.Tests.Shared;
using Microsoft.AspNetCore.Http;

namespace ClaimAudit.Functions.Tests;

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

    public BatchAuditService Audits(TimeProvider? time = null) => BatchAuditService.Create(Storage, time: time);

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

/// <summary>What a function's result wrote to the response.</summary>
public sealed record HttpOutcome(int Status, IHeaderDictionary Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v.ToString() : null;
    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Body).RootElement;
}

/// <summary>Builds <see cref="DefaultHttpContext"/> requests and runs function results against them.</summary>
public static class Http
{
    public static HttpRequest Request(string method, string path, string? body = null, string? contentType = null,
        string? apiKey = null, IDictionary<string, string>? headers = null, bool sendContentLength = true) =>
        BinaryRequest(method, path, body is null ? null : System.Text.Encoding.UTF8.GetBytes(body), contentType, apiKey, headers, sendContentLength);

    /// <summary>A request with a binary body (an .xlsx); a query string in <paramref name="path"/> (<c>?sheet=…</c>) becomes the request's query.</summary>
    public static HttpRequest BinaryRequest(string method, string path, byte[]? bytes, string? contentType = null,
        string? apiKey = null, IDictionary<string, string>? headers = null, bool sendContentLength = true)
    {
        var context = new DefaultHttpContext();
        var request = context.Request;
        request.Method = method;
        var query = path.IndexOf('?');
        request.Path = query < 0 ? path : path[..query];
        if (query >= 0) request.QueryString = new QueryString(path[query..]);
        if (apiKey is not null) request.Headers[ClinicAuthenticator.HeaderName] = apiKey;
        foreach (var (k, v) in headers ?? new Dictionary<string, string>()) request.Headers[k] = v;
        if (bytes is not null)
        {
            request.Body = new MemoryStream(bytes);
            if (sendContentLength) request.ContentLength = bytes.Length;
            if (contentType is not null) request.ContentType = contentType;
        }
        context.Response.Body = new MemoryStream();
        return request;
    }

    /// <summary>Executes a function's result against its request, as the worker's ASP.NET Core integration does.</summary>
    public static async Task<HttpOutcome> Run(HttpRequest request, IResult result)
    {
        var context = request.HttpContext;
        context.RequestServices ??= HttpHost.RequestServices;
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        return new HttpOutcome(context.Response.StatusCode, context.Response.Headers, body);
    }
}
