using ClaimAudit.Core.Payers;
using ClaimAudit.Core.Remittances;

namespace ClaimAudit.Core.Analytics;

/// <summary>
/// Builds the denial analytics from the audited claims and the stored remittances: pure, no I/O.
/// The definitions of every figure are on <see cref="AnalyticsReport"/>'s types and in the README.
/// </summary>
public static class AnalyticsBuilder
{
    /// <param name="claims">Audited claims (any order; the latest audit of a visit id wins).</param>
    /// <param name="remittances">Stored remittance advices (any order).</param>
    /// <param name="profiles">The clinic's payer profiles: each gives its payer's denial-category overrides.</param>
    public static AnalyticsReport Build(string clinicId, IEnumerable<AuditedClaim> claims, IEnumerable<RemittanceAdvice> remittances,
        PayerProfileSet profiles, AnalyticsOptions options, DateTimeOffset generatedAt) =>
        throw new NotImplementedException("issue 11: analytics builder");
}
