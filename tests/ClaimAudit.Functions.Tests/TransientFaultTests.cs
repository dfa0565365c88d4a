using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ClaimAudit.Functions.Functions;
using ClaimAudit.Storage;
using Moq;

namespace ClaimAudit.Functions.Tests;

/// <summary>
/// Storage faults while an upload is audited. A blob service that does not answer at all is real: a
/// real SDK client pointed at 127.0.0.1:1 (nothing listens there) fails every try without an HTTP
/// response. A 503 on one blob only cannot be produced in Azurite, so that case mocks one blob client.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TransientFaultTests(AzuriteFixture azurite)
{
    private async Task<string> NewAcmeClinicAsync()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, TestProfiles.Acme, null);
        return clinicId;
    }

    [Fact]
    public async Task A_blob_service_that_does_not_answer_fails_the_invocation_and_records_a_retryable_failure()
    {
        var clinicId = await NewAcmeClinicAsync();
        const string name = "march.csv";
        var upload = await azurite.UploadAsync(clinicId, name, TestBatches.AcmeCsv);
        // Reports go to a blob service that refuses connections; tables are Azurite. Two tries, so the
        // SDK throws an AggregateException of two network errors — no RequestFailedException with a status.
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        var deadBlobs = new BlobServiceClient(new Uri("http://127.0.0.1:1/devstoreaccount1"), options);
        var trigger = new AuditUploadedBatch(BatchAuditService.Create(new AuditStorage(deadBlobs, azurite.Tables)));

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => trigger.RunAsHost(upload));
        Assert.True(BatchAuditService.IsTransient(thrown), $"{thrown.GetType().Name} should count as transient");

        var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, BatchAuditService.BatchIdForBlob(clinicId, name));
        Assert.NotNull(record);
        Assert.Equal(BatchStatus.Failed, record.Status);
        Assert.True(record.Retryable);
        Assert.Contains("transient", record.Error);
        // The ledger is written only after the reports: nothing was counted.
        Assert.Empty((await new HistoryStore(azurite.Storage).LoadAsync(clinicId, TestBatches.AcmeVisits())).Ledger);

        // The host's retry, with storage back, audits the same blob in full.
        await new FunctionFactory(azurite).AuditUploadedBatch().RunAsHost(upload);
        var retried = await new BatchStore(azurite.Storage).GetAsync(clinicId, record.BatchId);
        Assert.Equal((BatchStatus.Audited, false), (retried!.Status, retried.Retryable));
        Assert.NotNull(await azurite.ReadReportAsync($"{clinicId}/{name}/report.json"));
    }

    [Fact]
    public async Task A_503_part_way_through_a_replaced_batchs_reports_leaves_the_previous_complete_set_in_place_and_served()
    {
        var clinicId = await NewAcmeClinicAsync();
        const string name = "march.csv";
        var upload = await azurite.UploadAsync(clinicId, name, TestBatches.AcmeCsv);
        await new FunctionFactory(azurite).AuditUploadedBatch().RunAsHost(upload);
        var before = new Dictionary<string, string?>();
        foreach (var ext in new[] { "json", "csv", "html" }) before[ext] = await azurite.ReadReportAsync($"{clinicId}/{name}/report.{ext}");

        // The clinic replaces the file (V-2 now 45 min); while it is audited, every report.csv upload answers 503.
        await azurite.UploadAsync(clinicId, name, TestBatches.AcmeCsv.Replace("97110,30,2", "97110,45,3"));
        var failingBlob = new Mock<BlobClient>();
        failingBlob.Setup(b => b.UploadAsync(It.IsAny<Stream>(), It.IsAny<BlobUploadOptions>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(503, "The server is busy.", "ServerBusy", null));
        var reports = new Mock<BlobContainerClient>(AzuriteFixture.ConnectionString, AuditStorage.ReportContainer) { CallBase = true };
        reports.Setup(c => c.GetBlobClient(It.Is<string>(p => p.EndsWith("/report.csv", StringComparison.Ordinal)))).Returns(failingBlob.Object);
        var blobs = new Mock<BlobServiceClient>(AzuriteFixture.ConnectionString) { CallBase = true };
        blobs.Setup(s => s.GetBlobContainerClient(AuditStorage.ReportContainer)).Returns(reports.Object);
        var faulty = new AuditUploadedBatch(BatchAuditService.Create(new AuditStorage(blobs.Object, azurite.Tables)));

        var thrown = await Assert.ThrowsAsync<RequestFailedException>(() => faulty.RunAsHost(upload));
        Assert.Equal(503, thrown.Status);

        // The stable paths still hold the previous version's three reports, together.
        foreach (var ext in new[] { "json", "csv", "html" }) Assert.Equal(before[ext], await azurite.ReadReportAsync($"{clinicId}/{name}/report.{ext}"));
        // And the row still names a complete set: GET /api/audits serves the previous report.
        var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, BatchAuditService.BatchIdForBlob(clinicId, name));
        Assert.True(record!.Retryable);
        Assert.Equal(before["json"], await azurite.ReadReportAsync(record.ReportJsonPath!));
        Assert.Equal(before["csv"], await azurite.ReadReportAsync(record.ReportCsvPath!));
    }
}
