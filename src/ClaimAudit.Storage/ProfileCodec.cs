using ClaimAudit.Core.Payers;

namespace ClaimAudit.Storage;

/// <summary>A profile document that cannot be used, with every reason.</summary>
public sealed class InvalidProfileException(IReadOnlyList<string> errors, string? message = null)
    : Exception(message ?? "invalid payer profile: " + string.Join("; ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>
/// The one place payer profiles are turned into JSON and back for storage and HTTP: the engine's
/// own profile format (<see cref="PayerProfileJson"/>), the same a <c>--payers</c> file uses.
/// </summary>
public static class ProfileCodec
{
    public static string Serialize(PayerProfile profile) => PayerProfileJson.Serialize(profile);

    /// <summary>Parses and validates one profile; throws <see cref="InvalidProfileException"/> with every reason.</summary>
    public static PayerProfile Parse(string json)
    {
        try
        {
            return PayerProfileJson.ParseOne(json);
        }
        catch (PayerProfileException e)
        {
            throw new InvalidProfileException(e.Errors.Count > 0 ? e.Errors : [e.Message], e.Message);
        }
    }
}
