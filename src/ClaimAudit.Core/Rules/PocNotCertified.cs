using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.EpisodeSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// POC_NOT_CERTIFIED: the profile requires certification (CMS Pub 100-02 ch. 15 §220.1.3), the
/// visit is more than <c>withinDays</c> after the start of care, and the plan covering it is
/// missing or has no certification date on or before the visit. Says nothing when neither a start
/// of care nor a plan is known.
/// </summary>
internal sealed class PocNotCertified : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.PocNotCertified, Severity.Error, "Plan of care not certified",
        ContractSection: 10, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.PlanOfCare,
        MessageTemplate: "The visit on {date} is {days} days after the start of care ({startOfCare}), past the {withinDays} days {payer} allows to certify the plan, and {planState}; therapy outside a certified plan of care is denied.",
        FixTemplate: "get the plan certified: {certifyStep}, record poc_certified_date, and send the claim once it is signed");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var policy = visit.Profile.Episodes.Certification;
        if (!policy.Required) return;
        var facts = visit.Batch.Episode(visit.Visit);
        if (facts.StartOfCare is not { } startOfCare) return;
        var date = visit.Visit.DateOfService;
        if (date <= startOfCare.AddDays(policy.WithinDays)) return;
        var plan = facts.Plan;
        if (plan?.CertifiedDate is { } certified && certified <= date) return;

        var planState = plan is null ? "no plan of care covers it"
            : plan.CertifiedDate is { } late ? $"its plan of care (from {Day(plan.Start)}) was certified only on {Day(late)}, after the visit"
            : $"its plan of care (from {Day(plan.Start)}) has no certification date";
        var step = plan is null ? "write the plan of care for this episode and have the physician or NPP sign and date it"
            : $"have the physician or NPP sign and date the plan of care from {Day(plan.Start)}";
        output.Add(Descriptor.Finding(null, VisitValue(visit), args:
        [
            new("date", Day(date)), new("days", date.DayNumber - startOfCare.DayNumber), new("startOfCare", Day(startOfCare)),
            new("withinDays", policy.WithinDays), new("payer", visit.Profile.DisplayName), new("planState", planState), new("certifyStep", step),
        ]));
    }
}
