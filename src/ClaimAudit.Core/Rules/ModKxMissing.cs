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
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.BenefitLimit,
        MessageTemplate: "The patient's {year} {kxGroup} therapy total reaches {total:money} with this {code} line{rowNote}, past {payer}'s {threshold:money} KX threshold{thresholdNote}; lines past the threshold are denied without KX.",
        FixTemplate: "append KX to {code} and make sure the note supports the medical necessity of continued therapy");

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
                output.Add(Descriptor.FindingOn(line, Dollars(row.Value), row.Row, args:
                [
                    new("year", visit.Visit.DateOfService.Year), new("kxGroup", KxGroupLabel(group)), new("total", cumulative),
                    new("rowNote", RowNote(line, row)), new("payer", visit.Profile.DisplayName), new("threshold", threshold),
                    new("thresholdNote", ThresholdYearNote(visit, fromYear)),
                ]));
            }
        }
    }
}
