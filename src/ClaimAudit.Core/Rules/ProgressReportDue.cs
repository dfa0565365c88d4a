using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.EpisodeSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// PROGRESS_REPORT_DUE: the profile's interval (Medicare: a progress report at least once every 10
/// treatment days, CMS Pub 100-02 ch. 15 §220.3) has passed since the start of care or the last
/// progress report, and no visit of the patient that day is one. Treatment days are the distinct
/// dates of the patient's visits, stored and in the batch, with any payer.
/// </summary>
internal sealed class ProgressReportDue : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ProgressReportDue, Severity.Error, "Progress report overdue",
        ContractSection: 10, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.Documentation,
        MessageTemplate: "The visit on {date} is treatment day {day} since {since}; {payer} requires a progress report at least every {every} treatment days, and this visit is not one.",
        FixTemplate: "write the progress report at this visit (by the therapist, not an assistant) and mark the visit's progress_report Y");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        if (visit.Profile.Episodes.ProgressReportEveryTreatmentDays is not { } every) return;
        var facts = visit.Batch.Episode(visit.Visit);
        if (facts.TreatmentDay is not { } day || day <= every || facts.ReportThatDay) return;
        var since = facts.LastReport is { } report ? $"the last progress report ({Day(report)})" : $"the start of care ({Day(facts.StartOfCare!.Value)})";
        output.Add(Descriptor.Finding(null, VisitValue(visit), args:
        [
            new("date", Day(visit.Visit.DateOfService)), new("day", day), new("since", since), new("payer", visit.Profile.DisplayName), new("every", every),
        ]));
    }
}
