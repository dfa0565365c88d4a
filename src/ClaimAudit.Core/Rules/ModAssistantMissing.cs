using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// MOD_ASSISTANT_MISSING: the payer applies assistant modifiers and an assistant furnished a row
/// in whole or in part (over 10 % of its minutes): a PTA's row needs CQ, an OTA's CO. A PTA row
/// billed with CO still lacks CQ, so it gets this finding as well as MOD_ASSISTANT_WRONG.
/// </summary>
internal sealed class ModAssistantMissing : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ModAssistantMissing, Severity.Error, "CQ/CO missing on an assistant's line",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Modifier,
        MessageTemplate: "A {assistant} furnished {share} minutes of {code}{rowNote} (over 10 %), so {payer} requires {modifier} on the line{rateNote}; without it the claim misstates who furnished the service.",
        FixTemplate: "append {modifier} to {code} (with {disciplineModifier})");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var profile = visit.Profile;
        if (!profile.AssistantModifiers) return;
        foreach (var line in visit.Lines)
        {
            foreach (var row in line.BilledRows())
            {
                if (!row.AssistantFurnished) continue;
                var needed = row.AssistantRole == ProviderRole.OTA ? "CO" : "CQ";
                output.Require(line, needed);
                if (row.HasModifier(needed)) continue;
                var source = row.Source;
                var share = source.Role.IsAssistant() || source.AssistantMinutes >= source.Minutes ? "all" : $"{source.AssistantMinutes} of the {source.Minutes}";
                var rate = profile.AssistantRate < 1m ? $" and pays it at {Percent(profile.AssistantRate)} %" : "";
                output.Add(Descriptor.FindingOn(line, Dollars(row.Value), row.Row, args:
                [
                    new("assistant", row.AssistantRole?.ToString() ?? ""), new("share", share), new("rowNote", RowNote(line, row)),
                    new("payer", profile.DisplayName), new("modifier", needed), new("rateNote", rate),
                    new("disciplineModifier", source.Role.DisciplineModifier()),
                ]));
            }
        }
    }
}
