using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.EpisodeSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// POC_CERT_DELAYED: the plan covering the visit was certified on or before the visit, but more
/// than <c>withinDays</c> after the start of care: a delayed certification is accepted with the
/// reason for the delay on file (CMS Pub 100-02 ch. 15 §220.1.3).
/// </summary>
internal sealed class PocCertDelayed : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.PocCertDelayed, Severity.Warning, "Plan of care certified late",
        ContractSection: 10, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.PlanOfCare,
        MessageTemplate: "The plan of care from {pocStart} was certified on {certifiedDate}, {days} days after the start of care ({startOfCare}) and past the {withinDays} days {payer} allows; a delayed certification is paid only with the reason for the delay on file.",
        FixTemplate: "keep the physician's or NPP's dated signature and a note of why the certification was delayed with the record before the claim goes out");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var policy = visit.Profile.Episodes.Certification;
        if (!policy.Required) return;
        var facts = visit.Batch.Episode(visit.Visit);
        if (facts.StartOfCare is not { } startOfCare || facts.Plan is not { CertifiedDate: { } certified } plan) return;
        if (certified > visit.Visit.DateOfService || certified <= startOfCare.AddDays(policy.WithinDays)) return;
        output.Add(Descriptor.Finding(null, VisitValue(visit), args:
        [
            new("pocStart", Day(plan.Start)), new("certifiedDate", Day(certified)), new("days", certified.DayNumber - startOfCare.DayNumber),
            new("startOfCare", Day(startOfCare)), new("withinDays", policy.WithinDays), new("payer", visit.Profile.DisplayName),
        ]));
    }
}
