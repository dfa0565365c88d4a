using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.EpisodeSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// POC_EXPIRED: certification is required and the visit is after its plan's end date, or more than
/// <c>maxPlanDays</c> after the plan's start (CMS Pub 100-02 ch. 15 §220.1.3: a plan is certified
/// for at most 90 days). The plan is the latest starting on or before the visit, so no later plan
/// covers it.
/// </summary>
internal sealed class PocExpired : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.PocExpired, Severity.Error, "Visit outside the plan of care",
        ContractSection: 10, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.PlanOfCare,
        MessageTemplate: "The visit on {date} is {reason}, and no later plan covers it; {payer} denies visits outside a current plan of care.",
        FixTemplate: "get the plan certified: re-evaluate the patient, write a new plan of care starting on or before {date}, and have the physician or NPP sign it before sending the claim");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var policy = visit.Profile.Episodes.Certification;
        if (!policy.Required) return;
        if (visit.Batch.Episode(visit.Visit).Plan is not { } plan) return;
        var date = visit.Visit.DateOfService;
        string reason;
        if (plan.End is { } end && date > end)
            reason = $"after its plan of care's end date ({Day(end)})";
        else if (date > plan.Start.AddDays(policy.MaxPlanDays))
            reason = $"{date.DayNumber - plan.Start.DayNumber} days after its plan of care started ({Day(plan.Start)}), past the {policy.MaxPlanDays} days a plan may run";
        else return;
        output.Add(Descriptor.Finding(null, VisitValue(visit), args:
            [new("date", Day(date)), new("reason", reason), new("payer", visit.Profile.DisplayName)]));
    }
}
