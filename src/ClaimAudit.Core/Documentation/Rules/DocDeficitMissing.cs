using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>DOC_DEFICIT_MISSING: no deficit, system, body region or goal of the code's profile.</summary>
internal sealed class DocDeficitMissing(Vocabulary vocabulary) : IDescribedRule, ICodeWording
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DocDeficitMissing, Severity.Warning, "No deficit targeted in the note",
        ContractSection: 5, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.MedicalNecessity,
        MessageTemplate: DocumentedLines.ElementMessageTemplate, FixTemplate: DocumentedLines.ElementFixTemplate, ProfileMaySetSeverity: true);

    public void Evaluate(VisitEvaluation visit, RuleOutput output) =>
        DocumentedLines.CheckElement(visit, output, vocabulary, Descriptor, p => p.Deficit);

    public IEnumerable<(string Code, IReadOnlyList<FindingArg> Args)> CodeWording() => DocumentedLines.ElementWording(vocabulary, p => p.Deficit);
}
