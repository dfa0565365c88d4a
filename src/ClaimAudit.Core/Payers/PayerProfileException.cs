namespace ClaimAudit.Core.Payers;

/// <summary>A payer profile file that cannot be used; the message names the profile and every bad field.</summary>
public sealed class PayerProfileException : Exception
{
    public PayerProfileException(string message, IReadOnlyList<string>? errors = null, Exception? inner = null)
        : base(message, inner) => Errors = errors ?? [message];

    /// <summary>Each problem on its own, e.g. <c>ptpPairs[2].column1 '9711' is not a 5-character code</c>.</summary>
    public IReadOnlyList<string> Errors { get; }
}
