using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ClaimAudit.Functions.Functions;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;

namespace ClaimAudit.Functions.Tests;

/// <summary>
/// Faults on our side are problem+json (PRODUCT.md section 6) and never blamed on the request:
/// storage that does not answer → 503 with Retry-After; a stored profile that no longer parses → 500 naming the payer.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ServerFaultApiTests(AzuriteFixture azurite)
{
    private readonly FunctionFactory _functions = new(azurite);

    // A clinic whose own profile row for payer "acme" was damaged (edited by hand: an unknown unit method).
    private async Task<(string ClinicId, string Key)> ClinicWithCorruptProfileAsync()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        await azurite.Tables.GetTableClient(AuditStorage.PayerProfilesTable).UpsertEntityAsync(
            new TableEntity(clinicId, "acme") { ["Profile"] = """{"payerId": "acme", "name": "Acme", "unitMethod": "eight-ish"}""" });
        return (clinicId, key);
    }

    private static void AssertProblem(HttpOutcome outcome, int status)
    {
        Assert.Equal(status, outcome.Status);
        Assert.StartsWith("application/problem+json", outcome.Header("Content-Type"));
        Assert.Equal(status, outcome.Json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_posted_batch_that_fails_on_our_side_is_500_not_a_400_about_the_file()
    {
        var (_, key) = await ClinicWithCorruptProfileAsync();
        var request = Http.Request("POST", "/api/audits", TestBatches.AcmeCsv, "text/csv", key);

        var outcome = await Http.Run(request, await _functions.PostAudit().Run(request, default));

        AssertProblem(outcome, 500);
        var detail = outcome.Json.GetProperty("detail").GetString()!;
        Assert.DoesNotContain("could not be read", detail);
        Assert.Contains("'acme'", detail);
    }

    [Fact]
    public async Task A_corrupt_profile_row_is_a_500_naming_the_payer_and_can_still_be_replaced()
    {
        var (_, key) = await ClinicWithCorruptProfileAsync();

        var list = Http.Request("GET", "/api/payers", apiKey: key);
        var listed = await Http.Run(list, await _functions.ListPayers().Run(list, default));
        AssertProblem(listed, 500);
        Assert.Contains("'acme'", listed.Json.GetProperty("detail").GetString());

        var put = Http.Request("PUT", "/api/payers/acme", """{"payerId": "acme", "name": "Acme", "unitMethod": "cms"}""", "application/json", key);
        Assert.Equal(200, (await Http.Run(put, await _functions.PutPayer().Run(put, "acme", default))).Status);
        var again = Http.Request("GET", "/api/payers", apiKey: key);
        Assert.Equal(200, (await Http.Run(again, await _functions.ListPayers().Run(again, default))).Status);
    }

    [Fact]
    public async Task Storage_that_does_not_answer_is_503_with_Retry_After_on_every_route()
    {
        // Port 1 refuses connections; the SAS query is a placeholder the table client insists on.
        var nowhere = new Uri("http://127.0.0.1:1/devstoreaccount1?sv=2024-08-04&sig=placeholder");
        var blobOptions = new BlobClientOptions();
        blobOptions.Retry.MaxRetries = 1;
        blobOptions.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var tableOptions = new TableClientOptions();
        tableOptions.Retry.MaxRetries = 1;
        tableOptions.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var storage = new AuditStorage(new BlobServiceClient(nowhere, blobOptions), new TableServiceClient(nowhere, tableOptions));
        var auth = new ClinicAuthenticator(new ClinicKeyStore(storage));
        var profiles = new PayerProfileStore(storage);

        var outcomes = new List<HttpOutcome>();
        var r1 = Http.Request("GET", "/api/payers", apiKey: "ca_any");
        outcomes.Add(await Http.Run(r1, await new ListPayers(auth, profiles).Run(r1, default)));
        var r2 = Http.Request("GET", "/api/audits/b-1", apiKey: "ca_any");
        outcomes.Add(await Http.Run(r2, await new GetAudit(auth, new BatchStore(storage), new ReportStore(storage)).Run(r2, "b-1", default)));
        var r3 = Http.Request("POST", "/api/units", """{"method":"cms","lines":[]}""", "application/json", "ca_any");
        outcomes.Add(await Http.Run(r3, await new ComputeUnits(auth, profiles, new ApiOptions()).Run(r3, default)));

        foreach (var outcome in outcomes)
        {
            AssertProblem(outcome, 503);
            Assert.Equal(ApiErrors.RetryAfterSeconds, outcome.Header("Retry-After"));
        }
    }

    [Fact]
    public async Task A_posted_batch_whose_reports_cannot_be_stored_is_503_and_can_be_sent_again()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, TestProfiles.Acme, null);
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var storage = new AuditStorage(new BlobServiceClient(new Uri("http://127.0.0.1:1/devstoreaccount1"), options), azurite.Tables);
        var post = new PostAudit(new ClinicAuthenticator(azurite.Keys), BatchAuditService.Create(storage), new ReportStore(storage), new ApiOptions());

        var request = Http.Request("POST", "/api/audits", TestBatches.AcmeCsv, "text/csv", key);
        var outcome = await Http.Run(request, await post.Run(request, default));

        AssertProblem(outcome, 503);
        Assert.NotNull(outcome.Header("Retry-After"));

        // Sent again once storage answers: audited and stored, its report found under its Location.
        var again = Http.Request("POST", "/api/audits", TestBatches.AcmeCsv, "text/csv", key);
        var resent = await Http.Run(again, await _functions.PostAudit().Run(again, default));
        Assert.Equal(201, resent.Status);
        Assert.Equal((2, 0), (resent.Json.GetProperty("summary").GetProperty("visits").GetInt32(), resent.Json.GetProperty("summary").GetProperty("rejectedRows").GetInt32()));
        var location = resent.Header("Location")!;
        var get = Http.Request("GET", location, apiKey: key);
        var stored = await Http.Run(get, await _functions.GetAudit().Run(get, location["/api/audits/".Length..], default));
        Assert.Equal(200, stored.Status);
    }
}
