using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>MOD_ASSISTANT_WRONG: CO (the occupational-therapy assistant modifier) on a PT row, or CQ on an OT row.</summary>
internal sealed class ModAssistantWrong : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ModAssistantWrong, Severity.Error, "CQ/CO of the other discipline",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Modifier,
        MessageTemplate: "{code}{rowNote} is {lineKind} (furnished by {article} {role}) but carries {modifier}; {modifier} is the {modifierOf} assistant modifier and is never right on {claimKind}.",
        FixTemplate: "{edit} {code}");

    /// <summary>The assistant modifier of the other discipline carried by the row, if any.</summary>
    internal static string? WrongModifierOn(ClaimRow row) => row.Source.Role.DisciplineModifier() switch
    {
        "GP" when row.HasModifier("CO") => "CO",
        "GO" when row.HasModifier("CQ") => "CQ",
        _ => null,
    };

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        foreach (var line in visit.Lines)
        {
            foreach (var row in line.BilledRows())
            {
                if (WrongModifierOn(row) is not { } wrong) continue;
                var role = row.Source.Role;
                var pt = wrong == "CO";
                var edit = row.AssistantFurnished && visit.Profile.AssistantModifiers
                    ? (pt ? "replace CO with CQ on" : "replace CQ with CO on")
                    : (pt ? "remove CO from" : "remove CQ from");
                output.Add(Descriptor.FindingOn(line, Dollars(row.Value), row.Row, args:
                [
                    new("rowNote", RowNote(line, row)),
                    new("lineKind", pt ? "a physical-therapy line" : "an occupational-therapy line"),
                    new("article", Article(role)),
                    new("role", role.ToString()),
                    new("modifier", wrong),
                    new("modifierOf", pt ? "occupational-therapy" : "physical-therapist"),
                    new("claimKind", pt ? "a PT claim" : "an OT claim"),
                    new("edit", edit),
                ]));
            }
        }
    }
}
