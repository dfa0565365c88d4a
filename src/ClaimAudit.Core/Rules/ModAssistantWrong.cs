using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Rules;

/// <summary>MOD_ASSISTANT_WRONG: CO (the occupational-therapy assistant modifier) on a PT line, or CQ on an OT line.</summary>
public sealed class ModAssistantWrong : IVisitRule
{
    public string RuleId => RuleIds.ModAssistantWrong;

    /// <summary>The assistant modifier of the other discipline carried by the line, if any.</summary>
    internal static string? WrongModifierOn(CodeLine line) => line.Role.DisciplineModifier() switch
    {
        "GP" when line.HasModifier("CO") => "CO",
        "GO" when line.HasModifier("CQ") => "CQ",
        _ => null,
    };

    public void Evaluate(VisitEvaluation visit, ICollection<Finding> findings)
    {
        foreach (var line in visit.Lines)
        {
            if (WrongModifierOn(line) is not { } wrong) continue;
            var right = wrong == "CO" ? "CQ" : "CO";
            var message = wrong == "CO"
                ? $"{line.Code} is a physical-therapy line (furnished by a {line.Role}) but carries CO; CO is the occupational-therapy assistant modifier and is never right on a PT claim."
                : $"{line.Code} is an occupational-therapy line (furnished by a {line.Role}) but carries CQ; CQ is the physical-therapist assistant modifier and is never right on an OT claim.";
            var fix = line.AssistantFurnished && visit.Profile.AssistantModifiers
                ? $"replace {wrong} with {right} on {line.Code}"
                : $"remove {wrong} from {line.Code}";
            findings.Add(new Finding(RuleId, Severity.Error, line.Code, message, fix, RuleSupport.Dollars(line.BilledValue)));
        }
    }
}
