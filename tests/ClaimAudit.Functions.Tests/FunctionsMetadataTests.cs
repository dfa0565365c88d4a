using System.Text.Json;

namespace ClaimAudit.Functions.Tests;

/// <summary>
/// The host knows the functions only from the functions.metadata the build generates; these check
/// what it will bind: the Event Grid blob trigger on AuditStorage and every HTTP route.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Dictionary<string, JsonElement> Bindings = Load();

    private static Dictionary<string, JsonElement> Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        // tests/…/bin/{Configuration}/{tfm}/ → src/ClaimAudit.Functions/bin/{Configuration}/{tfm}/
        var tfm = new DirectoryInfo(AppContext.BaseDirectory).Name;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(dir.FullName, "src", "ClaimAudit.Functions", "bin", configuration, tfm, "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build src/ClaimAudit.Functions");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("bindings").EnumerateArray().First(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).Clone());
    }

    [Fact]
    public void The_remittance_trigger_is_an_Event_Grid_blob_trigger_on_remittances_over_AuditStorage()
    {
        var trigger = Bindings["ReceiveUploadedRemittance"];
        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("remittances/{clinicId}/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("AuditStorage", trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void The_upload_trigger_is_an_Event_Grid_blob_trigger_on_visit_batches_over_AuditStorage()
    {
        var trigger = Bindings["AuditUploadedBatch"];
        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("visit-batches/{clinicId}/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("AuditStorage", trigger.GetProperty("connection").GetString());
    }

    [Theory]
    [InlineData("PostAudit", "post", "audits", "Anonymous")]
    [InlineData("GetAudit", "get", "audits/{batchId}", "Anonymous")]
    [InlineData("ListPayers", "get", "payers", "Anonymous")]
    [InlineData("GetPayer", "get", "payers/{payerId}", "Anonymous")]
    [InlineData("PutPayer", "put", "payers/{payerId}", "Anonymous")]
    [InlineData("DeletePayer", "delete", "payers/{payerId}", "Anonymous")]
    [InlineData("ComputeUnits", "post", "units", "Anonymous")]
    [InlineData("GetColumnMap", "get", "column-map", "Anonymous")]
    [InlineData("PutColumnMap", "put", "column-map", "Anonymous")]
    [InlineData("PreviewColumnMap", "post", "column-map/preview", "Anonymous")]
    [InlineData("GetPayerMap", "get", "payer-map", "Anonymous")]
    [InlineData("PutPayerMap", "put", "payer-map", "Anonymous")]
    [InlineData("PostUpload", "post", "uploads", "Anonymous")]
    [InlineData("PutAuthorization", "put", "patients/{patientId}/authorizations/{authNumber}", "Anonymous")]
    [InlineData("PutPlanOfCare", "put", "patients/{patientId}/plans-of-care/{pocStart}", "Anonymous")]
    [InlineData("GetEpisode", "get", "patients/{patientId}/episode", "Anonymous")]
    [InlineData("PostRemittance", "post", "remittances", "Anonymous")]
    [InlineData("GetAnalytics", "get", "analytics", "Anonymous")]
    [InlineData("Health", "get", "health", "Anonymous")]
    [InlineData("ListAudits", "get", "audits", "Anonymous")]
    [InlineData("GetUi", "get", "ui", "Anonymous")]
    public void Every_HTTP_route_has_its_method_and_auth_level(string function, string method, string route, string authLevel)
    {
        var trigger = Bindings[function];
        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal(new[] { method }, trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!).ToArray());
        Assert.Equal(authLevel, trigger.GetProperty("authLevel").GetString());
    }

    [Fact]
    public void Every_HTTP_trigger_is_anonymous_to_the_Functions_host_so_the_clinic_key_is_the_one_key()
    {
        // A Function-level route would need the host's function key before the app sees the clinic key: the page
        // (PRODUCT.md section 14) holds only the clinic key. Which routes need a clinic key is HttpPipelineTests' business.
        var http = Bindings.Where(b => b.Value.GetProperty("type").GetString() == "httpTrigger").ToList();
        Assert.NotEmpty(http);
        Assert.All(http, b => Assert.Equal("Anonymous", b.Value.GetProperty("authLevel").GetString()));
    }

    [Fact]
    public void No_two_HTTP_functions_answer_the_same_method_on_the_same_route()
    {
        // GET audits (the list), GET audits/{batchId} (one report) and POST audits (an audit) share a prefix, not a route.
        var routes = Bindings.Where(b => b.Value.GetProperty("type").GetString() == "httpTrigger")
            .SelectMany(b => b.Value.GetProperty("methods").EnumerateArray().Select(m => (Method: m.GetString()!, Route: b.Value.GetProperty("route").GetString()!, Function: b.Key)))
            .ToList();
        Assert.All(routes.GroupBy(r => (r.Method, r.Route)), group => Assert.True(group.Count() == 1, $"{group.Key.Method} {group.Key.Route}: {string.Join(", ", group.Select(g => g.Function))}"));
        Assert.Equal(["ListAudits", "PostAudit"], routes.Where(r => r.Route == "audits").Select(r => r.Function).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void There_are_exactly_the_functions_of_the_contract() =>
        Assert.Equal(
            ["AuditUploadedBatch", "ComputeUnits", "DeletePayer", "GetAnalytics", "GetAudit", "GetColumnMap", "GetEpisode", "GetPayer", "GetPayerMap", "GetUi", "Health", "ListAudits", "ListPayers", "PostAudit",
             "PostRemittance", "PostUpload", "PreviewColumnMap", "PutAuthorization", "PutColumnMap", "PutPayer", "PutPayerMap", "PutPlanOfCare", "ReceiveUploadedRemittance"],
            Bindings.Keys.Order(StringComparer.Ordinal).ToArray());
}
