using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// The words the documentation review looks for, as data (Documentation/Vocabulary/*.json): named
/// term lists (techniques, deficits, measures, generic phrases, one-on-one statements), the
/// documentation profile of each code (which lists satisfy which check, and the fix to suggest),
/// the names clinicians give codes when they state minutes, and negation cues. A clinic extends the
/// shipped vocabulary with <see cref="Load"/> + <see cref="With"/>: lists and code names are unioned,
/// profiles are replaced by code.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>The list whose phrases describe a service only generically ("tolerated well").</summary>
    public const string GenericList = "generic";
    /// <summary>The list whose phrases state the service was one-on-one ("1:1").</summary>
    public const string OneOnOneList = "one-on-one";

    /// <summary>Term lists by name; each term is a canonical name with the phrases that mean it.</summary>
    public Dictionary<string, TermList> Lists { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Documentation profiles by CPT code.</summary>
    public Dictionary<string, DocumentationProfile> Profiles { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>What clinicians call a code when they state its minutes ("NMR 20 min"), by CPT code.</summary>
    public Dictionary<string, List<string>> CodeNames { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public NegationCues Negation { get; set; } = new();

    private static readonly Lazy<Vocabulary> ShippedVocabulary = new(LoadShipped);

    /// <summary>The vocabulary embedded in ClaimAudit.Core (all ClaimAudit.Vocabulary.*.json resources merged).</summary>
    public static Vocabulary Shipped => ShippedVocabulary.Value;

    /// <summary>Reads one vocabulary file (the same shape as the shipped ones; every section optional).</summary>
    /// <exception cref="InvalidDataException">The stream is not a vocabulary document.</exception>
    public static Vocabulary Load(Stream json)
    {
        Vocabulary? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(json, VocabularyJsonContext.Default.Vocabulary);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"vocabulary: not a valid vocabulary document ({e.Message})", e);
        }
        if (parsed is null) throw new InvalidDataException("vocabulary: the document is empty (null)");
        return Normalized(parsed);
    }

    /// <summary>A new vocabulary: these lists and code names plus <paramref name="extension"/>'s, its profiles replacing these by code.</summary>
    public Vocabulary With(Vocabulary extension)
    {
        var merged = new Vocabulary();
        foreach (var source in new[] { this, extension })
        {
            foreach (var (name, list) in source.Lists)
            {
                if (!merged.Lists.TryGetValue(name, out var target))
                    merged.Lists[name] = target = new TermList { Description = list.Description, NeedsNumber = list.NeedsNumber };
                if (list.NeedsNumber is not null) target.NeedsNumber = list.NeedsNumber;
                if (list.Description is not null) target.Description = list.Description;
                foreach (var (term, phrases) in list.Terms)
                {
                    if (!target.Terms.TryGetValue(term, out var all)) target.Terms[term] = all = [];
                    all.AddRange(phrases.Where(p => !all.Contains(p, StringComparer.OrdinalIgnoreCase)));
                }
            }
            foreach (var (code, profile) in source.Profiles) merged.Profiles[code] = profile;
            foreach (var (code, names) in source.CodeNames)
            {
                if (!merged.CodeNames.TryGetValue(code, out var all)) merged.CodeNames[code] = all = [];
                all.AddRange(names.Where(n => !all.Contains(n, StringComparer.OrdinalIgnoreCase)));
            }
            Union(merged.Negation.Before, source.Negation.Before);
            Union(merged.Negation.After, source.Negation.After);
            Union(merged.Negation.Pseudo, source.Negation.Pseudo);
            Union(merged.Negation.ScopeEnd, source.Negation.ScopeEnd);
        }
        return merged;
    }

    /// <summary>Checks that every profile refers to lists that exist; returns the problems found.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        foreach (var (code, profile) in Profiles.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var (check, element) in profile.Elements())
            {
                if (element.Lists.Count == 0) problems.Add($"profile {code}: {check} names no term list");
                foreach (var list in element.Lists.Where(l => !Lists.ContainsKey(l)))
                    problems.Add($"profile {code}: {check} refers to unknown list '{list}'");
                if (element.Severity is not null && element.Severity is not ("error" or "warning" or "info"))
                    problems.Add($"profile {code}: {check} severity must be error, warning or info");
            }
        }
        return problems;
    }

    private static void Union(List<string> into, List<string> from) =>
        into.AddRange(from.Where(p => !into.Contains(p, StringComparer.OrdinalIgnoreCase)));

    // JSON dictionaries come back with the default (case-sensitive) comparer; re-key them.
    private static Vocabulary Normalized(Vocabulary v) => new()
    {
        Lists = new Dictionary<string, TermList>(v.Lists ?? [], StringComparer.Ordinal),
        Profiles = new Dictionary<string, DocumentationProfile>(v.Profiles ?? [], StringComparer.OrdinalIgnoreCase),
        CodeNames = new Dictionary<string, List<string>>(v.CodeNames ?? [], StringComparer.OrdinalIgnoreCase),
        Negation = v.Negation ?? new NegationCues(),
    };

    private static Vocabulary LoadShipped()
    {
        var assembly = typeof(Vocabulary).Assembly;
        var result = new Vocabulary();
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith("ClaimAudit.Vocabulary.", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"embedded vocabulary {name} is missing");
            result = result.With(Load(stream));
        }
        var problems = result.Validate();
        if (problems.Count > 0) throw new InvalidOperationException("shipped vocabulary is invalid: " + string.Join("; ", problems));
        return result;
    }
}

/// <summary>A named list of terms. Each term: canonical name → the phrases that mean it (case-insensitive, whole words).</summary>
public sealed class TermList
{
    public string? Description { get; set; }
    /// <summary>A term of this list counts only with a number near it ("TUG 14.2 s", not "tug").</summary>
    public bool? NeedsNumber { get; set; }
    /// <summary>
    /// Canonical term → phrases. In a phrase, <c>#</c> stands for any number ("# reps" matches
    /// "10 reps", "4/10 perturbations") and <c>x#</c> for a count written x10.
    /// </summary>
    public Dictionary<string, List<string>> Terms { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>What a payer reviewer expects a note to show for one code, and which lists satisfy each check.</summary>
public sealed class DocumentationProfile
{
    /// <summary>The service's name in messages, e.g. "neuromuscular re-education".</summary>
    public string Name { get; set; } = "";
    /// <summary>DOC_TECHNIQUE_MISSING: the technique / exercise / task / device performed.</summary>
    public ProfileElement? Technique { get; set; }
    /// <summary>DOC_DEFICIT_MISSING: the deficit, system, body region or goal targeted.</summary>
    public ProfileElement? Deficit { get; set; }
    /// <summary>DOC_MEASURE_MISSING: an objective measure or parameter with a number.</summary>
    public ProfileElement? Measure { get; set; }
    /// <summary>DOC_GENERIC_ONLY: when present, a note with generic phrases and nothing this profile counts as specific is flagged.</summary>
    public GenericOnlyCheck? GenericOnly { get; set; }

    internal IEnumerable<(string Check, ProfileElement Element)> Elements()
    {
        if (Technique is not null) yield return ("technique", Technique);
        if (Deficit is not null) yield return ("deficit", Deficit);
        if (Measure is not null) yield return ("measure", Measure);
    }
}

public sealed class ProfileElement
{
    /// <summary>Term lists any of whose terms satisfies the check.</summary>
    public List<string> Lists { get; set; } = [];
    /// <summary>What is missing, for the message, e.g. "a named neuromuscular technique".</summary>
    public string Missing { get; set; } = "";
    /// <summary>The phrase a passing note would add.</summary>
    public string Fix { get; set; } = "";
    /// <summary>error | warning | info; null = the rule's severity of PRODUCT.md section 5.</summary>
    public string? Severity { get; set; }
}

public sealed class GenericOnlyCheck
{
    public string Fix { get; set; } = "";
}

/// <summary>
/// Negation a reviewer would catch. <see cref="Before"/> cues negate a term that follows them in
/// the same clause ("no PNF today", "declined perturbation training"); <see cref="After"/> cues a
/// term they follow ("BAPS not tolerated"). <see cref="Pseudo"/> phrases look negative but negate
/// nothing ("no loss of balance"); <see cref="ScopeEnd"/> words end a cue's reach ("no LOB during
/// perturbation training").
/// </summary>
public sealed class NegationCues
{
    public List<string> Before { get; set; } = [];
    public List<string> After { get; set; } = [];
    public List<string> Pseudo { get; set; } = [];
    public List<string> ScopeEnd { get; set; } = [];
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(Vocabulary))]
internal sealed partial class VocabularyJsonContext : JsonSerializerContext;
