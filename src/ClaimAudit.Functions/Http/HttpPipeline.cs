using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Hosting;

namespace ClaimAudit.Functions.Http;

/// <summary>The worker middleware of the HTTP API, and which invocations go through it.</summary>
public static class HttpPipeline
{
    private static readonly ConcurrentDictionary<string, bool> PublicByEntryPoint = new();

    /// <summary>
    /// <see cref="ApiErrorMiddleware"/> for every HTTP trigger, outermost so that a refused key and a fault
    /// while looking it up are problem+json too; then <see cref="ClinicAuthenticationMiddleware"/> for every
    /// HTTP trigger that is not a <see cref="PublicRouteAttribute">public route</see>. Other triggers (the blob upload) pass through neither.
    /// </summary>
    public static IFunctionsWorkerApplicationBuilder UseClaimAuditHttpPipeline(this IFunctionsWorkerApplicationBuilder builder) =>
        builder
            .UseWhen<ApiErrorMiddleware>(context => IsHttpTrigger(context.FunctionDefinition))
            .UseWhen<ClinicAuthenticationMiddleware>(context => NeedsClinicKey(context.FunctionDefinition));

    public static bool IsHttpTrigger(FunctionDefinition function) =>
        function.InputBindings.Values.Any(binding => binding.Type.Equals("httpTrigger", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Every HTTP trigger but those marked <see cref="PublicRouteAttribute"/>. Every HTTP trigger is Anonymous to the
    /// Functions host (the clinic key is the API's one key), so the host's auth level cannot say this; the mark is read
    /// from the entry point's method. An entry point that cannot be found needs a key.
    /// </summary>
    public static bool NeedsClinicKey(FunctionDefinition function) => IsHttpTrigger(function) && NeedsClinicKey(function.EntryPoint);

    /// <summary>Whether the HTTP function at <paramref name="entryPoint"/> (<c>Namespace.Class.Method</c>, as functions.metadata names it) needs a clinic key.</summary>
    public static bool NeedsClinicKey(string entryPoint) => !PublicByEntryPoint.GetOrAdd(entryPoint, IsPublic);

    private static bool IsPublic(string entryPoint)
    {
        var dot = entryPoint.LastIndexOf('.');
        if (dot < 0) return false;
        return typeof(HttpPipeline).Assembly.GetType(entryPoint[..dot])?
            .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(method => method.Name == entryPoint[(dot + 1)..])
            .Any(method => method.GetCustomAttribute<PublicRouteAttribute>() is not null) ?? false;
    }
}
