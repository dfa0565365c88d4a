using Azure;
using Azure.Identity;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ClaimAudit.Functions.Http;

/// <summary>
/// The one place a route's server-side faults become problem+json (PRODUCT.md section 6) instead of
/// a bare 500: storage that does not answer or is busy → 503 with <c>Retry-After</c>; storage that
/// refuses (e.g. 403), a stored payer profile or a clinic's stored column or payer map that no longer
/// parses → 500 naming what is wrong.
/// Logs the fault's type only (no request data).
/// </summary>
public static class ApiErrors
{
    public const string RetryAfterSeconds = "30";

    public static async Task<IActionResult> RunAsync(HttpRequest request, Func<Task<IActionResult>> route, ILogger? log = null)
    {
        var aborted = request.HttpContext.RequestAborted;
        log ??= request.HttpContext.RequestServices?.GetService(typeof(ILoggerFactory)) is ILoggerFactory factory
            ? factory.CreateLogger("ClaimAudit.Api") : null;
        try
        {
            return await route();
        }
        catch (Exception e) when (BatchAuditService.IsTransient(e, aborted) || e is AuthenticationFailedException)
        {
            log?.LogWarning("{Method} request: storage unavailable ({ExceptionType})", request.Method, e.GetType().Name);
            return Unavailable();
        }
        catch (StoredProfileCorruptException e)
        {
            log?.LogError("{Method} request: stored payer profile {PayerId} is corrupt", request.Method, e.PayerId);
            return ApiResults.Problem(500, "Internal Server Error", e.Message, e.Errors);
        }
        catch (StoredMapCorruptException e)
        {
            log?.LogError("{Method} request: a stored map of clinic {ClinicId} is corrupt", request.Method, e.ClinicId);
            return ApiResults.Problem(500, "Internal Server Error", e.Message);
        }
        catch (RequestFailedException e)
        {
            log?.LogError("{Method} request: storage refused the request (HTTP {Status} {ErrorCode})", request.Method, e.Status, e.ErrorCode);
            return ApiResults.Problem(500, "Internal Server Error",
                $"storage refused the request (HTTP {e.Status} {e.ErrorCode}); this is a fault of the service, not of the request");
        }
    }

    public static ApiResult Unavailable() =>
        ApiResults.Problem(503, "Service Unavailable", "storage is temporarily unavailable; nothing was half-stored, send the request again in a minute")
            .WithHeader("Retry-After", RetryAfterSeconds);
}
