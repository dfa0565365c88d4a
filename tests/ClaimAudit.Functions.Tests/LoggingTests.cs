using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;
using ClaimAudit.Functions.Functions;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimAudit.Functions.Tests;

/// <summary>
/// Logs go to Application Insights, outside the PHI boundary: clinic id, batch id and counts only.
/// The services are built the way Program.cs builds them, so the Azure SDK's log forwarder that
/// <c>AddAzureClients</c> turns on writes into the same loggers as our own code.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LoggingTests(AzuriteFixture azurite)
{
    private sealed record Entry(string Category, LogLevel Level, string Message);

    private sealed class CapturingProvider : ILoggerProvider
    {
        public List<Entry> Entries { get; } = [];
        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
        public void Dispose() { }

        private sealed class Logger(CapturingProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner.Entries) owner.Entries.Add(new Entry(category, logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception)));
            }
        }
    }

    /// <summary>The Functions app's services against Azurite, every log line (all levels) captured.</summary>
    private static ServiceProvider FunctionsLoggingTo(CapturingProvider capture)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        services.AddClaimAuditFunctions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AuditStorage"] = AzuriteFixture.ConnectionString }).Build());
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Audit_logs_including_the_Azure_SDKs_name_the_clinic_batch_and_counts_but_no_patient_file_or_note()
    {
        var capture = new CapturingProvider();
        await using var provider = FunctionsLoggingTo(capture);
        var audits = provider.GetRequiredService<BatchAuditService>();
        var container = provider.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(AuditStorage.BatchContainer);

        var clinicId = AzuriteFixture.NewClinicId();
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, TestProfiles.Acme, null);
        var good = container.GetBlobClient($"{clinicId}/smith-john.csv");
        await good.UploadAsync(BinaryData.FromString(TestBatches.AcmeCsv), overwrite: true);
        await audits.AuditBlobAsync(good);
        await audits.AuditBlobAsync(good);
        var bad = container.GetBlobClient($"{clinicId}/doe-jane.csv");
        await bad.UploadAsync(BinaryData.FromString("patient P/77# has no header row at all\u0000"), overwrite: true);
        await audits.AuditBlobAsync(bad);
        // An error response of the SDK (404) still reaches the logs: the forwarder is wired, only held at Warning.
        await Assert.ThrowsAsync<RequestFailedException>(() => container.GetBlobClient($"{clinicId}/brown-amy.csv").GetPropertiesAsync());

        List<Entry> entries;
        lock (capture.Entries) entries = [.. capture.Entries];
        Assert.Contains(entries, e => e.Category.StartsWith("Azure.", StringComparison.Ordinal) && e.Level >= LogLevel.Warning);
        Assert.DoesNotContain(entries, e => e.Category.StartsWith("Azure.", StringComparison.Ordinal) && e.Level < LogLevel.Warning);
        var all = string.Join("\n", entries.Select(e => e.Message));
        Assert.Contains(clinicId, all);
        Assert.Contains(BatchAuditService.BatchIdForBlob(clinicId, "smith-john.csv"), all);
        Assert.Contains("2 visits", all);
        foreach (var phi in new[] { "P/77#", "smith", "doe-jane", "brown-amy", "PNF", "TherEx", "I69.351" })
            Assert.DoesNotContain(phi, all, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Audits_read_with_a_clinics_maps_and_the_map_routes_log_no_patient_file_note_or_map_entry()
    {
        var capture = new CapturingProvider();
        await using var provider = FunctionsLoggingTo(capture);
        var audits = provider.GetRequiredService<BatchAuditService>();
        var maps = provider.GetRequiredService<ClinicMapStore>();
        var container = provider.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(AuditStorage.BatchContainer);

        var clinicId = AzuriteFixture.NewClinicId();
        var profiles = new PayerProfileStore(azurite.Storage);
        await profiles.PutAsync(clinicId, TestProfiles.Acme, null);
        await maps.PutColumnMapAsync(clinicId, ColumnMap.Parse("""{"Svc Dt": "date_of_service", "Session Narrative": "note"}"""u8), null);
        await maps.PutPayerMapAsync(clinicId, PayerMap.Parse("""{"Acme Health PPO": "acme"}"""u8), null);
        const string csv = """
            Encounter ID,Patient Account,Svc Dt,Primary Insurance,CPT,Treatment Minutes,Session Narrative
            V-1,P/77#,2026-03-02,Acme Health PPO,97112,24,"NMR 24 min one-on-one, PNF D2"
            """;
        var good = container.GetBlobClient($"{clinicId}/smith-john.csv");
        await good.UploadAsync(BinaryData.FromString(csv), overwrite: true);
        Assert.Equal(BatchStatus.Audited, (await audits.AuditBlobAsync(good))!.Record.Status);

        // The payer map now names a profile the clinic no longer has: the audit stops, and says why in the report, not the log.
        await profiles.DeleteAsync(clinicId, "acme", null);
        var stopped = container.GetBlobClient($"{clinicId}/doe-jane.csv");
        await stopped.UploadAsync(BinaryData.FromString(csv), overwrite: true);
        Assert.Contains("Acme Health PPO", (await audits.AuditBlobAsync(stopped))!.SetupError);

        // A corrupt stored map answered by a route: logged by the clinic id only.
        var other = AzuriteFixture.NewClinicId();
        await azurite.Tables.GetTableClient(AuditStorage.ColumnMapsTable).UpsertEntityAsync(
            new TableEntity(other, ClinicMapStore.RowKey) { [ClinicMapStore.MapProperty] = """{"Brown Amy Chart": "nonsense"}""" });
        var request = Http.Request("GET", "/api/column-map", apiKey: await provider.GetRequiredService<ClinicKeyStore>().CreateAsync(other));
        request.HttpContext.RequestServices = provider;
        Assert.Equal(500, (await Http.Run(request, await ActivatorUtilities.CreateInstance<GetColumnMap>(provider).Run(request, default))).Status);

        List<Entry> entries;
        lock (capture.Entries) entries = [.. capture.Entries];
        var all = string.Join("\n", entries.Select(e => e.Message));
        Assert.Contains(clinicId, all);
        Assert.Contains(other, all);
        Assert.Contains("1 visits", all);
        foreach (var phi in new[] { "P/77#", "smith", "doe-jane", "PNF", "NMR", "Acme Health PPO", "Svc Dt", "Brown Amy" })
            Assert.DoesNotContain(phi, all, StringComparison.OrdinalIgnoreCase);
    }
}
