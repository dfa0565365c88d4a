using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimAudit.Core.Remittances;

/// <summary>
/// What a payer's adjustment means for the clinic (PRODUCT.md section 11): not a denial (a contractual
/// write-down, the patient's share), or a denial of one kind. Read from the CAS group and reason code
/// (CARC) with the remark codes (RARC) by <see cref="DenialCategories"/>. JSON names: not-denial,
/// bundling, units, modifier, necessity, benefit-limit, authorization, duplicate, timely-filing,
/// diagnosis, coverage, other.
/// </summary>
public enum RemittanceCategory
{
    /// <summary>CO-45, CO-253, PR-1/2/3, OA-23 …: money the clinic expected not to get from this payer.</summary>
    NotDenial,
    /// <summary>97, 236, M80: paid as part of another service.</summary>
    Bundling,
    /// <summary>151, 96 + N362, N640: units or frequency over what the payer allows.</summary>
    Units,
    /// <summary>4, 16 + N822: a missing or wrong modifier.</summary>
    Modifier,
    /// <summary>50, 150: medical necessity or documentation.</summary>
    Necessity,
    /// <summary>119: the benefit maximum is reached.</summary>
    BenefitLimit,
    /// <summary>197, 15: no or wrong prior authorisation.</summary>
    Authorization,
    /// <summary>18: a duplicate claim.</summary>
    Duplicate,
    /// <summary>29: past the filing limit.</summary>
    TimelyFiling,
    /// <summary>11: the diagnosis does not support the service.</summary>
    Diagnosis,
    /// <summary>96 (without N362), 204: a service the plan does not cover.</summary>
    Coverage,
    /// <summary>A denial whose codes the mapping does not place.</summary>
    Other,
}

/// <summary>
/// One line of a denial-category mapping: a CAS group (null = any), a reason code (null = any) and a
/// remark code (null = any) place an adjustment in a category. The most specific matching entry wins
/// (group, reason and remark each count one); among equally specific ones, the first listed — a
/// payer's own entries are listed before the shipped ones, so they win ties.
/// </summary>
public sealed record DenialCategoryEntry(string? Group, string? Reason, string? Remark, RemittanceCategory Category);

/// <summary>
/// The denial-category mapping in force for one payer: the payer profile's own entries
/// (<c>denialCategories</c>) before the shipped ones (Remittances/denial-categories.json), and
/// ClaimAudit's own short labels for CARC and RARC codes (the official texts are X12's and are not shipped).
/// </summary>
public sealed class DenialCategories
{
    private const string Resource = "ClaimAudit.Remittances.denial-categories.json";
    private static readonly Lazy<(IReadOnlyList<DenialCategoryEntry> Entries, FrozenDictionary<string, string> Labels)> ShippedData = new(LoadShipped);
    private static readonly Lazy<DenialCategories> ShippedMapping = new(() => new DenialCategories(ShippedData.Value.Entries));

    private static readonly FrozenDictionary<RemittanceCategory, string> Names = new Dictionary<RemittanceCategory, string>
    {
        [RemittanceCategory.NotDenial] = "not-denial", [RemittanceCategory.Bundling] = "bundling", [RemittanceCategory.Units] = "units",
        [RemittanceCategory.Modifier] = "modifier", [RemittanceCategory.Necessity] = "necessity", [RemittanceCategory.BenefitLimit] = "benefit-limit",
        [RemittanceCategory.Authorization] = "authorization", [RemittanceCategory.Duplicate] = "duplicate", [RemittanceCategory.TimelyFiling] = "timely-filing",
        [RemittanceCategory.Diagnosis] = "diagnosis", [RemittanceCategory.Coverage] = "coverage", [RemittanceCategory.Other] = "other",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, RemittanceCategory> ByName =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlyList<DenialCategoryEntry> _entries;

    private DenialCategories(IReadOnlyList<DenialCategoryEntry> entries) => _entries = entries;

    /// <summary>The shipped mapping alone.</summary>
    public static DenialCategories Shipped => ShippedMapping.Value;

    /// <summary>The shipped entries, in order (what a profile's entries are read before).</summary>
    public static IReadOnlyList<DenialCategoryEntry> ShippedEntries => ShippedData.Value.Entries;

    /// <summary>The mapping for a payer: its profile's entries (if any) before the shipped ones.</summary>
    public static DenialCategories For(Payers.PayerProfile? profile) =>
        profile is null || profile.DenialCategories.Count == 0 ? Shipped : new DenialCategories([.. profile.DenialCategories, .. ShippedEntries]);

    /// <summary>
    /// The category of one adjustment, read with the remark codes of its line (LQ*HE) and claim (MOA):
    /// the most specific matching entry (group, reason and remark each count one), the first listed among
    /// equals; <see cref="RemittanceCategory.Other"/> when none matches.
    /// </summary>
    public RemittanceCategory Classify(Adjustment adjustment, IReadOnlyList<string> remarks)
    {
        var best = RemittanceCategory.Other;
        var bestScore = -1;
        foreach (var e in _entries)
        {
            if (e.Group is not null && !e.Group.Equals(adjustment.Group, StringComparison.OrdinalIgnoreCase)) continue;
            if (e.Reason is not null && !e.Reason.Equals(adjustment.Reason, StringComparison.OrdinalIgnoreCase)) continue;
            if (e.Remark is not null && !Contains(remarks, e.Remark)) continue;
            var score = (e.Group is null ? 0 : 1) + (e.Reason is null ? 0 : 1) + (e.Remark is null ? 0 : 1);
            if (score > bestScore) (best, bestScore) = (e.Category, score);
        }
        return best;
    }

    private static bool Contains(IReadOnlyList<string> remarks, string remark)
    {
        foreach (var r in remarks)
            if (r.Equals(remark, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Our short label for a CARC ("50") or RARC ("N362") code; the code itself when we have none.</summary>
    public static string LabelOf(string code) => ShippedData.Value.Labels.GetValueOrDefault(code.Trim().ToUpperInvariant(), code);

    /// <summary>The JSON name of a category: "benefit-limit", "not-denial" ….</summary>
    public static string NameOf(RemittanceCategory category) => Names[category];

    /// <summary>The category a JSON name names (case ignored), or null.</summary>
    public static RemittanceCategory? Parse(string? name) => name is not null && ByName.TryGetValue(name.Trim(), out var c) ? c : null;

    /// <summary>Every JSON name, in category order: what an error message lists.</summary>
    public static IReadOnlyList<string> AllNames { get; } = [.. Enum.GetValues<RemittanceCategory>().Select(c => Names[c])];

    private static (IReadOnlyList<DenialCategoryEntry>, FrozenDictionary<string, string>) LoadShipped()
    {
        using var stream = typeof(DenialCategories).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the shipped denial categories ({Resource}) are missing from the assembly");
        var file = JsonSerializer.Deserialize(stream, DenialCategoriesJsonContext.Default.DenialCategoriesFile)
            ?? throw new InvalidOperationException("the shipped denial categories are empty");
        var entries = file.Entries.Select(e => new DenialCategoryEntry(e.Group, e.Reason, e.Remark,
            Parse(e.Category) ?? throw new InvalidOperationException($"the shipped denial categories name an unknown category '{e.Category}'"))).ToList();
        return (entries, file.Labels.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }
}

internal sealed class DenialCategoriesFile
{
    public List<DenialCategoryJson> Entries { get; set; } = [];
    public Dictionary<string, string> Labels { get; set; } = [];
}

/// <summary>One entry as JSON writes it (shipped file and payer profiles): category by name.</summary>
public sealed class DenialCategoryJson
{
    public string? Group { get; set; }
    public string? Reason { get; set; }
    public string? Remark { get; set; }
    public string? Category { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(DenialCategoriesFile))]
internal sealed partial class DenialCategoriesJsonContext : JsonSerializerContext;
