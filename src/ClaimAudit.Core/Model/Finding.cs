namespace ClaimAudit.Core.Model;

/// <summary>One problem found on a visit: what is wrong, how to fix it, and the dollars at stake.</summary>
public sealed record Finding(string RuleId, Severity Severity, string? Code, string Message, string Fix, decimal Amount);
