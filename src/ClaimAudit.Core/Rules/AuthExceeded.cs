using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.EpisodeSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// AUTH_EXCEEDED: the visit's authorisation gives a visit count and this visit's place among the
/// visits billed under it (earlier batches' from the visit ledger, then this batch's, by date) is
/// past it.
/// </summary>
internal sealed class AuthExceeded : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.AuthExceeded, Severity.Error, "Authorized visits used up",
        ContractSection: 10, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Authorization,
        MessageTemplate: "This is visit {ordinal} on authorization {number}, which allows {authorized} (counting earlier uploads); {payer} denies visits beyond the authorized count.",
        FixTemplate: "request more visits from {payer} on authorization {number} before sending the claim");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var facts = visit.Batch.Episode(visit.Visit);
        if (facts.Authorization is not { Visits: { } authorized } auth || facts.AuthorizationOrdinal <= authorized) return;
        output.Add(Descriptor.Finding(null, VisitValue(visit), args:
        [
            new("ordinal", facts.AuthorizationOrdinal), new("number", auth.Number), new("authorized", Visits(authorized)), new("payer", visit.Profile.DisplayName),
        ]));
    }
}
