using ClaimAudit.Core.Ingest;
using ClaimAudit.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClaimAudit.Functions.Http;

public static class FunctionServices
{
    /// <summary>
    /// Everything the functions need: storage over the <c>AuditStorage</c> connection, the audit over
    /// those stores and the routing in front of it, API limits (section <c>ClaimAudit</c>), clinic authentication.
    /// </summary>
    public static IServiceCollection AddClaimAuditFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuditStorage(configuration);
        // No size cap on uploaded blobs: a large batch is audited in partitions in bounded memory
        // (issue 9). HTTP bodies keep their own limit, ClaimAudit:MaxRequestBytes.
        services.TryAddSingleton(IngestLimits.Unlimited);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BatchAuditor>();
        services.TryAddSingleton<BatchAuditService>();
        var api = new ApiOptions();
        configuration.GetSection("ClaimAudit").Bind(api);
        services.AddSingleton(api);
        services.AddSingleton<ClinicAuthenticator>();
        return services;
    }
}
