using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>REVIEW_THRESHOLD: the year-to-date therapy total of a KX group, with this visit, passes the payer's targeted-review threshold.</summary>
internal sealed class ReviewThreshold : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ReviewThreshold, Severity.Info, "Past the targeted medical review threshold",
        ContractSection: 4, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.MedicalNecessity,
        MessageTemplate: "The patient's {year} {kxGroup} therapy total reaches {total:money} with this visit, past the {threshold:money} targeted medical review threshold; {payer} may review these claims.",
        FixTemplate: "keep the plan of care certified and make sure each note documents medical necessity, skilled intervention and measurable progress");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        if (visit.Profile.ReviewThreshold is not decimal threshold) return;
        // Each KX group's total once the visit is added, in two slots rather than a dictionary a visit: KxGroup
        // has two groups (PT/SLP and OT). The findings come in group-name order.
        (string? Group, decimal Total) first = default, second = default;
        foreach (var (_, group, cumulative) in KxWalk(visit))
        {
            if (first.Group is null || first.Group == group) first = (group, cumulative);
            else second = (group, cumulative);
        }
        if (second.Group is not null && string.CompareOrdinal(second.Group, first.Group) < 0) (first, second) = (second, first);
        Add(first.Group, first.Total);
        Add(second.Group, second.Total);

        void Add(string? group, decimal total)
        {
            if (group is null || total <= threshold) return;
            output.Add(Descriptor.Finding(null, 0m, args:
            [
                new("year", visit.Visit.DateOfService.Year), new("kxGroup", KxGroupLabel(group)), new("total", total),
                new("threshold", threshold), new("payer", visit.Profile.DisplayName),
            ]));
        }
    }
}
