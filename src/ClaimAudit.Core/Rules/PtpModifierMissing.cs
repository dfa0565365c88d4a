using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// PTP_MODIFIER_MISSING: both codes of a procedure-to-procedure pair that allows a modifier are
/// billed for the patient on the same date (across visits, units &gt; 0) and the column-2 code
/// carries no distinct-service modifier. Reported once, on the visit holding the column-2 line.
/// </summary>
internal sealed class PtpModifierMissing : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.PtpModifierMissing, Severity.Error, "Missing 59 on a bundled pair",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Bundling);

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var profile = visit.Profile;
        foreach (var (line, column1) in PtpColumn2Lines(visit, modifierAllowed: true))
        {
            var carried = profile.DistinctModifiers.FirstOrDefault(line.HasModifier);
            output.Require(line, carried ?? Preferred(profile));

            var others = string.Join(" and ", column1);
            var where = column1.All(c => visit.Line(c) is not null) ? "in the same visit" : "for the patient on the same date";
            foreach (var row in line.BilledRows())
            {
                if (profile.DistinctModifiers.Any(row.HasModifier)) continue;
                output.Add(Descriptor.Finding(line.Code,
                    $"{line.Code}{RowNote(line, row)} is billed with {others} {where}; {profile.DisplayName} bundles {line.Code} into {others} and denies it unless it carries a distinct-service modifier ({string.Join(", ", profile.DistinctModifiers)}).",
                    $"append {Preferred(profile)} to {line.Code} if it was a separate service in its own time (the note must show it); otherwise do not bill {line.Code}",
                    Dollars(row.Value), row.Row));
            }
        }
    }

    private static string Preferred(Payers.PayerProfile profile) =>
        profile.DistinctModifiers.Contains("59") || profile.DistinctModifiers.Count == 0 ? "59" : profile.DistinctModifiers[0];
}
