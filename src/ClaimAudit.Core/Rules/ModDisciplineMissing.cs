using ClaimAudit.Core.Model;
using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>MOD_DISCIPLINE_MISSING: the payer requires GP/GO/GN on therapy lines and a line carries none.</summary>
internal sealed class ModDisciplineMissing : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ModDisciplineMissing, Severity.Error, "No GP/GO/GN discipline modifier",
        ContractSection: 4, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Modifier,
        MessageTemplate: "{code}{rowNote} has no therapy discipline modifier; {payer} denies therapy lines without GP, GO or GN.",
        FixTemplate: "append {modifier} to {code} ({discipline} furnished by {article} {role})");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        if (!visit.Profile.RequiresDisciplineModifier) return;
        foreach (var line in visit.Lines)
        {
            if (!IsTherapyCode(visit.Profile, line.Code)) continue;
            var needed = line.Role.DisciplineModifier();
            output.Require(line, needed);
            foreach (var row in line.BilledRows())
            {
                if (FirstHeld(DisciplineModifiers, row.Source.BilledModifiers) is not null) continue;
                output.Add(Descriptor.FindingOn(line, Dollars(row.Value), row.Row, args:
                [
                    new("rowNote", RowNote(line, row)), new("payer", visit.Profile.DisplayName), new("modifier", needed),
                    new("discipline", Discipline(row.Source.Role)), new("article", Article(row.Source.Role)), new("role", row.Source.Role.ToString()),
                ]));
            }
        }
    }
}
