using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>DOC_MEASURE_MISSING (warning): no objective measure (or exercise parameter) with a number.</summary>
public sealed class DocMeasureMissing(Vocabulary vocabulary) : IVisitRule
{
    public string RuleId => RuleIds.DocMeasureMissing;

    public void Evaluate(VisitEvaluation visit, ICollection<Finding> findings) =>
        DocumentedLines.CheckElement(visit, findings, vocabulary, RuleId, Severity.Warning, p => p.Measure);
}
