using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>UNITS_UNDERBILLED: fewer units billed for a timed code than its minutes support: revenue left behind.</summary>
internal sealed class UnitsUnderbilled : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.UnitsUnderbilled, Severity.Warning, "Units under the time documented",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.None,
        MessageTemplate: "{code} is billed for {billed:units} but its documented time supports {computed:units}{visitTotal}; {missed:money} is left unbilled.",
        FixTemplate: UnitsOverbilled.UnitsFixTemplate);

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        foreach (var line in visit.Lines)
        {
            if (!line.Timed || !(line.BilledUnits < line.ComputedUnits)) continue;
            var billed = line.BilledUnits!.Value;
            var missed = (line.ComputedUnits - billed) * line.UnitRate;
            output.Add(Descriptor.FindingOn(line, Dollars(missed), args:
            [
                new("billed", billed), new("computed", line.ComputedUnits), new("visitTotal", UnitsOverbilled.VisitTotal(visit, line)),
                new("missed", missed), new("time", MinutesOf(line)), new("method", MethodPhrase(visit.Profile.UnitMethod)),
            ]));
        }
    }
}
