using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// PTP_NOT_ALLOWED: a pair whose modifier indicator is 0 is billed for the patient on one date;
/// no modifier lets the column-2 code through. Reported once, on the visit holding the column-2 line.
/// </summary>
internal sealed class PtpNotAllowed : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.PtpNotAllowed, Severity.Error, "Pair no modifier can unbundle",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Bundling,
        MessageTemplate: "{code}{rowNote} cannot be billed with {column1} for the same patient on the same date; {payer} denies {code} and no modifier (59, X-modifiers) overrides this edit.",
        FixTemplate: "remove {code} from the claim and bill only {column1} for the date");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var profile = visit.Profile;
        foreach (var (line, column1) in PtpColumn2Lines(visit, modifierAllowed: false))
        {
            var others = string.Join(" and ", column1);
            foreach (var row in line.BilledRows())
                output.Add(Descriptor.FindingOn(line, Dollars(row.Value), row.Row,
                    args: [new("rowNote", RowNote(line, row)), new("column1", others), new("payer", profile.DisplayName)]));
        }
    }
}
