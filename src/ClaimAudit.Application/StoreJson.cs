using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Remittances;

namespace ClaimAudit.Application;

/// <summary>
/// How audited claims and remittance advices are stored (Azure Tables and the CLI's local store folder
/// alike): System.Text.Json, source-generated. Computed, get-only members (<c>Adjustment.Code</c>,
/// <c>ServicePayment.SubmittedCode</c>, <c>ClaimPayment.IsReversal</c>…) are left out: they follow from the rest.
/// The member names are the stored schema: rename none.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, IgnoreReadOnlyProperties = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AuditedClaim))]
[JsonSerializable(typeof(RemittanceAdvice))]
[JsonSerializable(typeof(List<ClaimPayment>))]
public sealed partial class StoreJsonContext : JsonSerializerContext;

/// <summary>Serialises and reads the stored forms (<see cref="StoreJsonContext"/>).</summary>
public static class StoreJson
{
    public static string Serialize(AuditedClaim claim) => JsonSerializer.Serialize(claim, StoreJsonContext.Default.AuditedClaim);
    public static AuditedClaim ReadClaim(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.AuditedClaim) ?? throw new JsonException("a stored audited claim is null");
    public static string Serialize(RemittanceAdvice advice) => JsonSerializer.Serialize(advice, StoreJsonContext.Default.RemittanceAdvice);
    public static RemittanceAdvice ReadAdvice(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.RemittanceAdvice) ?? throw new JsonException("a stored remittance advice is null");
    public static string Serialize(List<ClaimPayment> claims) => JsonSerializer.Serialize(claims, StoreJsonContext.Default.ListClaimPayment);
    public static List<ClaimPayment> ReadClaims(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.ListClaimPayment) ?? throw new JsonException("stored claim payments are null");
}
