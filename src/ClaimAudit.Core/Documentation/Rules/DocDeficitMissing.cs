using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>DOC_DEFICIT_MISSING (warning): no deficit, system, body region or goal of the code's profile.</summary>
public sealed class DocDeficitMissing(Vocabulary vocabulary) : IVisitRule
{
    public string RuleId => RuleIds.DocDeficitMissing;

    public void Evaluate(VisitEvaluation visit, ICollection<Finding> findings) =>
        DocumentedLines.CheckElement(visit, findings, vocabulary, RuleId, Severity.Warning, p => p.Deficit);
}
