using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>MOD_KX_UNNEEDED: KX billed on a line while the patient's year-to-date total (with the line) is still under the threshold.</summary>
public sealed class ModKxUnneeded : IVisitRule
{
    public string RuleId => RuleIds.ModKxUnneeded;

    public void Evaluate(VisitEvaluation visit, ICollection<Finding> findings)
    {
        if (visit.Profile.KxThresholdInForce(visit.Visit.DateOfService.Year) is not (decimal threshold, int fromYear)) return;
        foreach (var (line, group, cumulative) in KxWalk(visit))
        {
            if (cumulative > threshold || !line.HasModifier("KX")) continue;
            // Nothing is denied for an early KX, but it attests medical necessity beyond the threshold that does not apply yet.
            findings.Add(new Finding(RuleId, Severity.Warning, line.Code,
                $"KX is billed on {line.Code}, but the patient's {Year(visit)} {KxGroupLabel(group)} therapy total with this line is {Money(cumulative)}, still under the {Money(threshold)} KX threshold{ThresholdYearNote(visit, fromYear)}.",
                $"remove KX from {line.Code}; add it once the year-to-date total passes {Money(threshold)}",
                0m));
        }
    }
}
