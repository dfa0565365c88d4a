using ClaimAudit.Core.Model;

using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>CODE_NOT_PAYABLE: a code the payer bundles into other services and never pays separately (Medicare: 97010).</summary>
internal sealed class CodeNotPayable : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.CodeNotPayable, Severity.Warning, "Code the payer never pays separately",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Bundling,
        MessageTemplate: "{payer} bundles {code} into the other services of the visit and never pays it separately.",
        FixTemplate: "drop {code} from the claim (or bill it to the patient only with a valid advance notice where the payer allows)");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        foreach (var line in visit.Lines)
        {
            if (!visit.Profile.NotPayable.Contains(line.Code)) continue;
            output.Add(Descriptor.FindingOn(line, Dollars(line.BilledValue), args: [new("payer", visit.Profile.DisplayName)]));
        }
    }
}
