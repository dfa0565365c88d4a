using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>REVIEW_THRESHOLD: the year-to-date therapy total of a KX group, with this visit, passes the payer's targeted-review threshold.</summary>
internal sealed class ReviewThreshold : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ReviewThreshold, Severity.Info, "Past the targeted medical review threshold",
        ContractSection: 4, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.MedicalNecessity);

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        if (visit.Profile.ReviewThreshold is not decimal threshold) return;
        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (_, group, cumulative) in KxWalk(visit)) totals[group] = cumulative;
        foreach (var (group, total) in totals.Where(t => t.Value > threshold).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            output.Add(Descriptor.Finding(null,
                $"The patient's {Year(visit)} {KxGroupLabel(group)} therapy total reaches {Money(total)} with this visit, past the {Money(threshold)} targeted medical review threshold; {visit.Profile.DisplayName} may review these claims.",
                "keep the plan of care certified and make sure each note documents medical necessity, skilled intervention and measurable progress",
                0m));
        }
    }
}
