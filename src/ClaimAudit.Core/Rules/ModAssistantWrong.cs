using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>MOD_ASSISTANT_WRONG: CO (the occupational-therapy assistant modifier) on a PT row, or CQ on an OT row.</summary>
internal sealed class ModAssistantWrong : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ModAssistantWrong, Severity.Error, "CQ/CO of the other discipline",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Modifier);

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
                var right = wrong == "CO" ? "CQ" : "CO";
                var role = row.Source.Role;
                var message = wrong == "CO"
                    ? $"{line.Code}{RowNote(line, row)} is a physical-therapy line (furnished by a {role}) but carries CO; CO is the occupational-therapy assistant modifier and is never right on a PT claim."
                    : $"{line.Code}{RowNote(line, row)} is an occupational-therapy line (furnished by a {role}) but carries CQ; CQ is the physical-therapist assistant modifier and is never right on an OT claim.";
                var fix = row.AssistantFurnished && visit.Profile.AssistantModifiers
                    ? $"replace {wrong} with {right} on {line.Code}"
                    : $"remove {wrong} from {line.Code}";
                output.Add(Descriptor.Finding(line.Code, message, fix, Dollars(row.Value), row.Row));
            }
        }
    }
}
