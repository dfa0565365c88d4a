using ClaimAudit.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ClaimAudit.Functions.Http;

/// <summary>The request's <c>X-Api-Key</c> is missing or no clinic's key: 401 (<see cref="ApiErrors"/>).</summary>
public sealed class ClinicKeyRejectedException() : Exception("send the clinic's API key in the X-Api-Key header; the key is missing or not known");

/// <summary>
/// Who is calling: the clinic whose API key (<c>X-Api-Key</c>) hashes to a known entry of <c>ClinicKeys</c>, by its
/// normalised id (<see cref="ClinicIds"/>, lower-case) — the same id the upload trigger reads from a blob's folder, so
/// a clinic sees its uploads however their folder was cased.
/// </summary>
public sealed class ClinicAuthenticator(ClinicKeyStore keys)
{
    public const string HeaderName = "X-Api-Key";

    // Private, so that nothing but the lookup below can name a clinic for an invocation.
    private static readonly object CallingClinicKey = new();

    /// <summary>
    /// The calling clinic of this invocation, looked up once and remembered on the <see cref="FunctionContext"/>.
    /// In the host the first to ask is <see cref="ClinicAuthenticationMiddleware"/>, before the function runs, so
    /// a function's own ask is answered from the context. Throws <see cref="ClinicKeyRejectedException"/> when the
    /// key is missing or unknown.
    /// </summary>
    public async ValueTask<string> CallingClinicAsync(FunctionContext context, HttpRequest request)
    {
        if (context.Items.TryGetValue(CallingClinicKey, out var known)) return (string)known;
        var clinicId = await keys.FindClinicAsync(request.Headers[HeaderName].ToString(), request.HttpContext.RequestAborted)
            ?? throw new ClinicKeyRejectedException();
        context.Items[CallingClinicKey] = clinicId;
        return clinicId;
    }
}
