using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ClaimAudit.Functions.Functions;
using ClaimAudit.Functions.Http;
using ClaimAudit.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimAudit.Functions.Tests;

/// <summary>The AuditStorage connection in both forms the Functions host accepts, resolved the way Program.cs resolves it.</summary>
public sealed class ServiceRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddClaimAuditFunctions(configuration);
        // The function classes themselves, as the worker activates them.
        foreach (var type in typeof(PostAudit).Assembly.GetTypes().Where(t => t.Namespace == typeof(PostAudit).Namespace && t.IsClass && t.IsPublic))
            services.AddTransient(type);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    [Fact]
    public void A_connection_string_such_as_UseDevelopmentStorage_points_every_client_at_Azurite()
    {
        using var provider = Build(new() { ["AuditStorage"] = "UseDevelopmentStorage=true", ["ClaimAudit:MaxRequestBytes"] = "1000" });
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", provider.GetRequiredService<BlobServiceClient>().Uri.ToString().TrimEnd('/'));
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", provider.GetRequiredService<TableServiceClient>().Uri.ToString().TrimEnd('/'));
        Assert.Equal(1000, provider.GetRequiredService<ApiOptions>().MaxRequestBytes);
        Assert.NotNull(provider.GetRequiredService<PostAudit>());
        Assert.NotNull(provider.GetRequiredService<AuditUploadedBatch>());
    }

    [Fact]
    public void The_identity_based_form_uses_the_service_URIs_with_a_managed_identity()
    {
        using var provider = Build(new()
        {
            ["AuditStorage:blobServiceUri"] = "https://claimaudit.blob.core.windows.net",
            ["AuditStorage:tableServiceUri"] = "https://claimaudit.table.core.windows.net",
            ["AuditStorage:queueServiceUri"] = "https://claimaudit.queue.core.windows.net",
            ["AuditStorage:credential"] = "managedidentity",
            ["AuditStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        });
        Assert.Equal("https://claimaudit.blob.core.windows.net/", provider.GetRequiredService<BlobServiceClient>().Uri.ToString());
        Assert.Equal("claimaudit", provider.GetRequiredService<TableServiceClient>().AccountName);
        Assert.NotNull(provider.GetRequiredService<BatchAuditService>());
    }

    [Fact]
    public void A_missing_connection_says_which_settings_to_add() =>
        Assert.Contains("AuditStorage__blobServiceUri",
            Assert.Throws<InvalidOperationException>(() => Build(new())).Message);

    /// <summary>
    /// The episode routes carry patient ids and authorisation numbers in their paths
    /// (<c>/api/patients/{patientId}/authorizations/{authNumber}</c>), and ASP.NET Core's hosting
    /// diagnostics log every request's URL at Information ("Request starting HTTP/1.1 PUT …"): those
    /// categories are held at Warning, as the Azure SDK's are.
    /// </summary>
    [Fact]
    public void ASP_NET_Cores_request_logs_which_name_the_URL_are_held_at_Warning()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AuditStorage"] = "UseDevelopmentStorage=true" }).Build();
        var services = new ServiceCollection().AddLogging(l => l.AddProvider(new EnabledLoggerProvider()).SetMinimumLevel(LogLevel.Trace));
        services.AddClaimAuditFunctions(configuration);
        using var provider = services.BuildServiceProvider();
        var loggers = provider.GetRequiredService<ILoggerFactory>();

        foreach (var category in new[] { "Microsoft.AspNetCore.Hosting.Diagnostics", "Microsoft.AspNetCore.Routing.EndpointMiddleware" })
        {
            var log = loggers.CreateLogger(category);
            Assert.False(log.IsEnabled(LogLevel.Information), category);
            Assert.True(log.IsEnabled(LogLevel.Warning), category);
        }
        Assert.True(loggers.CreateLogger(ApiErrors.LogCategory).IsEnabled(LogLevel.Information));
    }

    /// <summary>A provider whose loggers take every level: what the filters let through is then what the test sees.</summary>
    private sealed class EnabledLoggerProvider : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;
        public void Dispose() { }
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) { }
    }
}
