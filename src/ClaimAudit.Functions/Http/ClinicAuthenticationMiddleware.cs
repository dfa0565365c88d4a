using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace ClaimAudit.Functions.Http;

/// <summary>
/// Lets an invocation of an HTTP function that is not a <see cref="PublicRouteAttribute">public route</see> reach the function only with a known
/// clinic key, and remembers the clinic for it (<see cref="ClinicAuthenticator.CallingClinicAsync"/>): a
/// route is closed unless its method says <see cref="PublicRouteAttribute"/>, whether or not its
/// function asks who is calling. A missing or unknown key is 401 and a key store that does not answer
/// is 503, both by <see cref="ApiErrorMiddleware"/>.
/// </summary>
public sealed class ClinicAuthenticationMiddleware(ClinicAuthenticator auth) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var httpContext = context.GetHttpContext()
            ?? throw new InvalidOperationException($"{context.FunctionDefinition.Name} has no HTTP request: {nameof(ClinicAuthenticationMiddleware)} is for HTTP triggers only");
        await auth.CallingClinicAsync(context, httpContext.Request);
        await next(context);
    }
}
