using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.EpisodeSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// VISIT_LIMIT_REACHED: the profile's yearly visit limit, and this visit's place among the
/// patient's visits with the payer in its calendar year (stored and in the batch) is past it.
/// </summary>
internal sealed class VisitLimitReached : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.VisitLimitReached, Severity.Error, "Yearly visit limit passed",
        ContractSection: 10, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.BenefitLimit,
        MessageTemplate: "This is the patient's visit {ordinal} with {payer} in {year} (counting earlier uploads), past the plan's yearly limit of {limit}; visits beyond it are denied.",
        FixTemplate: "request more visits from {payer} (an exception for medical necessity) before sending the claim, or tell the patient the visit is beyond the plan's limit");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        if (visit.Profile.Episodes.YearlyVisitLimit is not { } limit) return;
        var ordinal = visit.Batch.Episode(visit.Visit).YearOrdinal;
        if (ordinal <= limit) return;
        output.Add(Descriptor.Finding(null, VisitValue(visit), args:
        [
            new("ordinal", ordinal), new("payer", visit.Profile.DisplayName), new("year", visit.Visit.DateOfService.Year), new("limit", Visits(limit)),
        ]));
    }
}
