using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>UNITS_UNDERBILLED: fewer units billed for a timed code than its minutes support: revenue left behind.</summary>
public sealed class UnitsUnderbilled : IVisitRule
{
    public string RuleId => RuleIds.UnitsUnderbilled;

    public void Evaluate(VisitEvaluation visit, ICollection<Finding> findings)
    {
        foreach (var line in visit.Lines.Where(l => l.Timed && l.BilledUnits < l.ComputedUnits))
        {
            var billed = line.BilledUnits!.Value;
            var missed = (line.ComputedUnits - billed) * line.UnitRate;
            findings.Add(new Finding(RuleId, Severity.Warning, line.Code,
                $"{line.Code} is billed for {UnitCount(billed)} but its documented time supports {UnitCount(line.ComputedUnits)}{UnitsOverbilled.VisitTotal(visit, line)}; {Money(missed)} is left unbilled.",
                $"bill {UnitCount(line.ComputedUnits)}, not {billed}: {MinutesOf(line)} is {UnitCount(line.ComputedUnits)} under {MethodPhrase(visit.Profile.UnitMethod)}",
                Dollars(missed)));
        }
    }
}
