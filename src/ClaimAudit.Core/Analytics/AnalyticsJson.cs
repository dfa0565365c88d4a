using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimAudit.Core.Remittances;

namespace ClaimAudit.Core.Analytics;

/// <summary>
/// Writes the analytics as JSON: camelCase names, categories by their JSON names ("benefit-limit"),
/// dates as yyyy-MM-dd, amounts as numbers with cents, rates as fractions 0..1 (null when there is
/// nothing to divide). Source-generated, so no reflection at run time.
/// </summary>
public static class AnalyticsJson
{
    public static void Write(Stream output, AnalyticsReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        JsonSerializer.Serialize(output, report, AnalyticsJsonContext.Default.AnalyticsReport);
    }

    /// <summary>The analytics as a JSON string (what `claimaudit analytics --out -` prints).</summary>
    public static string Serialize(AnalyticsReport report) => JsonSerializer.Serialize(report, AnalyticsJsonContext.Default.AnalyticsReport);

    /// <summary>Reads analytics JSON back (a client, a test).</summary>
    public static AnalyticsReport? Deserialize(string json) => JsonSerializer.Deserialize(json, AnalyticsJsonContext.Default.AnalyticsReport);
}

/// <summary>A category as its JSON name ("not-denial", "benefit-limit"), the names payer profiles use too.</summary>
public sealed class RemittanceCategoryJsonConverter : JsonConverter<RemittanceCategory>
{
    public override RemittanceCategory Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DenialCategories.Parse(reader.GetString())
        ?? throw new JsonException($"unknown denial category; valid ones: {string.Join(", ", DenialCategories.AllNames)}");

    public override void Write(Utf8JsonWriter writer, RemittanceCategory value, JsonSerializerOptions options) =>
        writer.WriteStringValue(DenialCategories.NameOf(value));
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    Converters = [typeof(RemittanceCategoryJsonConverter)])]
[JsonSerializable(typeof(AnalyticsReport))]
internal sealed partial class AnalyticsJsonContext : JsonSerializerContext;
