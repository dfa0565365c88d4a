namespace ClaimAudit.Core.Rules;

/// <summary>The coding and modifier rules of PRODUCT.md section 4, in the order they run.</summary>
public static class ClaimRules
{
    public static IReadOnlyList<IVisitRule> All { get; } = [];
}
