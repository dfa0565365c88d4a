using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation;

/// <summary>The documentation rules of PRODUCT.md section 5, in the order they run.</summary>
public static class DocumentationRules
{
    public static IReadOnlyList<IVisitRule> All { get; } = [];
}
