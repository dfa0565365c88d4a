using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ClaimAudit.Cli.Commands;
using ClaimAudit.Cli.Serve;

namespace ClaimAudit.Cli.Tests;

/// <summary>A temporary store folder and a serve host on 127.0.0.1 (a free port), with an HttpClient pointed at it.</summary>
internal sealed class ServeUnderTest : IAsyncDisposable
{
    private ServeUnderTest(ServeHost host, string store, bool ownsStore)
    {
        Host = host;
        Store = store;
        _ownsStore = ownsStore;
        Http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
    }

    private readonly bool _ownsStore;
    public ServeHost Host { get; }
    public string Store { get; }
    public HttpClient Http { get; }

    public static async Task<ServeUnderTest> StartAsync(string? store = null, string urls = "http://127.0.0.1:0")
    {
        var ownsStore = store is null;
        store ??= Path.Combine(Path.GetTempPath(), "claimaudit-serve-" + Guid.NewGuid().ToString("N")[..8]);
        return new ServeUnderTest(await ServeHost.StartAsync(store, urls), store, ownsStore);
    }

    /// <summary>Posts a file as the page does (Content-Type from its extension, Accept: application/json).</summary>
    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? contentType = "text/csv", string? fileName = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/audits") { Content = new ByteArrayContent(body) };
        if (fileName is not null) request.Headers.Add("X-File-Name", Uri.EscapeDataString(fileName));
        if (contentType is not null) request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await Http.SendAsync(request);
    }

    public async Task<JsonElement> ListAsync(string query = "")
    {
        using var response = await Http.GetAsync("/api/audits" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("batches");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        if (_ownsStore && Directory.Exists(Store)) Directory.Delete(Store, recursive: true);
    }
}

/// <summary><c>claimaudit serve</c> over real HTTP (Kestrel on 127.0.0.1, a free port): the routes the page calls, as the Functions app answers them.</summary>
public sealed class ServeHttpTests
{
    private static byte[] Sample => File.ReadAllBytes(CliRun.Sample);

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task The_list_is_empty_then_shows_the_posted_sample_audited_with_the_figures_of_its_report()
    {
        await using var serve = await ServeUnderTest.StartAsync();
        Assert.Equal(0, (await serve.ListAsync()).GetArrayLength());

        using var posted = await serve.PostAsync(Sample);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var batchId = Assert.Single(posted.Headers.GetValues("X-Batch-Id"));
        Assert.Equal($"/api/audits/{batchId}", posted.Headers.Location?.OriginalString);
        var report = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, report.GetProperty("schemaVersion").GetInt32());
        var summary = report.GetProperty("summary");

        var batch = Assert.Single((await serve.ListAsync()).EnumerateArray());
        Assert.Equal(batchId, batch.GetProperty("batchId").GetString());
        Assert.Equal("audited", batch.GetProperty("status").GetString());
        Assert.Equal("api", batch.GetProperty("source").GetString());
        Assert.Equal(summary.GetProperty("visits").GetInt32(), batch.GetProperty("visits").GetInt32());
        Assert.Equal(summary.GetProperty("rejectedRows").GetInt32(), batch.GetProperty("rejectedRows").GetInt32());
        Assert.Equal(summary.GetProperty("cleanClaimRate").GetDecimal(), batch.GetProperty("cleanClaimRate").GetDecimal());
        Assert.Equal(summary.GetProperty("revenue").GetProperty("atRisk").GetDecimal(), batch.GetProperty("atRisk").GetDecimal());
        Assert.Equal($"/api/audits/{batchId}?format=html", batch.GetProperty("reports").GetProperty("html").GetString());
    }

    [Fact]
    public async Task A_posted_file_is_listed_and_its_report_headed_by_the_name_the_page_sends()
    {
        await using var serve = await ServeUnderTest.StartAsync();
        using var posted = await serve.PostAsync(Sample, fileName: "Visits Dec 1.csv");
        var batchId = posted.Headers.GetValues("X-Batch-Id").Single();

        var batch = Assert.Single((await serve.ListAsync()).EnumerateArray());
        Assert.Equal("Visits Dec 1.csv", batch.GetProperty("file").GetString());
        Assert.Contains("Visits Dec 1.csv", await serve.Http.GetStringAsync($"/api/audits/{batchId}?format=html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_report_comes_in_the_format_the_link_names_and_an_unknown_format_is_a_400_naming_the_three()
    {
        await using var serve = await ServeUnderTest.StartAsync();
        using var posted = await serve.PostAsync(Sample);
        var batchId = posted.Headers.GetValues("X-Batch-Id").Single();

        using var csv = await serve.Http.GetAsync($"/api/audits/{batchId}?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("visit_id,patient_id,", (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
        using var html = await serve.Http.GetAsync($"/api/audits/{batchId}?format=html");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Claim audit", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var json = await serve.Http.GetAsync($"/api/audits/{batchId}?format=json");
        Assert.Equal(batchId, JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.GetProperty("batchId").GetString());
        // format wins over Accept: a link cannot set Accept.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/audits/{batchId}?format=csv");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var overridden = await serve.Http.SendAsync(request);
        Assert.Equal("text/csv", overridden.Content.Headers.ContentType?.MediaType);

        var problem = await ProblemAsync(await serve.Http.GetAsync($"/api/audits/{batchId}?format=pdf"), HttpStatusCode.BadRequest);
        Assert.Equal("format 'pdf' is not a report format: use ?format=html, ?format=csv or ?format=json (or leave it out and send an Accept header)",
            problem.GetProperty("detail").GetString());
        var missing = await ProblemAsync(await serve.Http.GetAsync("/api/audits/no-such-batch?format=html"), HttpStatusCode.NotFound);
        Assert.Equal("batch 'no-such-batch' is not a batch of this clinic", missing.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("empty", "the batch could not be read: the file is empty")]
    [InlineData("png", "the batch could not be read: the file is neither CSV nor JSON text (it looks like binary data)")]
    public async Task An_unreadable_file_is_a_400_problem_saying_why_and_a_failed_batch_in_the_list(string kind, string detail)
    {
        await using var serve = await ServeUnderTest.StartAsync();
        byte[] body = kind == "empty" ? [] : [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        var problem = await ProblemAsync(await serve.PostAsync(body), HttpStatusCode.BadRequest);
        Assert.Equal("Bad Request", problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        var batch = Assert.Single((await serve.ListAsync()).EnumerateArray());
        Assert.Equal("failed", batch.GetProperty("status").GetString());
        Assert.Equal(problem.GetProperty("batchId").GetString(), batch.GetProperty("batchId").GetString());
    }

    [Fact]
    public async Task A_file_over_Kestrels_30_MB_default_is_read_not_refused_as_too_large()
    {
        await using var serve = await ServeUnderTest.StartAsync();
        // 31 MB that is plainly not a batch: read (and refused for what it is) in a moment, where Kestrel's default would answer 413.
        var body = new byte[31 * 1024 * 1024];
        body[0] = 0x89;
        "PNG\r\n"u8.CopyTo(body.AsSpan(1));
        var problem = await ProblemAsync(await serve.PostAsync(body), HttpStatusCode.BadRequest);
        Assert.StartsWith("the batch could not be read: ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?from=yesterday", "from 'yesterday' is not a date: use YYYY-MM-DD, e.g. 2026-03-01")]
    [InlineData("?from=2026-12-02&to=2026-12-01", "from (2026-12-02) is after to (2026-12-01)")]
    [InlineData("?from=2024-01-01&to=2026-01-01", "the range 2024-01-01 to 2026-01-01 is longer than 368 days; ask for a shorter one")]
    public async Task A_range_that_is_not_one_is_a_400_problem_saying_why(string query, string detail)
    {
        await using var serve = await ServeUnderTest.StartAsync();
        var problem = await ProblemAsync(await serve.Http.GetAsync("/api/audits" + query), HttpStatusCode.BadRequest);
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_store_survives_a_restart_and_analytics_reads_its_audits()
    {
        var store = Path.Combine(Path.GetTempPath(), "claimaudit-serve-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            string batchId;
            await using (var first = await ServeUnderTest.StartAsync(store))
            {
                using var posted = await first.PostAsync(Sample);
                batchId = posted.Headers.GetValues("X-Batch-Id").Single();
            }
            await using (var second = await ServeUnderTest.StartAsync(store))
            {
                var batch = Assert.Single((await second.ListAsync()).EnumerateArray());
                Assert.Equal(batchId, batch.GetProperty("batchId").GetString());
                using var html = await second.Http.GetAsync($"/api/audits/{batchId}?format=html");
                Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            }
            var analytics = await CliRun.RunAsync("analytics", "--store", store);
            Assert.Equal(0, analytics.ExitCode);
            Assert.Contains("Audited claims         36,", analytics.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(store)) Directory.Delete(store, recursive: true);
        }
    }

    [Fact]
    public async Task The_root_redirects_to_the_page_which_is_served_without_a_key_form_under_its_CSP()
    {
        await using var serve = await ServeUnderTest.StartAsync();
        using var root = await serve.Http.GetAsync("/");
        Assert.Equal("/api/ui", root.RequestMessage?.RequestUri?.AbsolutePath);
        var csp = root.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'nonce-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        var html = await root.Content.ReadAsStringAsync();
        Assert.Contains("data-needs-key=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("data-max-post-bytes=\"\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_start_it_says_where_the_page_is_that_only_this_computer_reaches_it_where_the_store_is_and_how_to_stop()
    {
        await using var serve = await ServeUnderTest.StartAsync();
        var said = new StringWriter();
        await ServeCommand.WriteBannerAsync(serve.Host, said);
        var port = new Uri(serve.Host.BaseUrl).Port;
        Assert.NotEqual(0, port);
        Assert.Equal(
            $"ClaimAudit is serving its page at http://127.0.0.1:{port}/api/ui\n" +
            $"It listens on this computer only (http://127.0.0.1:{port}); there are no keys under serve.\n" +
            $"Store: {Path.GetFullPath(serve.Store)} (claimaudit analytics --store \"{Path.GetFullPath(serve.Store)}\" reads its audits)\n" +
            "Ctrl+C to stop.\n", said.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bound_beyond_loopback_it_warns_that_anyone_who_reaches_it_can_audit_and_read_reports()
    {
        await using var serve = await ServeUnderTest.StartAsync(urls: "http://0.0.0.0:0");
        var said = new StringWriter();
        await ServeCommand.WriteBannerAsync(serve.Host, said);
        Assert.Contains("Warning: it listens on http://0.0.0.0:", said.ToString(), StringComparison.Ordinal);
        Assert.Contains("anyone who can reach it can audit files and read reports (there are no keys under serve)", said.ToString(), StringComparison.Ordinal);
        // The page URL it prints is one this computer reaches.
        Assert.StartsWith("ClaimAudit is serving its page at http://127.0.0.1:", said.ToString(), StringComparison.Ordinal);
        using var page = await serve.Http.GetAsync("/api/ui");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task A_port_in_use_is_exit_2_with_the_reason()
    {
        await using var serve = await ServeUnderTest.StartAsync();
        var run = await CliRun.RunAsync("serve", "--store", serve.Store, "--urls", serve.Host.BaseUrl);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"claimaudit: cannot serve on {serve.Host.BaseUrl}", run.Stderr, StringComparison.Ordinal);
        // The reason once, not the host's "Hosting failed to start" with a stack trace before it.
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Hosting failed", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_folder_it_cannot_write_is_refused_at_start_with_the_reason_not_at_the_first_audit()
    {
        // /proc/self exists and not even root (which CI runs as, so chmod proves nothing) can create a file in it. Linux only.
        if (!OperatingSystem.IsLinux()) return;
        var run = await CliRun.RunAsync("serve", "--store", "/proc/self", "--urls", "http://127.0.0.1:0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("claimaudit: cannot serve on http://127.0.0.1:0 with the store '/proc/self'", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:5178")]
    [InlineData("192.168.1.20:5178")]
    [InlineData("localhost.")]
    public async Task On_loopback_a_request_naming_another_host_is_refused_so_a_rebound_name_cannot_read_the_store(string host)
    {
        await using var serve = await ServeUnderTest.StartAsync();
        using var posted = await serve.PostAsync(Sample);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/audits");
        request.Headers.Host = host;

        var problem = await ProblemAsync(await serve.Http.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Contains("answers requests to this computer only", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var port = new Uri(serve.Host.BaseUrl).Port;
        foreach (var loopback in (string[])[$"localhost:{port}", $"LOCALHOST:{port}", $"[::1]:{port}", $"127.0.0.1:{port}"])
        {
            using var local = new HttpRequestMessage(HttpMethod.Get, "/api/audits");
            local.Headers.Host = loopback;
            Assert.True((await serve.Http.SendAsync(local)).StatusCode == HttpStatusCode.OK, loopback);
        }
    }

    [Fact]
    public async Task Bound_beyond_loopback_it_still_refuses_a_name_that_is_not_this_computers_so_a_web_page_cannot_rebind_one_to_it()
    {
        await using var serve = await ServeUnderTest.StartAsync(urls: "http://0.0.0.0:0");
        var port = new Uri(serve.Host.BaseUrl).Port;
        async Task<HttpStatusCode> ListAs(string host)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/audits");
            request.Headers.Host = host;
            return (await serve.Http.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.BadRequest, await ListAs($"evil.example:{port}"));
        // This computer as another computer reaches it: by an address or by its own name.
        Assert.Equal(HttpStatusCode.OK, await ListAs($"192.168.1.20:{port}"));
        Assert.Equal(HttpStatusCode.OK, await ListAs($"{System.Net.Dns.GetHostName()}:{port}"));
    }

    [Fact]
    public async Task A_body_Kestrel_cannot_read_from_a_client_still_there_is_a_400_not_an_empty_200()
    {
        await using var serve = await ServeUnderTest.StartAsync();
        var uri = new Uri(serve.Host.BaseUrl);
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port);
        await using var stream = client.GetStream();
        // A chunk size that is not hexadecimal.
        var request = $"POST /api/audits HTTP/1.1\r\nHost: 127.0.0.1:{uri.Port}\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, System.Text.Encoding.ASCII);
        var status = await reader.ReadLineAsync();

        Assert.StartsWith("HTTP/1.1 400", status, StringComparison.Ordinal);
        Assert.Empty((await serve.ListAsync()).EnumerateArray());
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "http://127.0.0.1:1")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "null")]
    public async Task A_post_from_another_sites_page_is_refused_and_nothing_is_audited(string header, string value)
    {
        await using var serve = await ServeUnderTest.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/audits") { Content = new ByteArrayContent(Sample) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        request.Headers.Add(header, value);

        var problem = await ProblemAsync(await serve.Http.SendAsync(request), HttpStatusCode.Forbidden);

        Assert.Contains("takes files only from its own page", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty((await serve.ListAsync()).EnumerateArray());
        // The page's own post (same origin) is audited.
        using var own = new HttpRequestMessage(HttpMethod.Post, "/api/audits") { Content = new ByteArrayContent(Sample) };
        own.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        own.Headers.Add("Origin", serve.Host.BaseUrl);
        own.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.Created, (await serve.Http.SendAsync(own)).StatusCode);
    }

    [Fact]
    public async Task A_batch_record_that_cannot_be_read_is_left_out_of_the_list_not_a_500_for_all()
    {
        await using var serve = await ServeUnderTest.StartAsync();
        using var posted = await serve.PostAsync(Sample);
        await File.WriteAllTextAsync(Path.Combine(serve.Store, "batches", "zz-damaged.json"), "{\"clinicId\":\"local\", \"batchId\": ");

        var listed = await serve.ListAsync();

        Assert.Equal(posted.Headers.GetValues("X-Batch-Id").Single(), Assert.Single(listed.EnumerateArray()).GetProperty("batchId").GetString());
    }

    [Fact]
    public async Task A_report_is_served_under_its_own_CSP_allowing_only_its_stylesheet_and_never_sniffed()
    {
        await using var serve = await ServeUnderTest.StartAsync();
        using var posted = await serve.PostAsync(Sample);
        var batchId = posted.Headers.GetValues("X-Batch-Id").Single();

        foreach (var format in (string[])["html", "csv", "json"])
        {
            using var report = await serve.Http.GetAsync($"/api/audits/{batchId}?format={format}");
            var csp = string.Join(";", report.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
            Assert.Contains($"style-src {ClaimAudit.Web.UiPage.ReportStyleSource}", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", report.Headers.GetValues("X-Content-Type-Options").Single());
        }
        Assert.Equal("nosniff", posted.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
