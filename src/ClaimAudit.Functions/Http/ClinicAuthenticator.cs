using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;

namespace ClaimAudit.Functions.Http;

/// <summary>Who is calling: the clinic whose API key (<c>X-Api-Key</c>) hashes to a known entry of <c>ClinicKeys</c>.</summary>
public sealed class ClinicAuthenticator(ClinicKeyStore keys)
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>The caller's clinic id, or null when the key is missing or unknown.</summary>
    public Task<string?> AuthenticateAsync(HttpRequest request) =>
        keys.FindClinicAsync(request.Headers[HeaderName].ToString(), request.HttpContext.RequestAborted);
}
