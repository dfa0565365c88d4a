using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// CODE_UNKNOWN: a code the payer's profile neither times nor lists in <c>untimedCodes</c> (nor bills
/// by quantity) — a typo such as 97111, or a code ClaimAudit does not know. Its units are not checked,
/// so nothing is computed for it and the finding carries no dollars.
/// </summary>
internal sealed class CodeUnknown : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.CodeUnknown, Severity.Warning, "Code the payer profile does not know",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Coverage,
        MessageTemplate: "{code} is neither a timed nor an untimed code in {payer}'s profile (a typo, or a code ClaimAudit does not know), so its units were not checked.",
        FixTemplate: "check {code} for a typo; if it is right, add it to the profile's timedCodes or untimedCodes so its units are checked");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        foreach (var line in visit.Lines)
        {
            if (visit.Profile.Knows(line.Code)) continue;
            output.Add(Descriptor.FindingOn(line, 0m, args: [new("payer", visit.Profile.DisplayName)]));
        }
    }
}
