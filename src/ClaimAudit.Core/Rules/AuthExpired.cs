using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.EpisodeSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>AUTH_EXPIRED: the visit names an authorisation (auth_number) whose window does not hold its date.</summary>
internal sealed class AuthExpired : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.AuthExpired, Severity.Error, "Visit outside its authorization",
        ContractSection: 10, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Authorization,
        MessageTemplate: "The visit on {date} is billed under authorization {number}, which runs {window}; the date is outside it, so {payer} denies the visit.",
        FixTemplate: "request an extension or a new authorization from {payer} covering {date}, and bill the visit under it");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var facts = visit.Batch.Episode(visit.Visit);
        if (!facts.AuthorizationNamed || facts.Authorization is not { } auth) return;
        var date = visit.Visit.DateOfService;
        if (VisitEpisodeFacts.Covers(auth, date)) return;
        var window = (auth.Start, auth.End) switch
        {
            ({ } s, { } e) => $"from {Day(s)} to {Day(e)}",
            ({ } s, null) => $"from {Day(s)}",
            (null, { } e) => $"until {Day(e)}",
            _ => "without dates",
        };
        output.Add(Descriptor.Finding(null, VisitValue(visit), args:
            [new("date", Day(date)), new("number", auth.Number), new("window", window), new("payer", visit.Profile.DisplayName)]));
    }
}
