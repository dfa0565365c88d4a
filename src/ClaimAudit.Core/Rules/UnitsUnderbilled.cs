using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>UNITS_UNDERBILLED: fewer units billed for a timed code than its minutes support: revenue left behind.</summary>
internal sealed class UnitsUnderbilled : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.UnitsUnderbilled, Severity.Warning, "Units under the time documented",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.None);

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        foreach (var line in visit.Lines.Where(l => l.Timed && l.BilledUnits < l.ComputedUnits))
        {
            var billed = line.BilledUnits!.Value;
            var missed = (line.ComputedUnits - billed) * line.UnitRate;
            output.Add(Descriptor.Finding(line.Code,
                $"{line.Code} is billed for {UnitCount(billed)} but its documented time supports {UnitCount(line.ComputedUnits)}{UnitsOverbilled.VisitTotal(visit, line)}; {Money(missed)} is left unbilled.",
                $"bill {UnitCount(line.ComputedUnits)}, not {billed}: {MinutesOf(line)} is {UnitCount(line.ComputedUnits)} under {MethodPhrase(visit.Profile.UnitMethod)}",
                Dollars(missed)));
        }
    }
}
