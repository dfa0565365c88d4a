using ClaimAudit.Application;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ClaimAudit.Functions.Http;

public static class FunctionServices
{
    /// <summary>Prefix of ASP.NET Core's log categories (<c>Microsoft.AspNetCore.Hosting.Diagnostics</c>, <c>….Routing</c>…).</summary>
    public const string AspNetCoreLogCategory = "Microsoft.AspNetCore";

    /// <summary>
    /// Everything the functions need: storage over the <c>AuditStorage</c> connection, the audit over
    /// those stores and the routing in front of it, API limits (section <c>ClaimAudit</c>), clinic authentication.
    /// </summary>
    public static IServiceCollection AddClaimAuditFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuditStorage(configuration);
        // Request paths name patients and authorisations (/api/patients/{patientId}/authorizations/{authNumber}),
        // and ASP.NET Core's hosting and routing log every request's URL at Information: held at Warning, as
        // the Azure SDK's categories are (no PHI in logs).
        services.AddLogging(logging => logging.AddFilter(AspNetCoreLogCategory, LogLevel.Warning));
        // No size cap on uploaded blobs: a large batch is audited in partitions in bounded memory
        // (issue 9). HTTP bodies keep their own limit, ClaimAudit:MaxRequestBytes.
        services.TryAddSingleton(IngestLimits.Unlimited);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BatchAuditor>();
        services.TryAddSingleton<BatchAuditService>();
        // The denial analytics (PRODUCT.md section 11): 835 intake and the analytics over the clinic's stores.
        services.TryAddSingleton<RemittanceIntake>();
        services.TryAddSingleton<RemittanceUploads>();
        services.TryAddSingleton<AnalyticsService>();
        var api = new ApiOptions();
        configuration.GetSection("ClaimAudit").Bind(api);
        services.AddSingleton(api);
        services.AddSingleton<ClinicAuthenticator>();
        return services;
    }
}
