using Azure;
using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ClaimAudit.Storage;
using Moq;

namespace ClaimAudit.Functions.Tests;

/// <summary>
/// <c>POST /api/uploads</c> (issue 14 item 7): a clinic gets a short-lived URL that can write one blob under its
/// own folder of <c>visit-batches</c> and nothing else — exercised against Azurite with a plain BlobClient, as an
/// integration would use it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class UploadApiTests(AzuriteFixture azurite)
{
    private readonly FunctionFactory _functions = new(azurite);

    private async Task<HttpOutcome> RequestUploadAsync(string? key, string body)
    {
        var request = Http.Request("POST", "/api/uploads", body, "application/json", key);
        return await Http.Run(request, await _functions.PostUpload().Run(request, default));
    }

    [Fact]
    public async Task A_clinic_uploads_with_the_URL_it_gets_and_the_blob_lands_under_its_own_folder()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();

        var answer = await RequestUploadAsync(key, """{"fileName": "visits-2026-12-01.csv"}""");

        Assert.Equal(201, answer.Status);
        Assert.Equal("no-store", answer.Header("Cache-Control"));
        Assert.Equal($"visit-batches/{clinicId}/visits-2026-12-01.csv", answer.Json.GetProperty("blobName").GetString());
        var expiresOn = DateTimeOffset.Parse(answer.Json.GetProperty("expiresOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expiresOn - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.5));
        var uploadUrl = new Uri(answer.Json.GetProperty("uploadUrl").GetString()!);
        var query = System.Web.HttpUtility.ParseQueryString(uploadUrl.Query);
        Assert.Equal(("cw", "b"), (query["sp"], query["sr"]));

        // The integration holds nothing but the URL.
        await new BlobClient(uploadUrl).UploadAsync(BinaryData.FromString(TestBatches.AcmeCsv));

        var stored = azurite.BatchBlob(clinicId, "visits-2026-12-01.csv");
        Assert.True((await stored.ExistsAsync()).Value);
        Assert.Equal(TestBatches.AcmeCsv, (await stored.DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task The_URL_writes_no_other_blob_and_reads_nothing()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        var (otherClinic, _) = await azurite.NewClinicAsync();
        var uploadUrl = new Uri((await RequestUploadAsync(key, """{"fileName": "march.csv"}""")).Json.GetProperty("uploadUrl").GetString()!);

        // Its signature with another blob's name: another file of the clinic, a file of another clinic.
        foreach (var name in new[] { $"{clinicId}/april.csv", $"{otherClinic}/march.csv" })
        {
            var other = new BlobUriBuilder(uploadUrl) { BlobName = name }.ToUri();
            var refused = await Assert.ThrowsAsync<RequestFailedException>(() => new BlobClient(other).UploadAsync(BinaryData.FromString(TestBatches.AcmeCsv)));
            Assert.Equal(403, refused.Status);
            Assert.False((await azurite.Storage.Batches.GetBlobClient(name).ExistsAsync()).Value);
        }

        // Create and write only: not a way to read back what the clinic (or anyone) uploaded there.
        await new BlobClient(uploadUrl).UploadAsync(BinaryData.FromString(TestBatches.AcmeCsv));
        var read = await Assert.ThrowsAsync<RequestFailedException>(() => new BlobClient(uploadUrl).DownloadContentAsync());
        Assert.Equal(403, read.Status);
    }

    [Fact]
    public async Task A_file_uploaded_with_the_URL_is_audited_as_the_clinics_batch()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, TestProfiles.Acme, null);
        var uploadUrl = new Uri((await RequestUploadAsync(key, """{"fileName": "june.csv"}""")).Json.GetProperty("uploadUrl").GetString()!);
        await new BlobClient(uploadUrl).UploadAsync(BinaryData.FromString(TestBatches.AcmeCsv));

        await _functions.AuditUploadedBatch().RunAsHost(azurite.BatchBlob(clinicId, "june.csv"));

        var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, BatchAuditService.BatchIdForBlob(clinicId, "june.csv"));
        Assert.Equal((BatchStatus.Audited, 2), (record!.Status, record.Visits));
    }

    [Fact]
    public async Task Without_a_clinic_key_there_is_no_URL()
    {
        Assert.Equal(401, (await RequestUploadAsync(null, """{"fileName": "march.csv"}""")).Status);
        Assert.Equal(401, (await RequestUploadAsync("ca_not-a-key", """{"fileName": "march.csv"}""")).Status);
    }

    [Theory]
    [InlineData("""{"fileName": "../other-clinic/march.csv"}""")]
    [InlineData("""{"fileName": "2026/march.csv"}""")]
    [InlineData("""{"fileName": "march\\april.csv"}""")]
    [InlineData("""{"fileName": "_api/x.json"}""")]
    [InlineData("""{"fileName": ".csv"}""")]
    [InlineData("""{"fileName": "march.exe"}""")]
    [InlineData("""{"fileName": "march"}""")]
    [InlineData("""{"fileName": "march 2026.csv"}""")]
    [InlineData("""{"fileName": "märz.csv"}""")]
    [InlineData("""{"fileName": ""}""")]
    [InlineData("""{"fileName": 12}""")]
    [InlineData("""{"name": "march.csv"}""")]
    [InlineData("""["march.csv"]""")]
    [InlineData("not json")]
    public async Task A_request_without_a_usable_file_name_is_400_saying_what_is_allowed(string body)
    {
        var (_, key) = await azurite.NewClinicAsync();
        var answer = await RequestUploadAsync(key, body);
        Assert.Equal(400, answer.Status);
        Assert.StartsWith("the upload request is not valid: ", answer.Json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_file_name_of_201_characters_is_400() =>
        Assert.Equal(400, (await RequestUploadAsync((await azurite.NewClinicAsync()).ApiKey, $$"""{"fileName": "{{new string('a', 197)}}.csv"}""")).Status);

    [Fact]
    public async Task Every_extension_the_upload_trigger_reads_by_name_is_accepted()
    {
        var (_, key) = await azurite.NewClinicAsync();
        foreach (var name in new[] { "a.csv", "b.TSV", "c.txt", "d.json", "e.xlsx", "f.837", "g.x12", "h.EDI" })
            Assert.Equal(201, (await RequestUploadAsync(key, $$"""{"fileName": "{{name}}"}""")).Status);
    }
}

/// <summary>
/// The path Azure takes (shared keys disabled, the app's managed identity): the SAS is signed with a user-delegation
/// key. Azurite has no Entra ID, so the key request is stood in for.
/// </summary>
public sealed class UserDelegationUploadUrlTests
{
    [Fact]
    public async Task Without_an_account_key_the_URL_is_a_user_delegation_SAS_for_one_blob_over_HTTPS()
    {
        var now = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
        var blobs = new Mock<BlobServiceClient>(new Uri("https://stclaimaudit.blob.core.windows.net"), Mock.Of<TokenCredential>(), new BlobClientOptions()) { CallBase = true };
        DateTimeOffset? keyExpiry = null;
        blobs.Setup(b => b.GetUserDelegationKeyAsync(It.IsAny<DateTimeOffset?>(), It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .Callback((DateTimeOffset? _, DateTimeOffset expiresOn, CancellationToken _) => keyExpiry = expiresOn)
            .ReturnsAsync(Response.FromValue(BlobsModelFactory.UserDelegationKey(
                "11111111-1111-1111-1111-111111111111", "22222222-2222-2222-2222-222222222222", now.AddMinutes(-1), now.AddMinutes(15),
                "b", "2025-11-05", Convert.ToBase64String(new byte[32])), Mock.Of<Response>()));
        var storage = new AuditStorage(blobs.Object, new Azure.Data.Tables.TableServiceClient(new Uri("https://stclaimaudit.table.core.windows.net"), Mock.Of<TokenCredential>()));
        var issuer = new UploadUrlIssuer(storage, new FixedTime(now));

        var grant = await issuer.IssueAsync("Clinic-7", "march.csv");

        Assert.Equal("https://stclaimaudit.blob.core.windows.net/visit-batches/clinic-7/march.csv", grant.UploadUrl.GetLeftPart(UriPartial.Path));
        Assert.Equal("visit-batches/clinic-7/march.csv", grant.BlobName);
        Assert.Equal(now + UploadUrlIssuer.Lifetime, grant.ExpiresOn);
        Assert.Equal(grant.ExpiresOn, keyExpiry); // the key lives no longer than the URL
        var query = System.Web.HttpUtility.ParseQueryString(grant.UploadUrl.Query);
        Assert.Equal(("cw", "b", "https"), (query["sp"], query["sr"], query["spr"]));
        Assert.Equal("11111111-1111-1111-1111-111111111111", query["skoid"]); // signed by the delegation key, not an account key
        Assert.NotNull(query["sig"]);
        Assert.Null(query["st"]);
        Assert.Equal(grant.ExpiresOn, DateTimeOffset.Parse(query["se"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
