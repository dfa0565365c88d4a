using System.Globalization;
using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// UNITS_OVER_DAILY_LIMIT: the computed or billed units of a code for the patient on one date,
/// across the batch's visits to the payer, pass the profile's daily limit (Medicare's MUE).
/// Reported once, on the last visit of the date that holds the code.
/// </summary>
internal sealed class UnitsOverDailyLimit : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.UnitsOverDailyLimit, Severity.Warning, "Units over the payer's daily limit",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Frequency,
        MessageTemplate: "{payer} pays at most {limit:units} of {code} per patient per day; {dayUnits} on {date}{acrossVisits}, and units over the limit are denied.",
        FixTemplate: "bill no more than {limit:units} of {code} for the date; appeal with documentation if more were medically necessary");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var limits = visit.Profile.DailyUnitLimits;
        if (limits.Count == 0) return;
        var sameDay = SameDay(visit);
        if (sameDay is null) return;
        foreach (var line in visit.Lines)
        {
            if (!limits.TryGetValue(line.Code, out var limit)) continue;
            visit.Batch.Work?.SameDay(1);
            if (sameDay.Of(line.Code) is not { } ofCode || !ReferenceEquals(ofCode.LastVisit, visit.Visit)) continue;
            var computed = (int)Math.Min(ofCode.ComputedUnits, int.MaxValue);
            var billed = (int)Math.Min(ofCode.ClaimUnits, int.MaxValue);
            var units = Math.Max(computed, billed);
            if (units <= limit) continue;

            var across = ofCode.Visits > 1 ? $" across {ofCode.Visits} visits" : "";
            var what = billed > limit ? $"{UnitCount(billed)} are billed" : $"the documented time supports {UnitCount(computed)}";
            output.Add(Descriptor.FindingOn(line, Dollars((units - limit) * line.UnitRate), args:
            [
                new("payer", visit.Profile.DisplayName), new("limit", limit), new("dayUnits", what),
                new("date", visit.Visit.DateOfService.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new("acrossVisits", across),
            ]));
        }
    }
}
