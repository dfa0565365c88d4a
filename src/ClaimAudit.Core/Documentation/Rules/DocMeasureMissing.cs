using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>DOC_MEASURE_MISSING: no objective measure (or exercise parameter) with a number.</summary>
internal sealed class DocMeasureMissing(Vocabulary vocabulary) : IDescribedRule, ICodeWording
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DocMeasureMissing, Severity.Warning, "No objective measure in the note",
        ContractSection: 5, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.MedicalNecessity,
        MessageTemplate: DocumentedLines.ElementMessageTemplate, FixTemplate: DocumentedLines.ElementFixTemplate, ProfileMaySetSeverity: true);

    public void Evaluate(VisitEvaluation visit, RuleOutput output) =>
        DocumentedLines.CheckElement(visit, output, vocabulary, Descriptor, p => p.Measure);

    public IEnumerable<(string Code, IReadOnlyList<FindingArg> Args)> CodeWording() => DocumentedLines.ElementWording(vocabulary, p => p.Measure);
}
