using System.Text.Json;
using ClaimAudit.Storage;

namespace ClaimAudit.Functions.Tests;

/// <summary>
/// The JSON report's schema over HTTP and the blob trigger (PRODUCT.md section 8): schema 2 by
/// default, schema 1 for integrations that ask for it with <c>?schema=1</c> or blob metadata
/// <c>schema=1</c>, kept with the batch and honoured when it is fetched again.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReportSchemaApiTests(AzuriteFixture azurite)
{
    private readonly FunctionFactory _functions = new(azurite);

    private async Task<(string ClinicId, string Key)> NewAcmeClinicAsync()
    {
        var (clinicId, key) = await azurite.NewClinicAsync();
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, TestProfiles.Acme, null);
        return (clinicId, key);
    }

    private async Task<HttpOutcome> Post(string key, string query = "", string body = TestBatches.AcmeCsv, string contentType = "text/csv")
    {
        var request = Http.Request("POST", "/api/audits" + query, body, contentType, key);
        return await Http.Run(request, await _functions.PostAudit().Run(request, default));
    }

    private async Task<HttpOutcome> Get(string key, string batchId, string query = "", string? accept = null)
    {
        var request = Http.Request("GET", $"/api/audits/{batchId}" + query, apiKey: key,
            headers: accept is null ? null : new Dictionary<string, string> { ["Accept"] = accept });
        return await Http.Run(request, await _functions.GetAudit().Run(request, batchId, default));
    }

    private static string[] TopLevelNames(JsonElement report) => [.. report.EnumerateObject().Select(p => p.Name)];

    private static void AssertSchema1(JsonElement report)
    {
        Assert.Equal(1, report.GetProperty("schemaVersion").GetInt32());
        // Schema 1: summary before the visits, no catalog, every finding with its rule id, severity and text.
        var names = TopLevelNames(report);
        Assert.DoesNotContain("rules", names);
        Assert.True(Array.IndexOf(names, "summary") < Array.IndexOf(names, "visits"), string.Join(",", names));
        var findings = report.GetProperty("visits").EnumerateArray().SelectMany(v => v.GetProperty("findings").EnumerateArray()).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.False(f.TryGetProperty("rule", out _));
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("ruleId").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("severity").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("message").GetString()));
        });
    }

    private static void AssertSchema2(JsonElement report)
    {
        Assert.Equal(2, report.GetProperty("schemaVersion").GetInt32());
        // Schema 2: the rules catalog before the visits, the summary last; findings name their rule in the catalog.
        var names = TopLevelNames(report);
        Assert.True(Array.IndexOf(names, "rules") is var rules && rules >= 0 && rules < Array.IndexOf(names, "visits"), string.Join(",", names));
        Assert.Equal("summary", names[^1]);
        var catalog = report.GetProperty("rules");
        var findings = report.GetProperty("visits").EnumerateArray().SelectMany(v => v.GetProperty("findings").EnumerateArray()).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.False(f.TryGetProperty("ruleId", out _));
            Assert.True(catalog.TryGetProperty(f.GetProperty("rule").GetString()!, out var rule));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("message").GetString()));
        });
    }

    [Fact]
    public async Task A_batch_posted_with_schema_1_is_answered_stored_and_served_in_schema_1_with_the_same_findings_as_schema_2()
    {
        var (clinicId, key) = await NewAcmeClinicAsync();

        var v1 = await Post(key, "?schema=1");
        var v2 = await Post(key);

        Assert.Equal((201, 201), (v1.Status, v2.Status));
        AssertSchema1(v1.Json);
        AssertSchema2(v2.Json);
        // The schema changes how findings are written, never which findings there are.
        Assert.Equal(ReportReading.AllFindings(v2.Json), ReportReading.AllFindings(v1.Json));
        Assert.Equal(v2.Json.GetProperty("summary").GetRawText(), v1.Json.GetProperty("summary").GetRawText());

        var batchId = v1.Header("X-Batch-Id")!;
        Assert.Equal(1, (await new BatchStore(azurite.Storage).GetAsync(clinicId, batchId))!.ReportSchema);
        Assert.Equal(2, (await new BatchStore(azurite.Storage).GetAsync(clinicId, v2.Header("X-Batch-Id")!))!.ReportSchema);
        // GET serves what was stored, with or without ?schema=1.
        var stored = await Get(key, batchId);
        Assert.Equal((200, v1.Body), (stored.Status, stored.Body));
        var asked = await Get(key, batchId, "?schema=1");
        Assert.Equal((200, v1.Body), (asked.Status, asked.Body));
    }

    [Fact]
    public async Task Asking_for_schema_1_of_a_schema_2_batch_is_406_saying_how_to_get_it()
    {
        var (_, key) = await NewAcmeClinicAsync();
        var posted = await Post(key);
        var batchId = posted.Header("X-Batch-Id")!;

        var refused = await Get(key, batchId, "?schema=1");

        Assert.Equal(406, refused.Status);
        Assert.StartsWith("application/problem+json", refused.Header("Content-Type"));
        var detail = refused.Json.GetProperty("detail").GetString();
        Assert.Contains("schema 2", detail);
        Assert.Contains("send the batch again with ?schema=1", detail);
        Assert.DoesNotContain("P/77#", refused.Body);
        // The schema it is in, and the CSV (which has no schema), are served.
        Assert.Equal(posted.Body, (await Get(key, batchId, "?schema=2")).Body);
        Assert.Equal(200, (await Get(key, batchId, "?schema=1", accept: "text/csv")).Status);
    }

    [Fact]
    public async Task A_schema_that_is_neither_1_nor_2_is_400_and_nothing_is_audited()
    {
        var (clinicId, key) = await NewAcmeClinicAsync();
        const string batch = """{"batchId": "schema-3-batch", "visits": []}""";

        var posted = await Post(key, "?schema=3", batch, "application/json");

        Assert.Equal(400, posted.Status);
        Assert.StartsWith("application/problem+json", posted.Header("Content-Type"));
        Assert.Contains("?schema=1", posted.Json.GetProperty("detail").GetString());
        Assert.Null(await new BatchStore(azurite.Storage).GetAsync(clinicId, "schema-3-batch"));

        var audited = await Post(key);
        var fetched = await Get(key, audited.Header("X-Batch-Id")!, "?schema=3");
        Assert.Equal(400, fetched.Status);
        Assert.Contains("schema '3'", fetched.Json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_blob_uploaded_with_metadata_schema_1_gets_a_schema_1_report()
    {
        var clinicId = AzuriteFixture.NewClinicId();
        await new PayerProfileStore(azurite.Storage).PutAsync(clinicId, TestProfiles.Acme, null);
        var blob = azurite.BatchBlob(clinicId, "march.csv");
        await blob.UploadAsync(BinaryData.FromString(TestBatches.AcmeCsv), new Azure.Storage.Blobs.Models.BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [BatchAuditService.SchemaMetadata] = "1" },
        });
        var plain = await azurite.UploadAsync(clinicId, "april.csv", TestBatches.AcmeCsv);

        await _functions.AuditUploadedBatch().RunAsHost(blob);
        await _functions.AuditUploadedBatch().RunAsHost(plain);

        var v1 = JsonDocument.Parse((await azurite.ReadReportAsync($"{clinicId}/march.csv/report.json"))!).RootElement;
        var v2 = JsonDocument.Parse((await azurite.ReadReportAsync($"{clinicId}/april.csv/report.json"))!).RootElement;
        AssertSchema1(v1);
        AssertSchema2(v2);
        Assert.Equal(ReportReading.AllFindings(v2), ReportReading.AllFindings(v1));
        var record = await new BatchStore(azurite.Storage).GetAsync(clinicId, BatchAuditService.BatchIdForBlob(clinicId, "march.csv"));
        Assert.Equal((BatchStatus.Audited, 1), (record!.Status, record.ReportSchema));
    }
}
