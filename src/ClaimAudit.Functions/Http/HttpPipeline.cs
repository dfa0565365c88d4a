using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Hosting;

namespace ClaimAudit.Functions.Http;

/// <summary>The worker middleware of the HTTP API, and which invocations go through it.</summary>
public static class HttpPipeline
{
    private static readonly ConcurrentDictionary<string, bool> AnonymousByEntryPoint = new();

    /// <summary>
    /// <see cref="ApiErrorMiddleware"/> for every HTTP trigger, outermost so that a refused key and a fault
    /// while looking it up are problem+json too; then <see cref="ClinicAuthenticationMiddleware"/> for every
    /// HTTP trigger that is not anonymous. Other triggers (the blob upload) pass through neither.
    /// </summary>
    public static IFunctionsWorkerApplicationBuilder UseClaimAuditHttpPipeline(this IFunctionsWorkerApplicationBuilder builder) =>
        builder
            .UseWhen<ApiErrorMiddleware>(context => IsHttpTrigger(context.FunctionDefinition))
            .UseWhen<ClinicAuthenticationMiddleware>(context => NeedsClinicKey(context.FunctionDefinition));

    public static bool IsHttpTrigger(FunctionDefinition function) =>
        function.InputBindings.Values.Any(binding => binding.Type.Equals("httpTrigger", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Every HTTP trigger but those declared <see cref="AuthorizationLevel.Anonymous"/>. The level is read from
    /// the entry point's <see cref="HttpTriggerAttribute"/>, the attribute the function metadata is generated
    /// from; an entry point that cannot be found needs a key.
    /// </summary>
    public static bool NeedsClinicKey(FunctionDefinition function) =>
        IsHttpTrigger(function) && !AnonymousByEntryPoint.GetOrAdd(function.EntryPoint, IsAnonymous);

    private static bool IsAnonymous(string entryPoint)
    {
        var dot = entryPoint.LastIndexOf('.');
        if (dot < 0) return false;
        var trigger = typeof(HttpPipeline).Assembly.GetType(entryPoint[..dot])?
            .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(method => method.Name == entryPoint[(dot + 1)..])
            .SelectMany(method => method.GetParameters())
            .Select(parameter => parameter.GetCustomAttribute<HttpTriggerAttribute>())
            .OfType<HttpTriggerAttribute>()
            .FirstOrDefault();
        return trigger?.AuthLevel == AuthorizationLevel.Anonymous;
    }
}
