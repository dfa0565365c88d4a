using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace ClaimAudit.Functions.Http;

/// <summary>
/// Answers an HTTP invocation whose function (or <see cref="ClinicAuthenticationMiddleware"/>) threw one of
/// the faults <see cref="ApiErrors"/> knows with its problem+json, in place of the function's result.
/// Registered for HTTP triggers only (<see cref="HttpPipeline"/>): the blob trigger's faults must reach the
/// host, which retries them.
/// </summary>
public sealed class ApiErrorMiddleware(ILoggerFactory loggers) : IFunctionsWorkerMiddleware
{
    private readonly ILogger _log = loggers.CreateLogger(ApiErrors.LogCategory);

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e)
        {
            var request = context.GetHttpContext()?.Request;
            if (request is null || ApiErrors.ProblemFor(e, request, _log) is not { } problem) throw;
            context.GetInvocationResult().Value = problem;
        }
    }
}
