using System.Text.Json;

namespace ClaimAudit.Infra.Tests;

/// <summary>
/// The audit's time budget is the function timeout minus a minute (issue 14). The host reads the timeout
/// from host.json; the isolated worker cannot, so the app setting <c>AzureFunctionsJobHost__functionTimeout</c>
/// repeats it (an app setting of that name overrides host.json for the host too). If the two drifted apart,
/// the worker would budget for a timeout the host does not keep: a hung batch killed instead of failed.
/// </summary>
[Collection(BicepCollection.Name)]
public sealed class FunctionTimeoutTests(CompiledTemplate compiled)
{
    [Fact]
    public void The_worker_is_told_the_function_timeout_that_host_json_sets()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "host.json")));
        Assert.True(host.RootElement.TryGetProperty("functionTimeout", out var timeout), "host.json sets no functionTimeout");

        var config = Assert.Single(compiled.OfType("Microsoft.Web/sites/config"), c => c.Name.Contains("'appsettings'"));
        var settings = config.Node["properties"]!.AsObject();

        Assert.True(settings.ContainsKey("AzureFunctionsJobHost__functionTimeout"), "the app settings do not repeat the function timeout for the worker");
        Assert.Equal(timeout.GetString(), settings["AzureFunctionsJobHost__functionTimeout"]!.ToString());
        // AuditBudgets reads it as a TimeSpan and keeps a minute of it for recording a failure.
        Assert.True(TimeSpan.TryParse(timeout.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var span) && span > TimeSpan.FromMinutes(2));
    }
}
