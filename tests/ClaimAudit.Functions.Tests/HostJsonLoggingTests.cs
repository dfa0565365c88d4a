using System.Text.Json;
using ClaimAudit.Functions.Functions;
using Microsoft.Extensions.Logging;

namespace ClaimAudit.Functions.Tests;

/// <summary>
/// The Functions host's own logs of the blob trigger name the blob — <c>Executing 'Functions.AuditUploadedBatch'
/// (Reason='New blob detected(EventGrid): visit-batches/{clinic}/{file name}', …)</c> — and clinics put patient
/// names in file names. host.json holds every host category that carries trigger details at Warning, so those
/// Information logs never reach Application Insights, while warnings and errors still do (issue 14 item 8).
/// </summary>
public sealed class HostJsonLoggingTests
{
    private static readonly JsonElement LogLevels = LoadLogLevels();

    private static JsonElement LoadLogLevels()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "host.json")));
        Assert.True(doc.RootElement.GetProperty("logging").TryGetProperty("logLevel", out var levels), "host.json has no logging.logLevel");
        return levels.Clone();
    }

    /// <summary>
    /// The level the host applies to a category: the longest configured prefix of it, else <c>default</c> — the
    /// rule of Microsoft.Extensions.Logging's filter, which the host uses ("If host.json includes multiple logs that
    /// start with the same string, the more defined logs ones are matched first", configure-monitoring below).
    /// </summary>
    private static LogLevel LevelOf(string category)
    {
        var match = LogLevels.EnumerateObject()
            .Where(p => p.Name != "default" && category.StartsWith(p.Name, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(p => p.Name.Length)
            .Select(p => p.Value.GetString())
            .FirstOrDefault()
            ?? (LogLevels.TryGetProperty("default", out var fallback) ? fallback.GetString() : "Information");
        return Enum.Parse<LogLevel>(match!, ignoreCase: true);
    }

    [Theory]
    // https://learn.microsoft.com/azure/azure-functions/configure-monitoring#configure-categories
    // "Function.<YOUR_FUNCTION_NAME>" (traces): the function started and completed logs — the "Executing … (Reason='New
    // blob detected(EventGrid): visit-batches/…')" and "Trigger Details" lines — at Information.
    [InlineData("Function." + nameof(AuditUploadedBatch))]
    // Same page: "Host.Results" (requests) — success or failure of each run; the request carries the trigger reason.
    // Successes are Information, failures Error ("If Host.Results category is set to Error log level, it will only
    // gather host execution telemetry events in the requests table for failed function executions").
    [InlineData("Host.Results")]
    // https://learn.microsoft.com/azure/app-service/webjobs-sdk-how-to#log-filtering: the trigger categories of the
    // WebJobs SDK the host runs on, "Host.Triggers.Queue or Host.Triggers.Blob".
    [InlineData("Host.Triggers.Blob")]
    // https://github.com/Azure/azure-sdk-for-net/blob/main/sdk/storage/Microsoft.Azure.WebJobs.Extensions.Storage.Blobs/src/Listeners/BlobTriggerExecutor.Logger.cs:
    // the blob extension's listener logs "Blob '{blobName}' is ready for processing by function …" (ILogger<BlobListener>).
    [InlineData("Microsoft.Azure.WebJobs.Extensions.Storage.Blobs.Listeners.BlobListener")]
    // https://learn.microsoft.com/dotnet/azure/sdk/logging: the Azure SDK's event sources become categories such as
    // "Azure.Core" (every request URI, at Information) and "Azure.Storage.Blobs" — in the host as in the worker.
    [InlineData("Azure.Core")]
    [InlineData("Azure.Storage.Blobs")]
    public void Host_categories_that_carry_blob_names_are_held_at_warning_and_still_pass_errors(string category)
    {
        var level = LevelOf(category);
        Assert.True(level >= LogLevel.Warning, $"{category} is logged at {level}: its Information logs name the uploaded blob");
        Assert.True(level <= LogLevel.Error, $"{category} is logged at {level}: its errors would not reach Application Insights");
    }

    [Fact]
    public void The_apps_own_logs_which_carry_ids_and_counts_only_still_flow()
    {
        // https://learn.microsoft.com/azure/azure-functions/configure-monitoring#configure-categories:
        // "Function.<YOUR_FUNCTION_NAME>.User" — logs written by the function's code (here: batch id, clinic id, counts).
        Assert.Equal(LogLevel.Information, LevelOf($"Function.{nameof(AuditUploadedBatch)}.User"));
        Assert.Equal(LogLevel.Information, LevelOf("ClaimAudit.Application.BatchAuditor"));
        // Host.Aggregator keeps the counts, success rate and durations that Host.Results no longer gives for successes.
        Assert.Equal(LogLevel.Information, LevelOf("Host.Aggregator"));
    }
}
