using ClaimAudit.Core.Model;

namespace ClaimAudit.Core.Rules;

/// <summary>
/// A rule whose findings on one code share part of their wording: the documentation rules word
/// what is missing, and how to fix it, per code from the (clinic's) vocabulary. The compact report
/// gives these args once per rule and code in its catalog instead of on every finding.
/// </summary>
internal interface ICodeWording
{
    /// <summary>For each code, the args that every finding of the rule on that code carries with these values.</summary>
    IEnumerable<(string Code, IReadOnlyList<FindingArg> Args)> CodeWording();
}
