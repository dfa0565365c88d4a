using ClaimAudit.Storage;

namespace ClaimAudit.Functions.Tests;

/// <summary>
/// One clinic, however its id is cased: blobs under <c>T71dd…/</c> and <c>t71dd…/</c> are the same
/// clinic's, and the API authenticated as that clinic sees both (issue 14 item 7).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClinicIdCaseTests(AzuriteFixture azurite)
{
    private readonly FunctionFactory _functions = new(azurite);

    private async Task<HttpOutcome> GetAsync(string key, string batchId)
    {
        var request = Http.Request("GET", $"/api/audits/{batchId}", apiKey: key);
        return await Http.Run(request, await _functions.GetAudit().Run(request, batchId, default));
    }

    [Fact]
    public async Task Uploads_under_the_upper_and_lower_case_folder_are_one_clinic_and_the_API_sees_both()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, TestProfiles.Acme, null);
        var upper = clinicId.ToUpperInvariant();
        Assert.NotEqual(clinicId, upper);

        await _functions.AuditUploadedBatch().RunAsHost(await azurite.UploadAsync(upper, "march.csv", TestBatches.AcmeCsv));
        await _functions.AuditUploadedBatch().RunAsHost(await azurite.UploadAsync(clinicId, "april.csv", TestBatches.AcmeCsv));

        foreach (var name in new[] { "march.csv", "april.csv" })
        {
            // The batch id is the lower-case clinic's: the same file under either folder is the same batch.
            var batchId = BatchAuditService.BatchIdForBlob(clinicId, name);
            var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, batchId);
            Assert.NotNull(record);
            // Audited with the clinic's own payer profile (acme), which only the lower-case partition has.
            Assert.Equal((BatchStatus.Audited, 2), (record.Status, record.Visits));
            var answer = await GetAsync(key, batchId);
            Assert.Equal(200, answer.Status);
            Assert.Equal(clinicId, answer.Json.GetProperty("clinicId").GetString());
        }
        // Reports and Batches rows live under the lower-case clinic only.
        Assert.NotNull(await azurite.ReadReportAsync($"{clinicId}/march.csv/report.json"));
        Assert.Null(await azurite.ReadReportAsync($"{upper}/march.csv/report.json"));
    }

    [Fact]
    public async Task A_key_minted_with_an_upper_case_clinic_id_is_the_lower_case_clinic()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        var key = await azurite.Keys.CreateAsync(clinicId.ToUpperInvariant());
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, TestProfiles.Acme, null);
        await _functions.AuditUploadedBatch().RunAsHost(await azurite.UploadAsync(clinicId, "may.csv", TestBatches.AcmeCsv));

        Assert.Equal(200, (await GetAsync(key, BatchAuditService.BatchIdForBlob(clinicId, "may.csv"))).Status);
    }

    [Fact]
    public async Task An_upload_under_a_folder_with_characters_outside_the_safe_set_is_refused_saying_which_are_allowed()
    {
        var folder = "clinic_" + Guid.NewGuid().ToString("N")[..8];
        var blob = await azurite.UploadAsync(folder, "june.csv", TestBatches.AcmeCsv);
        await _functions.AuditUploadedBatch().RunAsHost(blob);

        var route = BatchAuditService.Route(blob.Name);
        var record = await new BatchStore(azurite.Storage).GetAsync(BatchAuditService.UnroutedPartition, route.BatchId);
        Assert.Equal(BatchStatus.Failed, record!.Status);
        Assert.Contains(ClinicIds.Rule, record.Error);
    }
}
