using ClaimAudit.Core.Documentation;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// The descriptors of every registered rule (<see cref="ClaimRules"/>, then
/// <see cref="DocumentationRules"/>), looked up by id. Each descriptor is declared once, by its rule
/// class; this is where readers that have only a rule id (the HTML's chart, a scorecard) find it.
/// </summary>
internal static class RuleCatalog
{
    /// <summary>In the order the rules run.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [.. ClaimRules.All.Select(r => r.Descriptor), .. DocumentationRules.All.Select(r => r.Descriptor)];

    // Throws on a duplicate id (at first use of the catalog): two rules claiming one id is a bug, not a choice.
    private static readonly Dictionary<string, RuleDescriptor> ById = All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The descriptor of a rule id, or null for an id no registered rule has.</summary>
    public static RuleDescriptor? Find(string ruleId) => ById.GetValueOrDefault(ruleId);
}
