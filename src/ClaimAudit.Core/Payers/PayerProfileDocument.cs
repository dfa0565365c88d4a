using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimAudit.Core.Payers;

/// <summary>The JSON shape of a profile; every field optional so that missing ones get clear errors or defaults.</summary>
internal sealed class PayerProfileDocument
{
    public string? PayerId { get; set; }
    public string? Name { get; set; }
    public string? UnitMethod { get; set; }
    public List<string?>? TimedCodes { get; set; }
    public List<string?>? UntimedCodes { get; set; }
    public List<string?>? QuantityCodes { get; set; }
    public bool? RequiresDisciplineModifier { get; set; }
    public List<PtpPairDocument?>? PtpPairs { get; set; }
    public List<string?>? DistinctModifiers { get; set; }
    public Dictionary<string, decimal>? KxThresholds { get; set; }
    public decimal? ReviewThreshold { get; set; }
    public bool? AssistantModifiers { get; set; }
    public decimal? AssistantRate { get; set; }
    public List<string?>? OneOnOneCodes { get; set; }
    public Dictionary<string, int>? DailyUnitLimits { get; set; }
    public Dictionary<string, string?>? CodeReplacements { get; set; }
    public List<string?>? NotPayable { get; set; }
    public Dictionary<string, decimal>? Rates { get; set; }
    // Section 10: the episode rules.
    public CertificationDocument? Certification { get; set; }
    public int? ProgressReportEveryTreatmentDays { get; set; }
    public bool? RequiresAuthorization { get; set; }
    public int? YearlyVisitLimit { get; set; }
    // Section 11: the payer's own denial-category entries, read before the shipped ones.
    public List<Remittances.DenialCategoryJson?>? DenialCategories { get; set; }
    public string? Notes { get; set; }
}

/// <summary><c>certification: {required, withinDays, maxPlanDays}</c>; the days default to 30 and 90 (CMS Pub 100-02 ch. 15 §220.1.3).</summary>
internal sealed class CertificationDocument
{
    public bool? Required { get; set; }
    public int? WithinDays { get; set; }
    public int? MaxPlanDays { get; set; }
}

internal sealed class PtpPairDocument
{
    public string? Column1 { get; set; }
    public string? Column2 { get; set; }
    public bool? ModifierAllowed { get; set; }
}

internal sealed class PayerProfileFileDocument
{
    public List<PayerProfileDocument> Profiles { get; set; } = [];
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(PayerProfileDocument))]
[JsonSerializable(typeof(PayerProfileFileDocument))]
internal sealed partial class PayerProfileJsonContext : JsonSerializerContext;
