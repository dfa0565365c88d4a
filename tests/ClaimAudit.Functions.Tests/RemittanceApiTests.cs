using System.Text;
using Azure.Storage.Blobs.Models;
using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Remittances;
using ClaimAudit.Storage;

namespace ClaimAudit.Functions.Tests;

/// <summary>POST /api/remittances, the remittances/{clinicId}/{name} trigger and GET /api/analytics against Azurite (PRODUCT.md sections 6 and 11).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RemittanceApiTests(AzuriteFixture azurite)
{
    private const string X12 = "application/edi-x12";

    /// <summary>V-1001 as the 835 of <see cref="Remit835.Payment"/> expects it: Medicare, 2026-03-02, 97112 × 2 and 97110 × 1.</summary>
    private const string Batch = """
        {"batchId": "march", "visits": [
          {"visitId": "V-1001", "patientId": "P-101", "dateOfService": "2026-03-02", "payerId": "medicare", "diagnosisCodes": ["I69.351"],
           "lines": [{"code": "97112", "minutes": 24, "oneOnOne": true, "billedUnits": 2, "billedModifiers": ["GP"]},
                     {"code": "97110", "minutes": 23, "oneOnOne": true, "billedUnits": 1, "billedModifiers": ["GP"]}]}]}
        """;

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) dir = dir.Parent;
        return dir!.FullName;
    }

    private static async Task<HttpOutcome> PostRemittance(FunctionFactory functions, string? key, string body, string? contentType = X12)
    {
        var request = Http.Request("POST", "/api/remittances", body, contentType, key);
        return await Http.Run(request, await functions.PostRemittance().Run(request, default));
    }

    private static async Task<HttpOutcome> GetAnalytics(FunctionFactory functions, string key, string query = "", string? accept = null)
    {
        var request = Http.Request("GET", "/api/analytics" + query, apiKey: key, headers: accept is null ? null : new Dictionary<string, string> { ["Accept"] = accept });
        return await Http.Run(request, await functions.GetAnalytics().Run(request, default));
    }

    private async Task<List<RemittanceAdvice>> StoredAdvices(string clinicId)
    {
        var list = new List<RemittanceAdvice>();
        await foreach (var a in new RemittanceStore(azurite.Storage).ListAsync(clinicId)) list.Add(a);
        return list;
    }

    private async Task<List<AuditedClaim>> StoredClaims(string clinicId)
    {
        var list = new List<AuditedClaim>();
        await foreach (var c in new AuditedClaimStore(azurite.Storage).ListAsync(clinicId)) list.Add(c);
        return list;
    }

    [Fact]
    public async Task A_posted_audit_keeps_its_claims_for_the_analytics()
    {
        var functions = new FunctionFactory(azurite);
        var (clinicId, key) = await azurite.NewClinicAsync();

        var request = Http.Request("POST", "/api/audits", Batch, "application/json", key);
        var posted = await Http.Run(request, await functions.PostAudit().Run(request, default));

        Assert.Equal(201, posted.Status);
        var claim = Assert.Single(await StoredClaims(clinicId));
        Assert.Equal(("V-1001", "march", "medicare", new DateOnly(2026, 3, 2)), (claim.VisitId, claim.BatchId, claim.PayerId, claim.DateOfService));
        Assert.Equal(["97112", "97110"], claim.Lines.Select(l => l.Code));
        Assert.All(claim.Lines, l => Assert.NotNull(l.LineControl));
    }

    [Fact]
    public async Task An_uploaded_batch_keeps_its_claims_too()
    {
        var functions = new FunctionFactory(azurite);
        var clinicId = AzuriteFixture.NewClinicId();
        var blob = azurite.BatchBlob(clinicId, "march.json");
        await blob.UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(Batch)));

        await functions.AuditUploadedBatch().RunAsHost(blob);

        Assert.Equal("V-1001", Assert.Single(await StoredClaims(clinicId)).VisitId);
    }

    [Fact]
    public async Task A_posted_835_is_stored_once_and_answered_with_its_counts()
    {
        var functions = new FunctionFactory(azurite);
        var (clinicId, key) = await azurite.NewClinicAsync();

        var first = await PostRemittance(functions, key, Remit835.Payment());
        var again = await PostRemittance(functions, key, Remit835.Payment());

        Assert.Equal(200, first.Status);
        Assert.StartsWith("application/json", first.Header("Content-Type"));
        Assert.Equal((1, 1, 2, 1, 0), (first.Json.GetProperty("advices").GetInt32(), first.Json.GetProperty("claims").GetInt32(), first.Json.GetProperty("lines").GetInt32(),
            first.Json.GetProperty("newAdvices").GetInt32(), first.Json.GetProperty("balancing").GetArrayLength()));
        Assert.Equal(200, again.Status);
        Assert.Equal(0, again.Json.GetProperty("newAdvices").GetInt32());
        Assert.Equal("1512345678/EFT0001", Assert.Single(await StoredAdvices(clinicId)).Key);
    }

    [Fact]
    public async Task A_posted_file_that_is_not_an_835_is_400_naming_the_error_and_nothing_is_stored()
    {
        var functions = new FunctionFactory(azurite);
        var (clinicId, key) = await azurite.NewClinicAsync();
        var claims837 = await File.ReadAllTextAsync(Path.Combine(RepoRoot(), "samples", "claims.837"));

        var notX12 = await PostRemittance(functions, key, "visit_id,patient_id\nV-1,P-1\n");
        var wrongSet = await PostRemittance(functions, key, claims837);

        Assert.Equal((400, 400), (notX12.Status, wrongSet.Status));
        Assert.StartsWith("application/problem+json", wrongSet.Header("Content-Type"));
        Assert.Contains("the 835 could not be read", wrongSet.Json.GetProperty("detail").GetString());
        Assert.Contains("837", wrongSet.Json.GetProperty("detail").GetString());
        Assert.Empty(await StoredAdvices(clinicId));
    }

    [Fact]
    public async Task Posting_needs_the_clinics_key_and_an_x12_body()
    {
        var functions = new FunctionFactory(azurite);
        var (_, key) = await azurite.NewClinicAsync();

        var noKey = await PostRemittance(functions, null, Remit835.Payment());
        var json = await PostRemittance(functions, key, "{}", "application/json");

        Assert.Equal(401, noKey.Status);
        Assert.Equal(415, json.Status);
        Assert.Contains("application/edi-x12", json.Json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Posting_over_the_size_limit_is_413()
    {
        var functions = new FunctionFactory(azurite, new ClaimAudit.Functions.Http.ApiOptions { MaxRequestBytes = 100 });
        var (_, key) = await azurite.NewClinicAsync();

        Assert.Equal(413, (await PostRemittance(functions, key, Remit835.Payment())).Status);
    }

    [Fact]
    public async Task An_uploaded_835_is_stored_and_its_result_written_beside_it_once_per_version()
    {
        var functions = new FunctionFactory(azurite);
        var clinicId = AzuriteFixture.NewClinicId();
        await azurite.Storage.EnsureCreatedAsync();
        var blob = azurite.Storage.Remittances.GetBlobClient($"{clinicId}/2026/march.835");
        await blob.UploadAsync(new BinaryData(Encoding.ASCII.GetBytes(Remit835.Payment())));

        await functions.ReceiveUploadedRemittance().Run(blob, $"{clinicId}/2026", "march.835", default);
        var result = azurite.Storage.RemittanceResults.GetBlobClient($"{clinicId}/2026/march.835.json");
        var first = (await result.DownloadContentAsync()).Value;
        await functions.ReceiveUploadedRemittance().Run(blob, $"{clinicId}/2026", "march.835", default);
        var second = (await result.DownloadContentAsync()).Value;

        using var doc = System.Text.Json.JsonDocument.Parse(first.Content.ToString());
        Assert.Equal("stored", doc.RootElement.GetProperty("status").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("newAdvices").GetInt32());
        Assert.Single(await StoredAdvices(clinicId));
        // A redelivery of the same blob version changes nothing.
        Assert.Equal(first.Details.ETag, second.Details.ETag);
    }

    [Fact]
    public async Task An_unreadable_upload_and_one_outside_a_clinic_folder_are_recorded_as_failed_and_nothing_escapes()
    {
        var functions = new FunctionFactory(azurite);
        var clinicId = AzuriteFixture.NewClinicId();
        await azurite.Storage.EnsureCreatedAsync();
        var bad = azurite.Storage.Remittances.GetBlobClient($"{clinicId}/notes.835");
        await bad.UploadAsync(new BinaryData(Encoding.UTF8.GetBytes("this is not X12")));
        var name = $"Bad_Folder_{Guid.NewGuid():N}/march.835";
        var unrouted = azurite.Storage.Remittances.GetBlobClient(name);
        await unrouted.UploadAsync(new BinaryData(Encoding.ASCII.GetBytes(Remit835.Payment())));

        await functions.ReceiveUploadedRemittance().Run(bad, clinicId, "notes.835", default);
        await functions.ReceiveUploadedRemittance().Run(unrouted, "x", "march.835", default);

        using var failed = System.Text.Json.JsonDocument.Parse((await azurite.Storage.RemittanceResults.GetBlobClient($"{clinicId}/notes.835.json").DownloadContentAsync()).Value.Content.ToString());
        Assert.Equal("failed", failed.RootElement.GetProperty("status").GetString());
        Assert.Contains("nothing of it was stored", failed.RootElement.GetProperty("error").GetString());
        Assert.Empty(await StoredAdvices(clinicId));
        using var refused = System.Text.Json.JsonDocument.Parse((await azurite.Storage.RemittanceResults.GetBlobClient($"_refused/{name}.json").DownloadContentAsync()).Value.Content.ToString());
        Assert.Contains("not in a clinic's folder", refused.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_analytics_route_answers_json_csv_or_html_for_the_clinics_audits_and_remittances()
    {
        var functions = new FunctionFactory(azurite);
        var (clinicId, key) = await azurite.NewClinicAsync();
        var audit = Http.Request("POST", "/api/audits", Batch, "application/json", key);
        Assert.Equal(201, (await Http.Run(audit, await functions.PostAudit().Run(audit, default))).Status);
        Assert.Equal(200, (await PostRemittance(functions, key, Remit835.Payment())).Status);

        var json = await GetAnalytics(functions, key, "?from=2026-03-01&to=2026-03-31&asOf=2026-04-15");
        var csv = await GetAnalytics(functions, key, "?format=csv");
        var html = await GetAnalytics(functions, key, accept: "text/html");
        var other = await GetAnalytics(functions, (await azurite.NewClinicAsync()).ApiKey);

        Assert.Equal(200, json.Status);
        Assert.StartsWith("application/json", json.Header("Content-Type"));
        Assert.Equal("2026-03-01", json.Json.GetProperty("from").GetString());
        Assert.Equal("2026-04-15", json.Json.GetProperty("asOf").GetString());
        Assert.Equal((1, 1), (json.Json.GetProperty("totals").GetProperty("auditedClaims").GetInt32(), json.Json.GetProperty("totals").GetProperty("remittedClaims").GetInt32()));
        Assert.StartsWith("text/csv", csv.Header("Content-Type"));
        Assert.StartsWith("text/html", html.Header("Content-Type"));
        Assert.Contains("<html", html.Body, StringComparison.OrdinalIgnoreCase);
        // Another clinic sees none of it.
        Assert.Equal(0, other.Json.GetProperty("totals").GetProperty("auditedClaims").GetInt32());
    }

    [Fact]
    public async Task The_analytics_route_refuses_bad_dates_and_formats()
    {
        var functions = new FunctionFactory(azurite);
        var (_, key) = await azurite.NewClinicAsync();

        var badDate = await GetAnalytics(functions, key, "?from=03/01/2026");
        var reversed = await GetAnalytics(functions, key, "?from=2026-04-01&to=2026-03-01");
        var badAsOf = await GetAnalytics(functions, key, "?asOf=tomorrow");
        var badFormat = await GetAnalytics(functions, key, "?format=xml");
        var notAcceptable = await GetAnalytics(functions, key, accept: "image/png");

        Assert.Equal((400, 400, 400, 400, 406), (badDate.Status, reversed.Status, badAsOf.Status, badFormat.Status, notAcceptable.Status));
        Assert.Contains("asOf 'tomorrow' is not a date", badAsOf.Json.GetProperty("detail").GetString());
        Assert.Contains("from '03/01/2026' is not a date: use YYYY-MM-DD", badDate.Json.GetProperty("detail").GetString());
        Assert.Contains("after", reversed.Json.GetProperty("detail").GetString());
        Assert.Contains("json, csv, html", badFormat.Json.GetProperty("detail").GetString());
    }
}
