using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>MOD_DISCIPLINE_WRONG: a discipline modifier that does not match who furnished the line, e.g. GO on a PT's line.</summary>
internal sealed class ModDisciplineWrong : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ModDisciplineWrong, Severity.Error, "Discipline modifier of another discipline",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Modifier);

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        foreach (var line in visit.Lines)
        {
            foreach (var row in line.BilledRows())
            {
                var role = row.Source.Role;
                var needed = role.DisciplineModifier();
                var wrong = DisciplineModifiers.Where(m => m != needed && row.HasModifier(m)).ToList();
                if (wrong.Count == 0) continue;
                var list = string.Join(" and ", wrong);
                output.Add(Descriptor.Finding(line.Code,
                    $"{line.Code}{RowNote(line, row)} carries {list}, but it was furnished by a {role} ({Discipline(role)}, which takes {needed}); the payer denies a line billed under the wrong discipline.",
                    row.HasModifier(needed) ? $"remove {list} from {line.Code}" : $"replace {list} with {needed} on {line.Code}",
                    Dollars(row.Value), row.Row));
            }
        }
    }
}
