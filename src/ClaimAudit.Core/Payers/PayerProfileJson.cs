using System.Text;
using System.Text.Json;
using ClaimAudit.Core.Episodes;
using ClaimAudit.Core.Units;

namespace ClaimAudit.Core.Payers;

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
            else if (string.Equals(property.Name, "denialCategories", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var entry in property.Value.EnumerateArray())
                {
                    if (entry.ValueKind == JsonValueKind.Object)
                        errors.AddRange(entry.EnumerateObject().Where(p => !KnownDenialCategoryFields.Contains(p.Name)).Select(p => $"denialCategories[{i}]: unknown field '{p.Name}' (an entry has group, reason, remark and category)"));
                    i++;
                }
            }
            else if (string.Equals(property.Name, "certification", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Object)
            {
                errors.AddRange(property.Value.EnumerateObject().Where(p => !KnownCertificationFields.Contains(p.Name)).Select(p => $"certification: unknown field '{p.Name}'"));
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

        var denialCategories = ReadDenialCategories(document.DenialCategories, errors);

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
            Episodes = ReadEpisodes(document),
            DenialCategories = denialCategories,
            Notes = document.Notes,
        };
        errors.AddRange(Validate(raw));
        return errors.Count > 0 ? (null, errors) : (raw.Normalize(), errors);
    }

    // Section 10. A profile that says nothing has every episode rule off; a certification object that
    // leaves out its days takes Medicare's 30 and 90 (CertificationPolicy's defaults).
    private static EpisodePolicy ReadEpisodes(PayerProfileDocument document)
    {
        var defaults = CertificationPolicy.NotRequired;
        var certification = document.Certification is { } c
            ? new CertificationPolicy(c.Required ?? false, c.WithinDays ?? defaults.WithinDays, c.MaxPlanDays ?? defaults.MaxPlanDays)
            : defaults;
        return new EpisodePolicy
        {
            Certification = certification,
            ProgressReportEveryTreatmentDays = document.ProgressReportEveryTreatmentDays,
            RequiresAuthorization = document.RequiresAuthorization ?? false,
            YearlyVisitLimit = document.YearlyVisitLimit,
        };
    }

    // Section 11. A category is read by its JSON name here (the typed entry cannot hold an unknown one); codes,
    // groups and the entry count are checked by Validate, so that a profile built in code is checked the same way.
    private static List<Remittances.DenialCategoryEntry> ReadDenialCategories(List<Remittances.DenialCategoryJson?>? entries, List<string> errors)
    {
        var read = new List<Remittances.DenialCategoryEntry>();
        if (entries is null) return read;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not { } e) { errors.Add($"denialCategories[{i}] must be an object like {DenialCategoryExample}"); continue; }
            var category = Remittances.DenialCategories.Parse(e.Category);
            if (category is null)
            {
                errors.Add(e.Category is null
                    ? $"denialCategories[{i}].category is required (one of: {string.Join(", ", Remittances.DenialCategories.AllNames)})"
                    : $"denialCategories[{i}].category '{e.Category}' is not a category; use one of: {string.Join(", ", Remittances.DenialCategories.AllNames)}");
                continue;
            }
            read.Add(new Remittances.DenialCategoryEntry(CodeOrNull(e.Group), CodeOrNull(e.Reason), CodeOrNull(e.Remark), category.Value));
        }
        return read;
    }

    // Codes are compared as X12 writes them (upper case); a blank code means "any", as null does.
    private static string? CodeOrNull(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    private const string DenialCategoryExample = "{\"group\": \"CO\", \"reason\": \"50\", \"remark\": null, \"category\": \"necessity\"}";

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
        // Written even when off, so that GET /api/payers/{id} and `payers show` say which episode rules apply.
        Certification = new CertificationDocument
        {
            Required = p.Episodes.Certification.Required,
            WithinDays = p.Episodes.Certification.WithinDays,
            MaxPlanDays = p.Episodes.Certification.MaxPlanDays,
        },
        ProgressReportEveryTreatmentDays = p.Episodes.ProgressReportEveryTreatmentDays,
        RequiresAuthorization = p.Episodes.RequiresAuthorization,
        YearlyVisitLimit = p.Episodes.YearlyVisitLimit,
        // Only the payer's own entries: the shipped ones are data of the release, not of the profile.
        DenialCategories = p.DenialCategories.Count == 0 ? null
            : p.DenialCategories.Select(e => (Remittances.DenialCategoryJson?)new Remittances.DenialCategoryJson
            {
                Group = e.Group, Reason = e.Reason, Remark = e.Remark, Category = Remittances.DenialCategories.NameOf(e.Category),
            }).ToList(),
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
        switch (path.ToLowerInvariant())
        {
            case "certification": return "expected {\"required\": true, \"withinDays\": 30, \"maxPlanDays\": 90}";
            case "certification.required": return "expected true or false";
            case "certification.withindays" or "certification.maxplandays": return "expected a whole number";
        }
        var field = path.Split('.', '[')[0];
        return field.ToLowerInvariant() switch
        {
            "progressreporteverytreatmentdays" or "yearlyvisitlimit" => "expected a whole number",
            "requiresauthorization" => "expected true or false",
            "kxthresholds" or "reviewthreshold" or "assistantrate" or "rates" => "expected a number",
            "dailyunitlimits" => "expected a whole number of units",
            "requiresdisciplinemodifier" or "assistantmodifiers" => "expected true or false",
            "ptppairs" => "expected [{\"column1\": \"97150\", \"column2\": \"97110\", \"modifierAllowed\": true}]",
            "denialcategories" => $"expected [{DenialCategoryExample}]",
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
        "certification", "progressReportEveryTreatmentDays", "requiresAuthorization", "yearlyVisitLimit",
        "denialCategories",
    };

    private static readonly HashSet<string> KnownDenialCategoryFields = new(StringComparer.OrdinalIgnoreCase) { "group", "reason", "remark", "category" };

    private static readonly HashSet<string> KnownCertificationFields = new(StringComparer.OrdinalIgnoreCase) { "required", "withinDays", "maxPlanDays" };

    private static readonly HashSet<string> KnownPairFields = new(StringComparer.OrdinalIgnoreCase) { "column1", "column2", "modifierAllowed" };
}
