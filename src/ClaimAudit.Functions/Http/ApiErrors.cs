using Azure;
using Azure.Identity;
using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ClaimAudit.Functions.Http;

/// <summary>
/// The one place where what an HTTP function lets escape becomes problem+json (PRODUCT.md section 6),
/// applied by <see cref="ApiErrorMiddleware"/>. The request's own faults: a missing or unknown key → 401,
/// a body over the limit → 413, a write whose <c>If-Match</c>/<c>If-None-Match</c> does not hold → 412.
/// The service's faults, instead of a bare 500: storage that does not answer or is busy → 503 with
/// <c>Retry-After</c>; storage that refuses (e.g. 403), a stored payer profile or a clinic's stored
/// column or payer map that no longer parses → 500 naming what is wrong. Logs the fault's type only
/// (no request data).
/// </summary>
public static class ApiErrors
{
    public const string RetryAfterSeconds = "30";

    /// <summary>The category of the service-fault log entries.</summary>
    public const string LogCategory = "ClaimAudit.Api";

    /// <summary>
    /// The response for <paramref name="e"/>, or null when it is none of the faults above: a bug stays an
    /// exception, which the host logs in full and answers with 500.
    /// </summary>
    public static IResult? ProblemFor(Exception e, HttpRequest request, ILogger log)
    {
        switch (e)
        {
            case ClinicKeyRejectedException:
                return ApiResults.Problem(401, "Unauthorized", e.Message).WithHeader("WWW-Authenticate", "ApiKey header=\"X-Api-Key\"");
            case PayloadTooLargeException:
                return ApiResults.Problem(413, "Payload Too Large", e.Message);
            case ProfileConflictException or MapConflictException or EpisodeConflictException:
                return ApiResults.Problem(412, "Precondition Failed", e.Message);
            case var _ when StorageFaults.IsTransient(e, request.HttpContext.RequestAborted) || e is AuthenticationFailedException:
                log.LogWarning("{Method} request: storage unavailable ({ExceptionType})", request.Method, e.GetType().Name);
                return Unavailable();
            case StoredProfileCorruptException corrupt:
                log.LogError("{Method} request: stored payer profile {PayerId} is corrupt", request.Method, corrupt.PayerId);
                return ApiResults.Problem(500, "Internal Server Error", corrupt.Message, corrupt.Errors);
            case StoredMapCorruptException corrupt:
                log.LogError("{Method} request: a stored map of clinic {ClinicId} is corrupt", request.Method, corrupt.ClinicId);
                return ApiResults.Problem(500, "Internal Server Error", corrupt.Message);
            case RequestFailedException refused:
                log.LogError("{Method} request: storage refused the request (HTTP {Status} {ErrorCode})", request.Method, refused.Status, refused.ErrorCode);
                return ApiResults.Problem(500, "Internal Server Error",
                    $"storage refused the request (HTTP {refused.Status} {refused.ErrorCode}); this is a fault of the service, not of the request");
            default:
                return null;
        }
    }

    public static IResult Unavailable() =>
        ApiResults.Problem(503, "Service Unavailable", "storage is temporarily unavailable; nothing was half-stored, send the request again in a minute")
            .WithHeader("Retry-After", RetryAfterSeconds);
}
