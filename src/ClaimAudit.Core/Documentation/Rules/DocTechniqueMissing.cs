using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>DOC_TECHNIQUE_MISSING (error for 97112): the note names no technique of the code's profile; a negated mention ("no PNF today") does not count.</summary>
public sealed class DocTechniqueMissing(Vocabulary vocabulary) : IVisitRule
{
    public string RuleId => RuleIds.DocTechniqueMissing;

    public void Evaluate(VisitEvaluation visit, ICollection<Finding> findings) =>
        DocumentedLines.CheckElement(visit, findings, vocabulary, RuleId, Severity.Error, p => p.Technique);
}
