using ClaimAudit.Core.Model;
using ClaimAudit.Core.Units;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>UNITS_OVERBILLED: more units billed for a timed code than its minutes support under the payer's unit method.</summary>
internal sealed class UnitsOverbilled : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.UnitsOverbilled, Severity.Error, "Units over the time documented",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Units);

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        foreach (var line in visit.Lines.Where(l => l.Timed && l.BilledUnits > l.ComputedUnits))
        {
            var billed = line.BilledUnits!.Value;
            output.Add(Descriptor.Finding(line.Code,
                $"{line.Code} is billed for {UnitCount(billed)} but its documented time supports {UnitCount(line.ComputedUnits)}{VisitTotal(visit, line)}; units billed beyond the time are an overpayment the payer recovers.",
                $"bill {UnitCount(line.ComputedUnits)}, not {billed}: {MinutesOf(line)} is {UnitCount(line.ComputedUnits)} under {MethodPhrase(visit.Profile.UnitMethod)}",
                Dollars((billed - line.ComputedUnits) * line.UnitRate)));
        }
    }

    /// <summary>
    /// Under the 8-minute rule a code's units depend on the whole visit (or the whole day, when the
    /// patient had several visits), so the message gives that total.
    /// </summary>
    internal static string VisitTotal(VisitEvaluation visit, CodeLine line)
    {
        if (visit.Profile.UnitMethod != UnitMethod.Cms) return "";
        var b = line.Basis;
        return b.Visits > 1
            ? $" (the day's {b.TimedMinutes} timed minutes across {b.Visits} visits allow {UnitCount(b.Units)} in all; the 8-minute rule counts the day)"
            : $" (the visit's {b.TimedMinutes} timed minutes allow {UnitCount(b.Units)} in all)";
    }
}
