using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>MOD_DISCIPLINE_WRONG: a discipline modifier that does not match who furnished the line, e.g. GO on a PT's line.</summary>
internal sealed class ModDisciplineWrong : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ModDisciplineWrong, Severity.Error, "Discipline modifier of another discipline",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Modifier,
        MessageTemplate: "{code}{rowNote} carries {wrong}, but it was furnished by {article} {role} ({discipline}, which takes {modifier}); the payer denies a line billed under the wrong discipline.",
        FixTemplate: "{edit} {code}");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        foreach (var line in visit.Lines)
        {
            foreach (var row in line.BilledRows())
            {
                var role = row.Source.Role;
                var needed = role.DisciplineModifier();
                // No list unless a row carries another discipline's modifier: almost every row carries only its own.
                string? list = null;
                foreach (var m in DisciplineModifiers)
                    if (m != needed && row.HasModifier(m)) list = list is null ? m : $"{list} and {m}";
                if (list is null) continue;
                output.Add(Descriptor.FindingOn(line, Dollars(row.Value), row.Row, args:
                [
                    new("rowNote", RowNote(line, row)), new("wrong", list), new("article", Article(role)), new("role", role.ToString()), new("discipline", Discipline(role)),
                    new("modifier", needed), new("edit", row.HasModifier(needed) ? $"remove {list} from" : $"replace {list} with {needed} on"),
                ]));
            }
        }
    }
}
