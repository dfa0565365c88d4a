using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// MOD_ASSISTANT_UNNEEDED: CQ or CO on a row no assistant took part in. The payer pays
/// an assistant's line at its assistant rate (85 % for Medicare), so the modifier costs the
/// difference for nothing; that difference is the amount. The other discipline's assistant
/// modifier (CO on a PT row) is MOD_ASSISTANT_WRONG's finding and is not reported twice.
/// </summary>
internal sealed class ModAssistantUnneeded : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ModAssistantUnneeded, Severity.Warning, "CQ/CO with no assistant",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.None,
        MessageTemplate: "{code}{rowNote} carries {modifier}, but no assistant took part in it (furnished by {article} {role}, no assistant minutes){rateNote}.",
        FixTemplate: "remove {modifier} from {code}, or record the assistant's minutes if an assistant did furnish part of it");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var profile = visit.Profile;
        foreach (var line in visit.Lines)
        {
            foreach (var row in line.BilledRows())
            {
                if (!row.NoAssistant) continue;
                var wrong = ModAssistantWrong.WrongModifierOn(row);
                foreach (var modifier in (string[])["CQ", "CO"])
                {
                    if (modifier == wrong || !row.HasModifier(modifier)) continue;
                    var lost = row.Units * row.FullRate * (1m - profile.AssistantRate);
                    var cut = profile.AssistantRate < 1m ? $"; {profile.DisplayName} pays a line with {modifier} at {Percent(profile.AssistantRate)} %, so it loses {Money(Dollars(lost))}" : "";
                    output.Add(Descriptor.FindingOn(line, Dollars(lost), row.Row, args:
                        [new("rowNote", RowNote(line, row)), new("modifier", modifier), new("article", Article(row.Source.Role)), new("role", row.Source.Role.ToString()), new("rateNote", cut)]));
                }
            }
        }
    }
}
