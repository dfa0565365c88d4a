using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// MOD_KX_MISSING: the patient's year-to-date therapy dollars (KX group: PT+SLP, or OT), adding
/// this visit's lines in line order, pass the KX threshold of the year of service; each line past
/// it needs KX.
/// </summary>
internal sealed class ModKxMissing : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ModKxMissing, Severity.Error, "KX missing past the therapy threshold",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.BenefitLimit);

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        if (visit.Profile.KxThresholdInForce(visit.Visit.DateOfService.Year) is not (decimal threshold, int fromYear)) return;
        foreach (var (line, group, cumulative) in KxWalk(visit))
        {
            // A line billed with 0 units is not on the claim.
            if (cumulative <= threshold || line.ClaimUnits() == 0) continue;
            output.Require(line, "KX");
            foreach (var row in line.BilledRows())
            {
                if (row.HasModifier("KX")) continue;
                output.Add(Descriptor.Finding(line.Code,
                    $"The patient's {Year(visit)} {KxGroupLabel(group)} therapy total reaches {Money(cumulative)} with this {line.Code} line{RowNote(line, row)}, past {visit.Profile.DisplayName}'s {Money(threshold)} KX threshold{ThresholdYearNote(visit, fromYear)}; lines past the threshold are denied without KX.",
                    $"append KX to {line.Code} and make sure the note supports the medical necessity of continued therapy",
                    Dollars(row.Value), row.Row));
            }
        }
    }
}
