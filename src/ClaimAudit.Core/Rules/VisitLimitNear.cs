using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.EpisodeSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// VISIT_LIMIT_NEAR: after this visit, 0 to 3 visits are left on its authorisation's count or the
/// profile's yearly limit (neither passed yet): time to request more. Once per visit, naming both
/// when both apply.
/// </summary>
internal sealed class VisitLimitNear : IDescribedRule
{
    /// <summary>Visits left after this one at which the front desk is told.</summary>
    public const int Within = 3;

    public RuleDescriptor Descriptor { get; } = new(RuleIds.VisitLimitNear, Severity.Info, "Few visits left",
        ContractSection: 10, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.None,
        MessageTemplate: "{remaining}; time to ask for more before they run out.",
        FixTemplate: "request more visits from {payer} now, so the next visits are covered");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var facts = visit.Batch.Episode(visit.Visit);
        var parts = new List<string>(2);
        if (facts.Authorization is { Visits: { } authorized } auth && facts.AuthorizationOrdinal <= authorized && authorized - facts.AuthorizationOrdinal <= Within)
            parts.Add($"authorization {auth.Number} has {Visits(authorized - facts.AuthorizationOrdinal)} left after this one (visit {facts.AuthorizationOrdinal} of {authorized})");
        if (visit.Profile.Episodes.YearlyVisitLimit is { } limit && facts.YearOrdinal <= limit && limit - facts.YearOrdinal <= Within)
            parts.Add($"the patient has {Visits(limit - facts.YearOrdinal)} left with {visit.Profile.DisplayName} in {visit.Visit.DateOfService.Year} after this one (visit {facts.YearOrdinal} of the yearly {limit})");
        if (parts.Count == 0) return;
        var remaining = string.Join("; ", parts);
        remaining = char.ToUpperInvariant(remaining[0]) + remaining[1..];
        output.Add(Descriptor.Finding(null, 0m, args: [new("remaining", remaining), new("payer", visit.Profile.DisplayName)]));
    }
}
