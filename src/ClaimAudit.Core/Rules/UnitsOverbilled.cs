using ClaimAudit.Core.Model;
using ClaimAudit.Core.Units;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>UNITS_OVERBILLED: more units billed for a timed code than its minutes support under the payer's unit method.</summary>
internal sealed class UnitsOverbilled : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.UnitsOverbilled, Severity.Error, "Units over the time documented",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Units,
        MessageTemplate: "{code} is billed for {billed:units} but its documented time supports {computed:units}{visitTotal}; units billed beyond the time are an overpayment the payer recovers.",
        FixTemplate: UnitsFixTemplate);

    /// <summary>The fix of both unit rules: what to bill, and why the time supports it.</summary>
    internal const string UnitsFixTemplate = "bill {computed:units}, not {billed}: {time} is {computed:units} under {method}";

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        foreach (var line in visit.Lines)
        {
            if (!line.Timed || !(line.BilledUnits > line.ComputedUnits)) continue;
            var billed = line.BilledUnits!.Value;
            output.Add(Descriptor.FindingOn(line, Dollars((billed - line.ComputedUnits) * line.UnitRate), args:
            [
                new("billed", billed), new("computed", line.ComputedUnits), new("visitTotal", VisitTotal(visit, line)),
                new("time", MinutesOf(line)), new("method", MethodPhrase(visit.Profile.UnitMethod)),
            ]));
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
