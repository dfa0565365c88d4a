namespace ClaimAudit.Core.Rules;

/// <summary>
/// A rule of the catalog: it declares its <see cref="RuleDescriptor"/> beside its code, takes its
/// id from it and builds every finding with <see cref="RuleDescriptor.Finding"/>. The engine runs
/// any <see cref="IVisitRule"/>; the rules it registers (<see cref="ClaimRules"/>,
/// <see cref="Documentation.DocumentationRules"/>) are described ones.
/// </summary>
internal interface IDescribedRule : IVisitRule
{
    /// <summary>The rule's id, severity, title, contract section, who fixes it and the denial it predicts.</summary>
    RuleDescriptor Descriptor { get; }

    string IVisitRule.RuleId => Descriptor.Id;
}
