using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ClaimAudit.Storage;
using Moq;

namespace ClaimAudit.Functions.Tests;

/// <summary>A storage outage cannot be produced on demand in Azurite, so the report container is mocked to answer 503.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TransientFaultTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_503_while_writing_the_report_leaves_no_report_records_a_retryable_failure_and_rethrows_for_the_retry()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, TestProfiles.Acme, null);
        const string name = "march.csv";
        var upload = await azurite.UploadAsync(clinicId, name, TestBatches.AcmeCsv);

        var failingBlob = new Mock<BlobClient>();
        failingBlob.Setup(b => b.UploadAsync(It.IsAny<Stream>(), It.IsAny<BlobUploadOptions>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RequestFailedException(503, "The server is busy.", "ServerBusy", null));
        var reports = new Mock<BlobContainerClient>(AzuriteFixture.ConnectionString, AuditStorage.ReportContainer) { CallBase = true };
        reports.Setup(c => c.GetBlobClient(It.IsAny<string>())).Returns(failingBlob.Object);
        var blobs = new Mock<BlobServiceClient>(AzuriteFixture.ConnectionString) { CallBase = true };
        blobs.Setup(s => s.GetBlobContainerClient(AuditStorage.ReportContainer)).Returns(reports.Object);
        var faulty = BatchAuditService.Create(new AuditStorage(blobs.Object, azurite.Tables));

        var thrown = await Assert.ThrowsAsync<RequestFailedException>(() => faulty.AuditBlobAsync(upload, clinicId, name));
        Assert.Equal(503, thrown.Status);

        var batchId = BatchAuditService.BatchIdForBlob(clinicId, name);
        Assert.Null(await azurite.ReadReportAsync($"{clinicId}/{name}/report.json"));
        var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, batchId);
        Assert.NotNull(record);
        Assert.Equal(BatchStatus.Failed, record.Status);
        Assert.True(record.Retryable);
        Assert.Contains("503", record.Error);
        // The ledger is written only after the report: nothing was counted.
        var history = await new HistoryStore(azurite.Storage).LoadAsync(clinicId, TestBatches.AcmeVisits());
        Assert.Empty(history.Ledger);

        // The retry, with storage back, audits the same blob in full.
        var retried = await azurite.Audits().AuditBlobAsync(upload, clinicId, name);
        Assert.NotNull(retried);
        Assert.Equal(BatchStatus.Audited, retried.Record.Status);
        Assert.NotNull(await azurite.ReadReportAsync($"{clinicId}/{name}/report.json"));
    }
}
