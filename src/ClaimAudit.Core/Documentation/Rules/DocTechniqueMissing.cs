using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>DOC_TECHNIQUE_MISSING: the note names no technique of the code's profile; a negated mention ("no PNF today") does not count.</summary>
internal sealed class DocTechniqueMissing(Vocabulary vocabulary) : IDescribedRule, ICodeWording
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DocTechniqueMissing, Severity.Error, "No named technique in the note",
        ContractSection: 5, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.MedicalNecessity,
        MessageTemplate: DocumentedLines.ElementMessageTemplate, FixTemplate: DocumentedLines.ElementFixTemplate, ProfileMaySetSeverity: true);

    public void Evaluate(VisitEvaluation visit, RuleOutput output) =>
        DocumentedLines.CheckElement(visit, output, vocabulary, Descriptor, p => p.Technique);

    public IEnumerable<(string Code, IReadOnlyList<FindingArg> Args)> CodeWording() => DocumentedLines.ElementWording(vocabulary, p => p.Technique);
}
