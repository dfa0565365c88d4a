using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Core.Payers;

/// <summary>
/// A payer's rules as data (PRODUCT.md section 9). Shipped profiles are embedded JSON; a clinic's
/// overrides come from Table Storage or a <c>--payers</c> file. Codes and modifiers are upper-case,
/// payer ids lower-case (normalised by <see cref="Normalize"/>).
/// </summary>
public sealed record PayerProfile
{
    public required string PayerId { get; init; }
    public string Name { get; init; } = "";
    public UnitMethod UnitMethod { get; init; } = UnitMethod.Cms;
    /// <summary>Null = the default timed-code list of section 3.</summary>
    public IReadOnlyList<string>? TimedCodes { get; init; }
    /// <summary>Untimed codes the payer knows (one unit per visit). Null = <see cref="DefaultUntimedCodes"/>.</summary>
    public IReadOnlyList<string>? UntimedCodes { get; init; }
    /// <summary>
    /// Supplies billed by quantity (A4556, L-codes), whose units are never judged. An entry is a
    /// code or a prefix ending in '*' ("L*"). Null = <see cref="DefaultQuantityCodes"/>.
    /// </summary>
    public IReadOnlyList<string>? QuantityCodes { get; init; }
    public bool RequiresDisciplineModifier { get; init; }
    public IReadOnlyList<PtpPair> PtpPairs { get; init; } = [];
    public IReadOnlyList<string> DistinctModifiers { get; init; } = ["59", "XE", "XS", "XP", "XU"];
    /// <summary>Year of service (as text, e.g. "2026") → KX threshold in dollars.</summary>
    public IReadOnlyDictionary<string, decimal> KxThresholds { get; init; } = new Dictionary<string, decimal>();
    public decimal? ReviewThreshold { get; init; }
    public bool AssistantModifiers { get; init; }
    /// <summary>Share of the rate paid for an assistant's line (0.85 for Medicare).</summary>
    public decimal AssistantRate { get; init; } = 1m;
    public IReadOnlyList<string> OneOnOneCodes { get; init; } = [];
    public IReadOnlyDictionary<string, int> DailyUnitLimits { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, string> CodeReplacements { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> NotPayable { get; init; } = [];
    /// <summary>Dollars per unit by code. Shipped rates are illustrative.</summary>
    public IReadOnlyDictionary<string, decimal> Rates { get; init; } = new Dictionary<string, decimal>();
    /// <summary>Plan of care, progress report, authorisation and yearly visit rules (section 10).</summary>
    public EpisodePolicy Episodes { get; init; } = EpisodePolicy.None;
    /// <summary>The payer's own denial-category entries (section 11), read before the shipped mapping.</summary>
    public IReadOnlyList<Remittances.DenialCategoryEntry> DenialCategories { get; init; } = [];
    /// <summary>Free text shown with the profile, e.g. that its rates are illustrative.</summary>
    public string? Notes { get; init; }

    /// <summary>The timed codes of section 3, used when a profile does not override them.</summary>
    public static readonly IReadOnlyList<string> DefaultTimedCodes =
    [
        "97110", "97112", "97113", "97116", "97140", "97530", "97533", "97535", "97537", "97542",
        "97750", "97755", "97760", "97761", "97763", "97032", "97033", "97034", "97035", "97036",
    ];

    /// <summary>
    /// The untimed codes outpatient therapy bills (section 3 and 9): PT/OT/athletic-training
    /// evaluations, group therapy, supervised modalities, strapping, canalith repositioning, dry
    /// needling, wound care, Medicare's G0283, and the SLP session codes (a clinic bills GN lines too).
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultUntimedCodes =
    [
        "97161", "97162", "97163", "97164", "97165", "97166", "97167", "97168", "97169", "97170", "97171", "97172",
        "97150", "97010", "97012", "97014", "97016", "97018", "97022", "97024", "97026", "97028", "G0283",
        "29200", "29240", "29260", "29280", "29520", "29530", "29540", "29550", "29580", "29581", "29584",
        "95992", "20560", "20561", "97597", "97598", "97605", "97606", "97607", "97608",
        // Speech-language pathology: treatment, evaluations, swallowing (billed per session, not by time).
        "92507", "92508", "92521", "92522", "92523", "92524", "92526", "92610",
    ];

    /// <summary>Supplies billed by quantity: electrodes (A4556, A4595), and every L-code (orthotics).</summary>
    public static readonly IReadOnlyList<string> DefaultQuantityCodes = ["A4556", "A4595", "L*"];

    public bool IsTimed(string code) => (TimedCodes ?? DefaultTimedCodes).Contains(code, StringComparer.OrdinalIgnoreCase);

    /// <summary>An untimed code the payer knows: one unit per visit whatever its minutes.</summary>
    public bool IsUntimed(string code) => !IsTimed(code) && (UntimedCodes ?? DefaultUntimedCodes).Contains(code, StringComparer.OrdinalIgnoreCase);

    /// <summary>A supply billed by quantity: its units are never judged.</summary>
    public bool IsQuantity(string code)
    {
        if (IsTimed(code)) return false;
        foreach (var entry in QuantityCodes ?? DefaultQuantityCodes)
        {
            if (entry.EndsWith('*') ? code.StartsWith(entry.AsSpan(0, entry.Length - 1), StringComparison.OrdinalIgnoreCase)
                : string.Equals(entry, code, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>A code the profile times, lists as untimed or bills by quantity; any other is CODE_UNKNOWN.</summary>
    public bool Knows(string code) => IsTimed(code) || IsUntimed(code) || IsQuantity(code);

    public decimal RateOf(string code) => Rates.TryGetValue(code, out var rate) ? rate : 0m;

    public decimal? KxThresholdFor(int year) => KxThresholdInForce(year)?.Threshold;

    /// <summary>
    /// The KX threshold for a year of service: the year's own, else the latest earlier year's —
    /// CMS publishes the new amount late in the year before, and January's claims still need KX.
    /// <c>FromYear</c> says which year's amount was used. Null when the profile has none up to that year.
    /// </summary>
    public (decimal Threshold, int FromYear)? KxThresholdInForce(int year)
    {
        (decimal, int)? best = null;
        foreach (var (key, amount) in KxThresholds)
            if (int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
                && y <= year && (best is null || y > best.Value.Item2))
                best = (amount, y);
        return best;
    }

    /// <summary>The display name of the payer in messages: its name, else its id.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? PayerId : Name;

    /// <summary>
    /// The same profile with the payer id trimmed and lower-cased, and every code and modifier
    /// trimmed and upper-cased, so look-ups need no case-insensitive comparisons.
    /// </summary>
    public PayerProfile Normalize()
    {
        static string C(string code) => code.Trim().ToUpperInvariant();
        static List<string> Cs(IEnumerable<string> codes) => codes.Select(C).Distinct(StringComparer.Ordinal).ToList();
        static Dictionary<string, T> Keyed<T>(IEnumerable<KeyValuePair<string, T>> pairs, Func<string, string> key)
        {
            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var (k, v) in pairs) map[key(k)] = v;
            return map;
        }
        return this with
        {
            PayerId = PayerId.Trim().ToLowerInvariant(),
            Name = Name.Trim(),
            TimedCodes = TimedCodes is null ? null : Cs(TimedCodes),
            UntimedCodes = UntimedCodes is null ? null : Cs(UntimedCodes),
            QuantityCodes = QuantityCodes is null ? null : Cs(QuantityCodes),
            PtpPairs = PtpPairs.Select(p => new PtpPair(C(p.Column1), C(p.Column2), p.ModifierAllowed))
                .DistinctBy(p => (p.Column1, p.Column2)).ToList(),
            DistinctModifiers = Cs(DistinctModifiers),
            KxThresholds = Keyed(KxThresholds, k => k.Trim()),
            OneOnOneCodes = Cs(OneOnOneCodes),
            DailyUnitLimits = Keyed(DailyUnitLimits, C),
            CodeReplacements = Keyed(CodeReplacements.Select(kv => KeyValuePair.Create(kv.Key, C(kv.Value))), C),
            NotPayable = Cs(NotPayable),
            Rates = Keyed(Rates, C),
        };
    }
}

/// <summary>A procedure-to-procedure edit: column 2 is denied with column 1 unless a distinct-service modifier is allowed and billed.</summary>
public sealed record PtpPair(string Column1, string Column2, bool ModifierAllowed);
