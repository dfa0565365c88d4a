using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Core.Payers;

/// <summary>A payer profile file that cannot be used; the message names the profile and every bad field.</summary>
public sealed class PayerProfileException : Exception
{
    public PayerProfileException(string message, IReadOnlyList<string>? errors = null, Exception? inner = null)
        : base(message, inner) => Errors = errors ?? [message];

    /// <summary>Each problem on its own, e.g. <c>ptpPairs[2].column1 '9711' is not a 5-character code</c>.</summary>
    public IReadOnlyList<string> Errors { get; }
}

/// <summary>
/// Reads, writes and validates payer profiles as JSON (PRODUCT.md section 9): camelCase fields,
/// <c>unitMethod</c> as <c>"cms"</c>, <c>"ama"</c> or <c>"strict"</c>. A file may hold one profile,
/// an array of profiles, or <c>{"profiles": [...]}</c>. Unknown fields are refused so that a typo
/// (<c>kxThreshold</c>) cannot silently switch a rule off.
/// </summary>
public static partial class PayerProfileJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Parses a profile file. Throws <see cref="PayerProfileException"/> naming the profile and field when it is malformed.</summary>
    public static IReadOnlyList<PayerProfile> Parse(Stream json)
    {
        using var reader = new StreamReader(json, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader.ReadToEnd());
    }

    /// <inheritdoc cref="Parse(Stream)"/>
    public static IReadOnlyList<PayerProfile> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is long line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : "";
            throw new PayerProfileException($"payer profile file is not valid JSON{where}", inner: ex);
        }

        using (document)
        {
            var root = document.RootElement;
            var elements = new List<(string Position, JsonElement Element)>();
            if (root.ValueKind == JsonValueKind.Array)
            {
                elements.AddRange(root.EnumerateArray().Select((e, i) => ($"[{i}]", e)));
            }
            else if (root.ValueKind == JsonValueKind.Object && TryGetProperty(root, "profiles", out var list))
            {
                if (list.ValueKind != JsonValueKind.Array)
                    throw new PayerProfileException("payer profile file: 'profiles' must be an array of profiles");
                elements.AddRange(list.EnumerateArray().Select((e, i) => ($"profiles[{i}]", e)));
            }
            else if (root.ValueKind == JsonValueKind.Object)
            {
                elements.Add(("", root));
            }
            else
            {
                throw new PayerProfileException("payer profile file must hold a profile object, an array of profiles, or {\"profiles\": [...]}");
            }
            if (elements.Count == 0) throw new PayerProfileException("payer profile file holds no profile");

            var profiles = new List<PayerProfile>();
            var problems = new List<string>();
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (position, element) in elements)
            {
                var (profile, errors) = ReadOne(element);
                var label = Label(position, profile?.PayerId ?? PayerIdOf(element));
                problems.AddRange(errors.Select(e => label.Length == 0 ? e : $"{label}: {e}"));
                if (profile is null) continue;
                if (seen.TryGetValue(profile.PayerId, out var first))
                    problems.Add($"{label}: payerId '{profile.PayerId}' is already used by {first}");
                else
                    seen[profile.PayerId] = position.Length == 0 ? "the file" : position;
                profiles.Add(profile);
            }
            if (problems.Count > 0)
                throw new PayerProfileException("invalid payer profile: " + string.Join("; ", problems), problems);
            return profiles;
        }
    }

    /// <summary>Parses a file that must hold exactly one profile (e.g. the body of <c>PUT /api/payers/{id}</c>).</summary>
    public static PayerProfile ParseOne(string json)
    {
        var profiles = Parse(json);
        return profiles.Count == 1 ? profiles[0]
            : throw new PayerProfileException($"expected one payer profile, found {profiles.Count}");
    }

    /// <summary>One profile as an indented JSON object.</summary>
    public static string Serialize(PayerProfile profile) =>
        JsonSerializer.Serialize(ToDocument(profile), PayerProfileJsonContext.Default.PayerProfileDocument);

    /// <summary>Several profiles as <c>{"profiles": [...]}</c>, a file <see cref="Parse(string)"/> reads back.</summary>
    public static string Serialize(IEnumerable<PayerProfile> profiles) =>
        JsonSerializer.Serialize(new PayerProfileFileDocument { Profiles = profiles.Select(ToDocument).ToList() },
            PayerProfileJsonContext.Default.PayerProfileFileDocument);

    /// <summary>
    /// Every problem of a profile, each naming its field (<c>ptpPairs[2].column1 '9711' is not a
    /// 5-character code</c>); empty when the profile is usable.
    /// </summary>
    public static IReadOnlyList<string> Validate(PayerProfile profile)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(profile.PayerId))
            errors.Add("payerId is required");
        else if (!PayerIdPattern().IsMatch(profile.PayerId.Trim()))
            errors.Add($"payerId '{profile.PayerId}' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        if (!Enum.IsDefined(profile.UnitMethod))
            errors.Add($"unitMethod '{(int)profile.UnitMethod}' must be cms, ama or strict");

        void Code(string field, string? code)
        {
            if (code is null || !ProcedureCode.IsWellFormed(code.AsSpan().Trim()))
                errors.Add($"{field} '{code}' is not a 5-character code");
        }
        void Codes(string field, IReadOnlyList<string>? codes)
        {
            if (codes is null) return;
            for (var i = 0; i < codes.Count; i++) Code($"{field}[{i}]", codes[i]);
        }

        Codes("timedCodes", profile.TimedCodes);
        Codes("untimedCodes", profile.UntimedCodes);
        if (profile.UntimedCodes is not null)
        {
            // A code both timed and untimed would be billed by time and as one unit at once: refuse it, naming it.
            var timed = profile.TimedCodes ?? PayerProfile.DefaultTimedCodes;
            var timedFrom = profile.TimedCodes is null ? "the default timed codes" : "timedCodes";
            for (var i = 0; i < profile.UntimedCodes.Count; i++)
                if (profile.UntimedCodes[i] is { } code && timed.Any(t => string.Equals(t?.Trim(), code.Trim(), StringComparison.OrdinalIgnoreCase)))
                    errors.Add($"untimedCodes[{i}] '{code}' is also in {timedFrom}: a code is either timed or untimed, remove it from one list");
        }
        if (profile.QuantityCodes is { } quantity)
            for (var i = 0; i < quantity.Count; i++)
                if (quantity[i] is not { } q || !(ProcedureCode.IsWellFormed(q.AsSpan().Trim()) || CodePrefixPattern().IsMatch(q.Trim())))
                    errors.Add($"quantityCodes[{i}] '{quantity[i]}' is not a 5-character code or a prefix of 1-4 letters or digits ending in '*' (\"L*\")");
        for (var i = 0; i < profile.PtpPairs.Count; i++)
        {
            var pair = profile.PtpPairs[i];
            Code($"ptpPairs[{i}].column1", pair.Column1);
            Code($"ptpPairs[{i}].column2", pair.Column2);
            if (string.Equals(pair.Column1?.Trim(), pair.Column2?.Trim(), StringComparison.OrdinalIgnoreCase))
                errors.Add($"ptpPairs[{i}] pairs '{pair.Column1}' with itself");
        }
        for (var i = 0; i < profile.DistinctModifiers.Count; i++)
            if (profile.DistinctModifiers[i] is not { } m || !ModifierPattern().IsMatch(m.Trim()))
                errors.Add($"distinctModifiers[{i}] '{profile.DistinctModifiers[i]}' is not a 2-character modifier");
        foreach (var (year, amount) in profile.KxThresholds)
        {
            if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || year.Trim().Length != 4 || y < 1990 || y > 2199)
                errors.Add($"kxThresholds key '{year}' is not a year");
            else if (amount <= 0)
                errors.Add($"kxThresholds['{year}'] must be a positive dollar amount");
        }
        if (profile.ReviewThreshold is <= 0)
            errors.Add("reviewThreshold must be a positive dollar amount");
        if (profile.AssistantRate is < 0 or > 1)
            errors.Add("assistantRate must be between 0 and 1");
        Codes("oneOnOneCodes", profile.OneOnOneCodes);
        foreach (var (code, limit) in profile.DailyUnitLimits)
        {
            Code("dailyUnitLimits key", code);
            if (limit < 0) errors.Add($"dailyUnitLimits['{code}'] must be 0 or more units");
        }
        foreach (var (code, replacement) in profile.CodeReplacements)
        {
            Code("codeReplacements key", code);
            Code($"codeReplacements['{code}']", replacement);
        }
        Codes("notPayable", profile.NotPayable);
        foreach (var (code, rate) in profile.Rates)
        {
            Code("rates key", code);
            if (rate < 0) errors.Add($"rates['{code}'] must be 0 or more dollars");
        }
        return errors;
    }

    private static (PayerProfile? Profile, List<string> Errors) ReadOne(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) return (null, ["a payer profile must be a JSON object"]);
        var errors = new List<string>();
        foreach (var property in element.EnumerateObject())
        {
            if (!KnownFields.Contains(property.Name)) errors.Add($"unknown field '{property.Name}'");
            else if (string.Equals(property.Name, "ptpPairs", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var pair in property.Value.EnumerateArray())
                {
                    if (pair.ValueKind == JsonValueKind.Object)
                        errors.AddRange(pair.EnumerateObject().Where(p => !KnownPairFields.Contains(p.Name)).Select(p => $"ptpPairs[{i}]: unknown field '{p.Name}'"));
                    i++;
                }
            }
        }
        if (errors.Count > 0) return (null, errors);

        PayerProfileDocument document;
        try
        {
            document = element.Deserialize(PayerProfileJsonContext.Default.PayerProfileDocument)!;
        }
        catch (JsonException ex)
        {
            var path = (ex.Path ?? "$").TrimStart('$').TrimStart('.');
            return (null, [$"{(path.Length == 0 ? "profile" : path)} has a value of the wrong type ({Expected(path)})"]);
        }

        var method = UnitMethod.Cms;
        if (document.UnitMethod is not null && !TryParseUnitMethod(document.UnitMethod, out method))
            errors.Add($"unitMethod '{document.UnitMethod}' must be cms, ama or strict");
        var pairs = document.PtpPairs ?? [];
        for (var i = 0; i < pairs.Count; i++)
        {
            if (pairs[i] is null) { errors.Add($"ptpPairs[{i}] must be an object"); continue; }
            if (pairs[i]!.Column1 is null) errors.Add($"ptpPairs[{i}].column1 is required");
            if (pairs[i]!.Column2 is null) errors.Add($"ptpPairs[{i}].column2 is required");
            if (pairs[i]!.ModifierAllowed is null) errors.Add($"ptpPairs[{i}].modifierAllowed is required (true or false)");
        }
        // A pair with a missing field cannot be checked further; every other field still is, so one pass reports everything.
        var pairsComplete = pairs.All(p => p is { Column1: not null, Column2: not null, ModifierAllowed: not null });

        var defaults = new PayerProfile { PayerId = "x" };
        var raw = new PayerProfile
        {
            PayerId = document.PayerId ?? "",
            Name = document.Name ?? "",
            UnitMethod = method,
            TimedCodes = document.TimedCodes?.Select(c => c ?? "").ToList(),
            UntimedCodes = document.UntimedCodes?.Select(c => c ?? "").ToList(),
            QuantityCodes = document.QuantityCodes?.Select(c => c ?? "").ToList(),
            RequiresDisciplineModifier = document.RequiresDisciplineModifier ?? false,
            PtpPairs = pairsComplete ? pairs.Select(p => new PtpPair(p!.Column1!, p.Column2!, p.ModifierAllowed!.Value)).ToList() : [],
            DistinctModifiers = document.DistinctModifiers?.Select(m => m ?? "").ToList() ?? defaults.DistinctModifiers,
            KxThresholds = document.KxThresholds ?? new Dictionary<string, decimal>(),
            ReviewThreshold = document.ReviewThreshold,
            AssistantModifiers = document.AssistantModifiers ?? false,
            AssistantRate = document.AssistantRate ?? 1m,
            OneOnOneCodes = document.OneOnOneCodes?.Select(c => c ?? "").ToList() ?? [],
            DailyUnitLimits = document.DailyUnitLimits ?? new Dictionary<string, int>(),
            CodeReplacements = document.CodeReplacements?.ToDictionary(kv => kv.Key, kv => kv.Value ?? "") ?? new Dictionary<string, string>(),
            NotPayable = document.NotPayable?.Select(c => c ?? "").ToList() ?? [],
            Rates = document.Rates ?? new Dictionary<string, decimal>(),
            Notes = document.Notes,
        };
        errors.AddRange(Validate(raw));
        return errors.Count > 0 ? (null, errors) : (raw.Normalize(), errors);
    }

    public static bool TryParseUnitMethod(string? text, out UnitMethod method)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "cms": method = UnitMethod.Cms; return true;
            case "ama": method = UnitMethod.Ama; return true;
            case "strict": method = UnitMethod.Strict; return true;
            default: method = UnitMethod.Cms; return false;
        }
    }

    public static string ToText(this UnitMethod method) => method switch
    {
        UnitMethod.Ama => "ama",
        UnitMethod.Strict => "strict",
        _ => "cms",
    };

    private static PayerProfileDocument ToDocument(PayerProfile p) => new()
    {
        PayerId = p.PayerId,
        Name = p.Name,
        UnitMethod = p.UnitMethod.ToText(),
        TimedCodes = p.TimedCodes?.ToList()!,
        UntimedCodes = p.UntimedCodes?.ToList()!,
        QuantityCodes = p.QuantityCodes?.ToList()!,
        RequiresDisciplineModifier = p.RequiresDisciplineModifier,
        PtpPairs = p.PtpPairs.Select(x => (PtpPairDocument?)new PtpPairDocument { Column1 = x.Column1, Column2 = x.Column2, ModifierAllowed = x.ModifierAllowed }).ToList(),
        DistinctModifiers = p.DistinctModifiers.ToList()!,
        KxThresholds = new SortedDictionary<string, decimal>(p.KxThresholds.ToDictionary(), StringComparer.Ordinal).ToDictionary(),
        ReviewThreshold = p.ReviewThreshold,
        AssistantModifiers = p.AssistantModifiers,
        AssistantRate = p.AssistantRate,
        OneOnOneCodes = p.OneOnOneCodes.ToList()!,
        DailyUnitLimits = p.DailyUnitLimits.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(),
        CodeReplacements = p.CodeReplacements.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => (string?)kv.Value),
        NotPayable = p.NotPayable.ToList()!,
        Rates = p.Rates.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(),
        Notes = p.Notes,
    };

    private static string Label(string position, string? payerId) =>
        (position, payerId) switch
        {
            ("", null) => "",
            ("", _) => $"'{payerId}'",
            (_, null) => position,
            _ => $"{position} ('{payerId}')",
        };

    private static string? PayerIdOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && TryGetProperty(element, "payerId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()?.Trim().ToLowerInvariant() : null;

    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) { value = property.Value; return true; }
        value = default;
        return false;
    }

    private static string Expected(string path)
    {
        var field = path.Split('.', '[')[0];
        return field.ToLowerInvariant() switch
        {
            "kxthresholds" or "reviewthreshold" or "assistantrate" or "rates" => "expected a number",
            "dailyunitlimits" => "expected a whole number of units",
            "requiresdisciplinemodifier" or "assistantmodifiers" => "expected true or false",
            "ptppairs" => "expected [{\"column1\": \"97150\", \"column2\": \"97110\", \"modifierAllowed\": true}]",
            "codereplacements" => "expected {\"97014\": \"G0283\"}",
            "timedcodes" or "untimedcodes" or "quantitycodes" or "distinctmodifiers" or "oneonone" or "oneononecodes" or "notpayable" => "expected an array of strings",
            _ => "expected a string",
        };
    }

    private static readonly HashSet<string> KnownFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "payerId", "name", "unitMethod", "timedCodes", "untimedCodes", "quantityCodes", "requiresDisciplineModifier", "ptpPairs", "distinctModifiers",
        "kxThresholds", "reviewThreshold", "assistantModifiers", "assistantRate", "oneOnOneCodes", "dailyUnitLimits",
        "codeReplacements", "notPayable", "rates", "notes",
    };

    private static readonly HashSet<string> KnownPairFields = new(StringComparer.OrdinalIgnoreCase) { "column1", "column2", "modifierAllowed" };

    /// <summary>A quantityCodes prefix entry: 1-4 letters or digits and a closing '*' ("L*", "A45*").</summary>
    [GeneratedRegex("^[A-Za-z0-9]{1,4}\\*$")]
    private static partial Regex CodePrefixPattern();

    [GeneratedRegex("^[A-Za-z0-9]{2}$")]
    private static partial Regex ModifierPattern();

    /// <summary>A payer id: letters, digits, '.', '_' and '-', up to 64 characters (also a valid Table Storage key).</summary>
    public static bool IsValidPayerId(string? payerId) => payerId is not null && PayerIdPattern().IsMatch(payerId);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex PayerIdPattern();
}

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
    public string? Notes { get; set; }
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
