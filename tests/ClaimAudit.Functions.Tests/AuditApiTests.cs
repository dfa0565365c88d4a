using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;

namespace ClaimAudit.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class AuditApiTests(AzuriteFixture azurite)
{
    private const string AcmeJson = """
        {"batchId": "acme-2026-03-09", "visits": [
          {"visitId": "J-1", "patientId": "P-5", "dateOfService": "2026-03-09", "payerId": "acme", "diagnosisCodes": ["I69.351"],
           "lines": [{"code": "97112", "minutes": 20, "oneOnOne": true, "billedUnits": 1, "billedModifiers": ["GP"]},
                     {"code": "97110", "minutes": 15, "oneOnOne": true, "billedUnits": 1, "billedModifiers": ["GP"]}]}]}
        """;

    private async Task<(string ClinicId, string Key)> NewAcmeClinicAsync()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, TestProfiles.Acme, null);
        return (clinicId, key);
    }

    private static async Task<HttpOutcome> Post(FunctionFactory functions, string? key, string body, string? contentType,
        string? accept = null, bool sendContentLength = true)
    {
        var request = Http.Request("POST", "/api/audits", body, contentType, key,
            accept is null ? null : new Dictionary<string, string> { ["Accept"] = accept }, sendContentLength);
        return await Http.Run(request, await functions.PostAudit().Run(request, default));
    }

    private static async Task<HttpOutcome> Get(FunctionFactory functions, string key, string batchId, string? accept = null)
    {
        var request = Http.Request("GET", $"/api/audits/{batchId}", apiKey: key,
            headers: accept is null ? null : new Dictionary<string, string> { ["Accept"] = accept });
        return await Http.Run(request, await functions.GetAudit().Run(request, batchId, default));
    }

    [Fact]
    public async Task A_posted_batch_cannot_take_the_id_of_an_uploaded_batch()
    {
        var functions = new FunctionFactory(azurite);
        var (clinicId, key) = await NewAcmeClinicAsync();
        var uploadId = BatchAuditService.BatchIdForBlob(clinicId, "march.csv");

        var posted = await Post(functions, key, AcmeJson.Replace("acme-2026-03-09", uploadId), "application/json");

        Assert.Equal(201, posted.Status);
        Assert.StartsWith("api-", posted.Json.GetProperty("batchId").GetString());
        Assert.Null(await new BatchStore(azurite.Storage).GetAsync(clinicId, uploadId));
    }

    [Fact]
    public async Task A_posted_JSON_batch_is_audited_stored_and_found_again_under_its_Location()
    {
        var functions = new FunctionFactory(azurite);
        var (clinicId, key) = await NewAcmeClinicAsync();

        var posted = await Post(functions, key, AcmeJson, "application/json");

        Assert.Equal(201, posted.Status);
        Assert.StartsWith("application/json", posted.Header("Content-Type"));
        Assert.Equal("acme-2026-03-09", posted.Json.GetProperty("batchId").GetString());
        Assert.Equal("/api/audits/acme-2026-03-09", posted.Header("Location"));
        Assert.Equal(clinicId, posted.Json.GetProperty("clinicId").GetString());
        // 97112 20 + 97110 15 = 35 min → 2 units under cms: one each (PRODUCT.md section 3).
        var lines = posted.Json.GetProperty("visits")[0].GetProperty("lines").EnumerateArray()
            .Select(l => (l.GetProperty("code").GetString(), l.GetProperty("computedUnits").GetInt32())).ToArray();
        Assert.Equal([("97112", 1), ("97110", 1)], lines);

        var stored = await Get(functions, key, "acme-2026-03-09");
        Assert.Equal(200, stored.Status);
        Assert.Equal(posted.Body, stored.Body);
        var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, "acme-2026-03-09");
        Assert.Equal((BatchStatus.Audited, "api", 1), (record!.Status, record.Source, record.Visits));
    }

    [Fact]
    public async Task A_posted_CSV_batch_answers_in_the_format_the_Accept_header_asks_for()
    {
        var functions = new FunctionFactory(azurite);
        var (_, key) = await NewAcmeClinicAsync();

        var csv = await Post(functions, key, TestBatches.AcmeCsv, "text/csv", accept: "text/csv");
        Assert.Equal(201, csv.Status);
        Assert.StartsWith("text/csv", csv.Header("Content-Type"));
        Assert.Contains("V-2", csv.Body);
        var batchId = csv.Header("X-Batch-Id")!;
        Assert.StartsWith("api-", batchId);

        var html = await Get(functions, key, batchId, "text/html, application/json;q=0.5");
        Assert.Equal(200, html.Status);
        Assert.StartsWith("text/html", html.Header("Content-Type"));
        Assert.Contains("<html", html.Body, StringComparison.OrdinalIgnoreCase);

        var json = await Get(functions, key, batchId, "*/*");
        Assert.StartsWith("application/json", json.Header("Content-Type"));
        Assert.Equal(2, json.Json.GetProperty("summary").GetProperty("visits").GetInt32());

        var refused = await Get(functions, key, batchId, "application/xml");
        Assert.Equal(406, refused.Status);
        Assert.Contains("text/csv", refused.Json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Another_clinics_report_is_404_and_no_key_is_401()
    {
        var functions = new FunctionFactory(azurite);
        var (_, key1) = await NewAcmeClinicAsync();
        var (_, key2) = await azurite.NewClinicAsync();
        Assert.Equal(201, (await Post(functions, key1, AcmeJson, "application/json")).Status);

        var other = await Get(functions, key2, "acme-2026-03-09");
        Assert.Equal(404, other.Status);
        Assert.StartsWith("application/problem+json", other.Header("Content-Type"));
        Assert.DoesNotContain("P-5", other.Body);

        Assert.Equal(401, (await Post(functions, null, AcmeJson, "application/json")).Status);
        Assert.Equal(401, (await Post(functions, "ca_not-a-key", AcmeJson, "application/json")).Status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_limit_is_413_and_nothing_is_stored(bool sendContentLength)
    {
        var functions = new FunctionFactory(azurite, new ApiOptions { MaxRequestBytes = 200 });
        var (clinicId, key) = await NewAcmeClinicAsync();

        var outcome = await Post(functions, key, AcmeJson, "application/json", sendContentLength: sendContentLength);

        Assert.Equal(413, outcome.Status);
        Assert.StartsWith("application/problem+json", outcome.Header("Content-Type"));
        Assert.Contains("200", outcome.Json.GetProperty("detail").GetString());
        Assert.Null(await new BatchStore(azurite.Storage).GetAsync(clinicId, "acme-2026-03-09"));
    }

    [Fact]
    public async Task A_malformed_body_is_400_with_the_reason()
    {
        var functions = new FunctionFactory(azurite);
        var (_, key) = await NewAcmeClinicAsync();

        var outcome = await Post(functions, key, "{\"visits\": [ {\"visitId\": ", "application/json");

        Assert.Equal(400, outcome.Status);
        Assert.StartsWith("application/problem+json", outcome.Header("Content-Type"));
        Assert.Equal(400, outcome.Json.GetProperty("status").GetInt32());
        Assert.Equal("Bad Request", outcome.Json.GetProperty("title").GetString());
        Assert.StartsWith("the batch could not be read: ", outcome.Json.GetProperty("detail").GetString());
        Assert.NotEmpty(outcome.Json.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task A_batch_whose_only_payer_is_unknown_is_422_naming_the_payer()
    {
        var functions = new FunctionFactory(azurite);
        var (_, key) = await NewAcmeClinicAsync();

        var outcome = await Post(functions, key, AcmeJson.Replace("\"acme\"", "\"globex\""), "application/json");

        Assert.Equal(422, outcome.Status);
        Assert.StartsWith("application/problem+json", outcome.Header("Content-Type"));
        Assert.Contains("'globex'", outcome.Json.GetProperty("detail").GetString());
        Assert.Equal("acme-2026-03-09", outcome.Json.GetProperty("batchId").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_a_batch_type_is_415()
    {
        var functions = new FunctionFactory(azurite);
        var (_, key) = await NewAcmeClinicAsync();
        var outcome = await Post(functions, key, "<visits/>", "application/xml");
        Assert.Equal(415, outcome.Status);
        Assert.Contains("application/xml", outcome.Json.GetProperty("detail").GetString());
    }
}
