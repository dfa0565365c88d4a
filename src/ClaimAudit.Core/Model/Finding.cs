namespace ClaimAudit.Core.Model;

/// <summary>
/// One problem found on a visit: what is wrong, how to fix it, and the dollars at stake.
/// <paramref name="Row"/> names the input row (a claim line of its own) when the finding judges
/// one row rather than the code's merged line. The rules build findings with
/// <see cref="Rules.RuleDescriptor.Finding"/>, so <paramref name="RuleId"/> and
/// <paramref name="Severity"/> are their rule's descriptor's.
/// </summary>
public sealed record Finding(string RuleId, Severity Severity, string? Code, string Message, string Fix, decimal Amount, int? Row = null);
