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
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Bundling,
        MessageTemplate: "{code}{rowNote} is billed with {column1} {where}; {payer} bundles {code} into {column1} and denies it unless it carries a distinct-service modifier ({distinctModifiers}).",
        FixTemplate: "append {modifier} to {code} if it was a separate service in its own time (the note must show it); otherwise do not bill {code}");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var profile = visit.Profile;
        foreach (var (line, column1) in PtpColumn2Lines(visit, modifierAllowed: true))
        {
            var carried = FirstHeld(profile.DistinctModifiers, line.BilledModifiers);
            output.Require(line, carried ?? Preferred(profile));

            var others = string.Join(" and ", column1);
            var where = column1.All(c => visit.Line(c) is not null) ? "in the same visit" : "for the patient on the same date";
            string? distinct = null;
            foreach (var row in line.BilledRows())
            {
                if (FirstHeld(profile.DistinctModifiers, row.Source.BilledModifiers) is not null) continue;
                distinct ??= string.Join(", ", profile.DistinctModifiers);
                output.Add(Descriptor.FindingOn(line, Dollars(row.Value), row.Row, args:
                [
                    new("rowNote", RowNote(line, row)), new("column1", others), new("where", where), new("payer", profile.DisplayName),
                    new("distinctModifiers", distinct), new("modifier", Preferred(profile)),
                ]));
            }
        }
    }

    private static string Preferred(Payers.PayerProfile profile) =>
        profile.DistinctModifiers.Contains("59") || profile.DistinctModifiers.Count == 0 ? "59" : profile.DistinctModifiers[0];
}
