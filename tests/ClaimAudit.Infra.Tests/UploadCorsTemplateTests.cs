using System.Text.Json.Nodes;

namespace ClaimAudit.Infra.Tests;

/// <summary>
/// The page (GET /api/ui) sends large files from the browser straight to the blob endpoint with the upload SAS: a
/// cross-origin PUT the blob service must allow by CORS, for the function app's own origin only (issue 17).
/// </summary>
[Collection(BicepCollection.Name)]
public sealed class UploadCorsTemplateTests(CompiledTemplate compiled)
{
    // What a browser's PUT of a block blob sends beside the SAS (the page's fetch, or the Storage SDK's).
    private static readonly string[] UploadHeaders = ["x-ms-blob-type", "content-type", "x-ms-version", "x-ms-client-request-id"];

    private TemplateResource FunctionApp => compiled.Single("Microsoft.Web/sites");

    private JsonObject UploadRule()
    {
        var withCors = compiled.OfType("Microsoft.Storage/storageAccounts/blobServices")
            .Where(s => s.Node["properties"]?["cors"] is not null).ToList();
        var service = Assert.Single(withCors);
        // On the app's own storage account: the module's storageAccountName is the storage module's output.
        Assert.Equal("[format('{0}/{1}', parameters('storageAccountName'), 'default')]", service.Name);
        Assert.Same(FunctionApp.Scope.Template, service.Scope.Template);
        return Assert.Single(service.Node["properties"]!["cors"]!["corsRules"]!.AsArray())!.AsObject();
    }

    [Fact]
    public void Blob_CORS_allows_the_function_apps_own_https_origin_and_nothing_else()
    {
        var origins = UploadRule()["allowedOrigins"]!.AsArray().Select(o => (string)o!).ToList();

        var functionAppId = $"resourceId('Microsoft.Web/sites', parameters('{FunctionAppNameParameter()}'))";
        Assert.Equal([$"[format('https://{{0}}', reference({functionAppId}, '2024-04-01').defaultHostName)]"], origins);
    }

    [Fact]
    public void Blob_CORS_allows_PUT_with_its_preflight_and_the_upload_headers()
    {
        var rule = UploadRule();
        var methods = rule["allowedMethods"]!.AsArray().Select(m => (string)m!).ToList();
        var headers = rule["allowedHeaders"]!.AsArray().Select(h => ((string)h!).ToLowerInvariant()).ToList();

        Assert.Contains("PUT", methods);
        Assert.Contains("OPTIONS", methods);
        Assert.DoesNotContain("*", headers);
        foreach (var header in UploadHeaders)
            Assert.True(headers.Any(allowed => allowed == header || (allowed.EndsWith('*') && header.StartsWith(allowed[..^1], StringComparison.Ordinal))),
                $"the blob CORS rule does not allow the header {header} (allowed: {string.Join(", ", headers)})");
        Assert.True((int?)rule["maxAgeInSeconds"] > 0, "without a max age every upload waits for a preflight of its own");
    }

    private string FunctionAppNameParameter()
    {
        var name = FunctionApp.Name;
        Assert.StartsWith("[parameters('", name);
        return name["[parameters('".Length..^"')]".Length];
    }
}
