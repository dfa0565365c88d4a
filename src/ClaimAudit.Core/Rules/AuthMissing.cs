using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.EpisodeSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// AUTH_MISSING: the profile requires prior authorisation, the visit names none, and no
/// authorisation of the patient for its payer (or for no payer in particular) covers its date.
/// A visit that names one outside its window is AUTH_EXPIRED instead.
/// </summary>
internal sealed class AuthMissing : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.AuthMissing, Severity.Error, "No authorization for the visit",
        ContractSection: 10, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Authorization,
        MessageTemplate: "{payer} requires prior authorization, and no authorization on file for the patient covers {date}; the visit will be denied.",
        FixTemplate: "request an authorization from {payer} covering {date} and record its auth_number, auth_start, auth_end and auth_visits before the claim goes out");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        if (!visit.Profile.Episodes.RequiresAuthorization) return;
        var facts = visit.Batch.Episode(visit.Visit);
        if (facts.AuthorizationNamed || facts.Authorization is not null) return;
        output.Add(Descriptor.Finding(null, VisitValue(visit), args:
            [new("payer", visit.Profile.DisplayName), new("date", Day(visit.Visit.DateOfService))]));
    }
}
