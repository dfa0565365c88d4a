using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Storage;

/// <summary>A profile document that cannot be used, with every reason.</summary>
public sealed class InvalidProfileException(IReadOnlyList<string> errors)
    : Exception("invalid payer profile: " + string.Join("; ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>
/// The one place payer profiles are turned into JSON and back (stored in the <c>PayerProfiles</c>
/// table, sent and received over HTTP), so storage and functions share the engine's format.
/// </summary>
public static class ProfileCodec
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(PayerProfile profile) => JsonSerializer.Serialize(profile, Options);

    /// <summary>Parses and validates one profile; throws <see cref="InvalidProfileException"/> with every reason.</summary>
    public static PayerProfile Parse(string json)
    {
        PayerProfile? profile;
        try
        {
            profile = JsonSerializer.Deserialize<PayerProfile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidProfileException([$"not a valid payer profile JSON document: {e.Message}"]);
        }
        if (profile is null) throw new InvalidProfileException(["the body holds no payer profile"]);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(profile.PayerId)) errors.Add("payerId is required");
        if (profile.AssistantRate is < 0 or > 1) errors.Add("assistantRate must be between 0 and 1");
        if (errors.Count > 0) throw new InvalidProfileException(errors);
        return profile with { PayerId = profile.PayerId.Trim().ToLowerInvariant() };
    }
}
