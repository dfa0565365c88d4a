using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// The args every finding on a visit of one payer carries with the same values: the payer's name,
/// its unit method's wording and its distinct-service modifiers. The compact report gives them once
/// per payer, in its <c>payers</c> catalog, instead of on every finding of every visit of that payer.
/// </summary>
internal static class PayerWording
{
    public const string Payer = "payer", Method = "method", DistinctModifiers = "distinctModifiers";

    /// <summary>The same values the rules give these args (a finding whose value differs still carries its own).</summary>
    public static IReadOnlyList<FindingArg> For(PayerProfile profile) =>
    [
        new(Payer, profile.DisplayName),
        new(Method, RuleSupport.MethodPhrase(profile.UnitMethod)),
        new(DistinctModifiers, string.Join(", ", profile.DistinctModifiers)),
    ];
}
