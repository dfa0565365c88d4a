using ClaimAudit.Core.Model;

using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>CODE_REPLACED_FOR_PAYER: a code the payer wants billed as another, e.g. 97014 to Medicare, which pays G0283.</summary>
internal sealed class CodeReplacedForPayer : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.CodeReplacedForPayer, Severity.Error, "Code the payer pays as another code",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Coverage,
        MessageTemplate: "{payer} does not pay {code}; it pays the same service as {replacement}, so the {code} line{rowNote} is denied.",
        FixTemplate: "bill {replacement} instead of {code}");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        foreach (var line in visit.Lines)
        {
            if (!visit.Profile.CodeReplacements.TryGetValue(line.Code, out var replacement)) continue;
            foreach (var row in line.BilledRows())
            {
                // The payer lists no rate for a code it never pays; then what is at stake is what the replacement would pay.
                var amount = row.Value > 0 ? row.Value : row.Units * visit.Profile.RateOf(replacement);
                output.Add(Descriptor.FindingOn(line, Dollars(amount), row.Row,
                    args: [new("payer", visit.Profile.DisplayName), new("replacement", replacement), new("rowNote", RowNote(line, row))]));
            }
        }
    }
}
