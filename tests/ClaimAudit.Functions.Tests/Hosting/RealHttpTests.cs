using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;

namespace ClaimAudit.Functions.Tests.Hosting;

/// <summary>
/// The Functions app over real HTTP (<see cref="FunctionsTestHost"/>): routes, methods and auth levels exactly as functions.metadata
/// declares them, the batch list, the page and the upload path end to end over Azurite.
/// </summary>
[Collection(FunctionsHostCollection.Name)]
public sealed partial class RealHttpTests(FunctionsHostFixture fixture)
{
    private FunctionsTestHost Host => fixture.Host;

    internal static string SamplePath(string file)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "samples", file);
    }

    /// <summary>A request each route's function gets far enough with to answer itself: placeholders filled, a JSON body for writes.</summary>
    private static HttpRequestMessage RequestFor(FunctionEntry function, string method)
    {
        var path = PlaceholderPattern().Replace(function.Route, "x");
        var request = new HttpRequestMessage(new HttpMethod(method), "api/" + path);
        if (method is "POST" or "PUT") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return request;
    }

    [Fact]
    public async Task Every_HTTP_function_of_the_metadata_answers_on_its_route_public_ones_without_a_key_every_other_401()
    {
        var http = Host.Functions.Where(f => f.IsHttp).ToList();
        Assert.Contains(http, f => f.Name == "ListAudits");
        Assert.Contains(http, f => f.Name == "GetUi");
        using var anonymous = Host.CreateClient();
        var (_, key) = await Host.CreateClinicAsync();
        using var clinic = Host.CreateClient(key);

        foreach (var function in http)
            foreach (var method in function.Methods)
            {
                using var response = await anonymous.SendAsync(RequestFor(function, method));
                var status = (int)response.StatusCode;
                if (!function.NeedsClinicKey)
                    Assert.True(status == 200, $"{method} /api/{function.Route} ({function.Name}, public) without a key: {status}");
                else
                {
                    Assert.True(status == 401, $"{method} /api/{function.Route} ({function.Name}) without a key: {status}, not 401");
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }

                // With a key the function itself answers: whatever it says, it is not the router's empty 404 or 405.
                using var keyed = await clinic.SendAsync(RequestFor(function, method));
                var keyedStatus = (int)keyed.StatusCode;
                Assert.True(keyedStatus != 405 && (keyedStatus != 404 || keyed.Content.Headers.ContentType?.MediaType == "application/problem+json"),
                    $"{method} /api/{function.Route} ({function.Name}) with a key: {keyedStatus}, the route is not served");
                Assert.True(keyedStatus < 500, $"{method} /api/{function.Route} ({function.Name}) with a key: {keyedStatus} {await keyed.Content.ReadAsStringAsync()}");
            }
        Assert.Empty(Host.HttpFaults);
    }

    [Fact]
    public async Task A_method_the_metadata_does_not_declare_is_405()
    {
        using var client = Host.CreateClient();
        using var response = await client.DeleteAsync("api/health");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task The_auth_level_is_the_metadatas_so_a_route_the_metadata_puts_behind_a_function_key_is_closed_to_the_page()
    {
        // functions.metadata as a build whose metadata disagreed with the code would have it: health at level Function.
        var metadata = JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(await File.ReadAllTextAsync(FunctionsMetadata.Path))!;
        var path = Path.Combine(Path.GetTempPath(), $"functions-{Guid.NewGuid():N}.metadata");
        var text = JsonSerializer.Serialize(metadata).Replace("\"authLevel\":\"Anonymous\",\"methods\":[\"get\"],\"route\":\"health\"",
            "\"authLevel\":\"Function\",\"methods\":[\"get\"],\"route\":\"health\"", StringComparison.Ordinal);
        Assert.Contains("\"authLevel\":\"Function\",\"methods\":[\"get\"],\"route\":\"health\"", text);
        await File.WriteAllTextAsync(path, text);
        try
        {
            await using var host = await FunctionsTestHost.StartAsync(new FunctionsTestHostOptions { MetadataPath = path });
            using var client = host.CreateClient();
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/health")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/ui")).StatusCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_clinic_key_alone_opens_every_keyed_route_with_the_Functions_hosts_gate_on_as_in_Azure()
    {
        // The page sends the clinic key and nothing else: the host's function-key gate (on, as in Azure) must not stand in front.
        Assert.All(Host.Functions.Where(f => f.IsHttp), f => Assert.True(f.IsAnonymous, $"{f.Name} is {f.AuthLevel} to the Functions host: the page cannot call it"));
        var (_, key) = await Host.CreateClinicAsync();
        using var clinicKeyOnly = Host.CreateClient(key);
        using var noKey = Host.CreateClient();
        Assert.False(clinicKeyOnly.DefaultRequestHeaders.Contains("x-functions-key"));

        Assert.Equal(HttpStatusCode.OK, (await clinicKeyOnly.GetAsync("api/audits")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clinicKeyOnly.GetAsync("api/payers")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await noKey.GetAsync("api/audits")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await noKey.GetAsync("api/ui")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await noKey.GetAsync("api/health")).StatusCode);
    }

    private static async Task<(string BatchId, JsonElement Summary)> PostSampleAsync(HttpClient client)
    {
        using var body = new ByteArrayContent(await File.ReadAllBytesAsync(SamplePath("visits.csv")));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/audits") { Content = body };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var batchId = response.Headers.GetValues("X-Batch-Id").Single();
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (batchId, report.RootElement.GetProperty("summary").Clone());
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string query = "")
    {
        using var response = await client.GetAsync("api/audits" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return list.RootElement.Clone();
    }

    [Fact]
    public async Task A_posted_batch_is_listed_with_its_reports_figures_and_only_to_its_clinic()
    {
        var (_, key) = await Host.CreateClinicAsync();
        var (_, otherKey) = await Host.CreateClinicAsync();
        using var client = Host.CreateClient(key);
        using var other = Host.CreateClient(otherKey);

        var (batchId, summary) = await PostSampleAsync(client);
        var list = await ListAsync(client);

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(today, list.GetProperty("to").GetString());
        var batch = Assert.Single(list.GetProperty("batches").EnumerateArray());
        Assert.Equal(batchId, batch.GetProperty("batchId").GetString());
        Assert.Equal("audited", batch.GetProperty("status").GetString());
        Assert.Equal(summary.GetProperty("visits").GetInt32(), batch.GetProperty("visits").GetInt32());
        Assert.Equal(summary.GetProperty("cleanVisits").GetInt32(), batch.GetProperty("cleanVisits").GetInt32());
        Assert.Equal(summary.GetProperty("cleanClaimRate").GetDecimal(), batch.GetProperty("cleanClaimRate").GetDecimal());
        Assert.Equal(summary.GetProperty("revenue").GetProperty("atRisk").GetDecimal(), batch.GetProperty("atRisk").GetDecimal());
        Assert.True(batch.GetProperty("atRisk").GetDecimal() > 0, "the sample has dollars at risk");
        Assert.Equal($"/api/audits/{batchId}?format=csv", batch.GetProperty("reports").GetProperty("csv").GetString());

        // Another clinic's list does not have it, nor can it read the report.
        Assert.DoesNotContain(batchId, (await ListAsync(other)).GetProperty("batches").EnumerateArray().Select(b => b.GetProperty("batchId").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"api/audits/{batchId}?format=csv")).StatusCode);
        // A range before today does not have it.
        Assert.Empty((await ListAsync(client, "?from=2020-01-01&to=2020-01-31")).GetProperty("batches").EnumerateArray());
    }

    [Fact]
    public async Task A_posted_file_named_in_X_File_Name_is_listed_and_its_report_headed_by_that_name()
    {
        // What the page sends: encodeURIComponent of the name a browser gives (a tool may send a path: folders are dropped).
        var (_, key) = await Host.CreateClinicAsync();
        using var client = Host.CreateClient(key);
        using var body = new ByteArrayContent(await File.ReadAllBytesAsync(SamplePath("visits.csv")));
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/audits") { Content = body };
        request.Headers.Add("X-File-Name", Uri.EscapeDataString(@"C:\exports\Visits – Dec 1.csv"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var batchId = response.Headers.GetValues("X-Batch-Id").Single();

        var batch = Assert.Single((await ListAsync(client)).GetProperty("batches").EnumerateArray());
        Assert.Equal("Visits – Dec 1.csv", batch.GetProperty("file").GetString());
        var html = await client.GetStringAsync($"api/audits/{batchId}?format=html");
        Assert.Contains("Visits – Dec 1.csv", html, StringComparison.Ordinal);

        // Without the header a posted batch has no file name: the list says null, the page shows the batch id.
        var (unnamed, _) = await PostSampleAsync(client);
        var listed = (await ListAsync(client)).GetProperty("batches").EnumerateArray().Single(b => b.GetProperty("batchId").GetString() == unnamed);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("file").ValueKind);
    }

    [Fact]
    public async Task A_range_that_is_not_one_is_400_problem_json_saying_why()
    {
        var (_, key) = await Host.CreateClinicAsync();
        using var client = Host.CreateClient(key);

        using var response = await client.GetAsync("api/audits?from=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("from 'yesterday' is not a date: use YYYY-MM-DD, e.g. 2026-03-01", problem.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("html", "text/html")]
    [InlineData("csv", "text/csv")]
    [InlineData("json", "application/json")]
    public async Task A_reports_format_query_wins_over_Accept(string format, string contentType)
    {
        var (_, key) = await Host.CreateClinicAsync();
        using var client = Host.CreateClient(key);
        var (batchId, _) = await PostSampleAsync(client);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/audits/{batchId}?format={format}");
        // What a browser following a link sends: the format comes from the query.
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        request.Headers.Accept.ParseAdd(format == "html" ? "application/json" : "text/html");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        // Opened straight from its link, a report renders at the page's origin: a policy of its own, no script, no sniffing.
        Assert.Equal(ClaimAudit.Web.ReportHeaders.ContentSecurityPolicy, string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_format_that_is_none_of_the_three_is_400_naming_them()
    {
        var (_, key) = await Host.CreateClinicAsync();
        using var client = Host.CreateClient(key);
        var (batchId, _) = await PostSampleAsync(client);

        using var response = await client.GetAsync($"api/audits/{batchId}?format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("'pdf'", detail);
        foreach (var name in new[] { "?format=html", "?format=csv", "?format=json" }) Assert.Contains(name, detail);
    }

    [Fact]
    public async Task The_page_is_anonymous_html_with_a_nonce_CSP_whose_connect_src_names_the_blob_endpoint()
    {
        using var client = Host.CreateClient();

        using var response = await client.GetAsync("api/ui");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = Assert.Single(NoncePattern().Matches(csp).Select(m => m.Groups[1].Value).Distinct());
        Assert.Contains($"nonce=\"{nonce}\"", await response.Content.ReadAsStringAsync());
        var blobOrigin = new BlobServiceClient(TestStorage.ConnectionString).Uri.GetLeftPart(UriPartial.Authority);
        var connect = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("connect-src ", StringComparison.Ordinal)).Split(' ');
        Assert.Equal(["connect-src", "'self'", blobOrigin], connect);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task An_upload_through_the_upload_URL_is_audited_by_the_blob_trigger_and_listed_under_its_file_name()
    {
        // What the same file gives posted, in a clinic of its own (a second batch of the same visits would find duplicates).
        var (_, referenceKey) = await Host.CreateClinicAsync();
        using var reference = Host.CreateClient(referenceKey);
        var (_, posted) = await PostSampleAsync(reference);
        var (_, key) = await Host.CreateClinicAsync();
        using var client = Host.CreateClient(key);

        var upload = await UploadUrlAsync(client, "visits-upload.csv");
        using (var storage = new HttpClient())
        using (var put = new HttpRequestMessage(HttpMethod.Put, upload))
        {
            put.Headers.Add("x-ms-blob-type", "BlockBlob");
            put.Content = new ByteArrayContent(await File.ReadAllBytesAsync(SamplePath("visits.csv")));
            put.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            using var stored = await storage.SendAsync(put);
            Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        }

        var uploaded = await WaitForListedAsync(client, b => b.GetProperty("file").GetString() == "visits-upload.csv" && b.GetProperty("status").GetString() != "received");
        Assert.True(uploaded.GetProperty("status").GetString() == "audited", $"{uploaded} (trigger faults: {string.Join("; ", Host.TriggerFaults)})");
        Assert.Equal("blob", uploaded.GetProperty("source").GetString());
        Assert.Equal(posted.GetProperty("visits").GetInt32(), uploaded.GetProperty("visits").GetInt32());
        Assert.Equal(posted.GetProperty("revenue").GetProperty("atRisk").GetDecimal(), uploaded.GetProperty("atRisk").GetDecimal());
        using var report = await client.GetAsync(uploaded.GetProperty("reports").GetProperty("html").GetString()!.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/html", report.Content.Headers.ContentType?.MediaType);
    }

    internal static async Task<Uri> UploadUrlAsync(HttpClient client, string fileName)
    {
        using var response = await client.PostAsync("api/uploads", new StringContent(JsonSerializer.Serialize(new { fileName }), Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        using var grant = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new Uri(grant.RootElement.GetProperty("uploadUrl").GetString()!);
    }

    /// <summary>The list's batch that <paramref name="match"/>es, once it does: the trigger runs in the background.</summary>
    private async Task<JsonElement> WaitForListedAsync(HttpClient client, Func<JsonElement, bool> match)
    {
        // A deadline for a hung trigger, not a measurement: the audit of the sample takes well under a second.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var found = (await ListAsync(client)).GetProperty("batches").EnumerateArray().Where(match).ToList();
            if (found.Count > 0) return Assert.Single(found);
            Assert.True(DateTime.UtcNow < deadline, $"no batch listed as expected within 60 s (trigger faults: {string.Join("; ", Host.TriggerFaults)})");
            await Task.Delay(200);
        }
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"'nonce-([A-Za-z0-9+/=]+)'")]
    private static partial Regex NoncePattern();
}
