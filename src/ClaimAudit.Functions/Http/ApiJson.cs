using System.Text.Json.Serialization;

namespace ClaimAudit.Functions.Http;

public sealed class HealthResponse
{
    public required string Status { get; init; }
    public required string Storage { get; init; }
    public required string Version { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(HealthResponse))]
public sealed partial class ApiJson : JsonSerializerContext;
