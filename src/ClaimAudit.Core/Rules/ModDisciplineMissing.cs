using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>MOD_DISCIPLINE_MISSING: the payer requires GP/GO/GN on therapy lines and a line carries none.</summary>
internal sealed class ModDisciplineMissing : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ModDisciplineMissing, Severity.Error, "No GP/GO/GN discipline modifier",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Modifier);

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        if (!visit.Profile.RequiresDisciplineModifier) return;
        foreach (var line in visit.Lines.Where(l => IsTherapyCode(visit.Profile, l.Code)))
        {
            var needed = line.Role.DisciplineModifier();
            output.Require(line, needed);
            foreach (var row in line.BilledRows())
            {
                if (DisciplineModifiers.Any(row.HasModifier)) continue;
                output.Add(Descriptor.Finding(line.Code,
                    $"{line.Code}{RowNote(line, row)} has no therapy discipline modifier; {visit.Profile.DisplayName} denies therapy lines without GP, GO or GN.",
                    $"append {needed} to {line.Code} ({Discipline(row.Source.Role)} furnished by a {row.Source.Role})",
                    Dollars(row.Value), row.Row));
            }
        }
    }
}
