using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// One rule of PRODUCT.md section 4 or 5, named after its rule id. A rule is pure: it reads the
/// evaluated visit and says what it found in a <see cref="RuleOutput"/> (findings, and the modifiers
/// a line must carry); it never changes the visit, so a visit is evaluated once and its result can
/// feed the summary and every report writer.
/// </summary>
internal interface IVisitRule
{
    string RuleId { get; }
    void Evaluate(VisitEvaluation visit, RuleOutput output);
}
