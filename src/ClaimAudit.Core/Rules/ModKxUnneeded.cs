using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>MOD_KX_UNNEEDED: KX billed on a line while the patient's year-to-date total (with the line) is still under the threshold.</summary>
internal sealed class ModKxUnneeded : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ModKxUnneeded, Severity.Warning, "KX before the therapy threshold",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.None,
        MessageTemplate: "KX is billed on {code}{rowNote}, but the patient's {year} {kxGroup} therapy total with this line is {total:money}, still under the {threshold:money} KX threshold{thresholdNote}.",
        FixTemplate: "remove KX from {code}; add it once the year-to-date total passes {threshold:money}");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        if (visit.Profile.KxThresholdInForce(visit.Visit.DateOfService.Year) is not (decimal threshold, int fromYear)) return;
        foreach (var (line, group, cumulative) in KxWalk(visit))
        {
            if (cumulative > threshold) continue;
            // Nothing is denied for an early KX, but it attests medical necessity beyond the threshold that does not apply yet.
            foreach (var row in line.BilledRows())
            {
                if (!row.HasModifier("KX")) continue;
                output.Add(Descriptor.FindingOn(line, 0m, row.Row, args:
                [
                    new("rowNote", RowNote(line, row)), new("year", visit.Visit.DateOfService.Year), new("kxGroup", KxGroupLabel(group)),
                    new("total", cumulative), new("threshold", threshold), new("thresholdNote", ThresholdYearNote(visit, fromYear)),
                ]));
            }
        }
    }
}
