using ClaimAudit.Core.Model;
using ClaimAudit.Core.Units;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>UNITS_OVERBILLED: more units billed for a timed code than its minutes support under the payer's unit method.</summary>
public sealed class UnitsOverbilled : IVisitRule
{
    public string RuleId => RuleIds.UnitsOverbilled;

    public void Evaluate(VisitEvaluation visit, ICollection<Finding> findings)
    {
        foreach (var line in visit.Lines.Where(l => l.Timed && l.BilledUnits > l.ComputedUnits))
        {
            var billed = line.BilledUnits!.Value;
            findings.Add(new Finding(RuleId, Severity.Error, line.Code,
                $"{line.Code} is billed for {UnitCount(billed)} but its documented time supports {UnitCount(line.ComputedUnits)}{VisitTotal(visit)}; units billed beyond the time are an overpayment the payer recovers.",
                $"bill {UnitCount(line.ComputedUnits)}, not {billed}: {MinutesOf(line)} is {UnitCount(line.ComputedUnits)} under {MethodPhrase(visit.Profile.UnitMethod)}",
                Dollars((billed - line.ComputedUnits) * line.UnitRate)));
        }
    }

    /// <summary>Under the 8-minute rule a code's units depend on the whole visit, so the message gives the visit's total.</summary>
    internal static string VisitTotal(VisitEvaluation visit)
    {
        if (visit.Profile.UnitMethod != UnitMethod.Cms) return "";
        var (minutes, units) = CmsVisitTotal(visit);
        return $" (the visit's {minutes} timed minutes allow {UnitCount(units)} in all)";
    }
}
