using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// MOD_ASSISTANT_MISSING: the payer applies assistant modifiers and an assistant furnished the line
/// in whole or in part (over 10 % of its minutes): a PTA's line needs CQ, an OTA's CO.
/// </summary>
public sealed class ModAssistantMissing : IVisitRule
{
    public string RuleId => RuleIds.ModAssistantMissing;

    public void Evaluate(VisitEvaluation visit, ICollection<Finding> findings)
    {
        var profile = visit.Profile;
        if (!profile.AssistantModifiers) return;
        foreach (var line in visit.Lines.Where(l => l.AssistantFurnished))
        {
            var needed = line.AssistantRole == ProviderRole.OTA ? "CO" : "CQ";
            line.RequiredModifiers.Add(needed);
            if (line.HasModifier(needed)) continue;
            // The other assistant modifier in its place is reported by MOD_ASSISTANT_WRONG, with the swap as its fix.
            if (ModAssistantWrong.WrongModifierOn(line) is not null) continue;
            var share = line.AssistantMinutes >= line.Minutes ? "all" : $"{line.AssistantMinutes} of the {line.Minutes}";
            var rate = profile.AssistantRate < 1m ? $" and pays it at {profile.AssistantRate * 100m:0.##} %" : "";
            findings.Add(new Finding(RuleId, Severity.Error, line.Code,
                $"A {line.AssistantRole} furnished {share} minutes of {line.Code} (over 10 %), so {profile.DisplayName} requires {needed} on the line{rate}; without it the claim misstates who furnished the service.",
                $"append {needed} to {line.Code} (with {line.Role.DisciplineModifier()})",
                Dollars(line.BilledValue)));
        }
    }
}
