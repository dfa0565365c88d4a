using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// One rule of PRODUCT.md section 4 or 5, named after its rule id. A rule reads the evaluated visit
/// and adds findings; it may also add to a line's <see cref="CodeLine.RequiredModifiers"/>.
/// </summary>
internal interface IVisitRule
{
    string RuleId { get; }
    void Evaluate(VisitEvaluation visit, ICollection<Finding> findings);
}
