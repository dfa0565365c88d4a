using ClaimAudit.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimAudit.Functions.Http;

public static class FunctionServices
{
    /// <summary>Everything the functions need: storage over the <c>AuditStorage</c> connection, API limits (section <c>ClaimAudit</c>), clinic authentication.</summary>
    public static IServiceCollection AddClaimAuditFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuditStorage(configuration);
        var api = new ApiOptions();
        configuration.GetSection("ClaimAudit").Bind(api);
        services.AddSingleton(api);
        services.AddSingleton<ClinicAuthenticator>();
        return services;
    }
}
