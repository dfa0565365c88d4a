namespace ClaimAudit.Core.Model;

/// <summary>
/// One problem found on a visit: what is wrong, how to fix it, and the dollars at stake.
/// <paramref name="Row"/> names the input row (a claim line of its own) when the finding judges
/// one row rather than the code's merged line. The rules build findings with
/// <see cref="Rules.RuleDescriptor.Finding"/>, so <paramref name="RuleId"/> and
/// <paramref name="Severity"/> are their rule's descriptor's.
/// </summary>
public sealed record Finding(string RuleId, Severity Severity, string? Code, string Message, string Fix, decimal Amount, int? Row = null)
{
    /// <summary>
    /// The parameters of the message and fix (schema 2 of the report, PRODUCT.md section 8): the
    /// rule's templates with these filled in read exactly as <see cref="Message"/> and <see cref="Fix"/>.
    /// </summary>
    public IReadOnlyList<FindingArg> Args { get; init; } = [];
}

/// <summary>One parameter of a finding's message: a name of the rule's templates and its value (a string, an int or a decimal).</summary>
public readonly record struct FindingArg(string Name, object Value);
