namespace ClaimAudit.Functions.Http;

/// <summary>Limits of the HTTP API (configuration section <c>ClaimAudit</c>).</summary>
public sealed class ApiOptions
{
    /// <summary>Largest request body <c>POST /api/audits</c> accepts, in bytes (default 32 MiB); larger gets 413. Bigger batches go through blob upload.</summary>
    public long MaxRequestBytes { get; set; } = 32L * 1024 * 1024;
    /// <summary>Largest payer profile or units request body, in bytes.</summary>
    public long MaxSmallBodyBytes { get; set; } = 1024 * 1024;
}
