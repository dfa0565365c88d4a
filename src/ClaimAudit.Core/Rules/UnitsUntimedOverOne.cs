using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>UNITS_UNTIMED_OVER_ONE: more than one unit billed for an untimed code (one unit per visit whatever the minutes).</summary>
internal sealed class UnitsUntimedOverOne : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.UnitsUntimedOverOne, Severity.Error, "More than one unit of an untimed code",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Units,
        MessageTemplate: "{code} is an untimed code, billed once per visit whatever its minutes, but {billed:units} are billed.",
        FixTemplate: "bill 1 unit of {code}, not {billed}");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        foreach (var line in visit.Lines)
        {
            if (line.Timed || !line.UnitsJudged || !(line.BilledUnits > 1)) continue;
            var billed = line.BilledUnits!.Value;
            output.Add(Descriptor.FindingOn(line, Dollars((billed - 1) * line.UnitRate), args: [new("billed", billed)]));
        }
    }
}
