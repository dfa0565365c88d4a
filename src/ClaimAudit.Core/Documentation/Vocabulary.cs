using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimAudit.Core.Documentation;

/// <summary>
/// The words the documentation review looks for, as data (Documentation/Vocabulary/*.json): named
/// term lists (techniques, deficits, measures, generic phrases, one-on-one statements), the
/// documentation profile of each code (which lists satisfy which check, and the fix to suggest),
/// the names clinicians give codes when they state minutes, negation cues, impairment cues and the
/// cues that tell a note's minutes from session time. A clinic extends the
/// shipped vocabulary with <see cref="Load"/> + <see cref="With"/>: lists and code names are unioned,
/// profiles are replaced by code.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>The list whose phrases describe a service only generically ("tolerated well").</summary>
    public const string GenericList = "generic";
    /// <summary>The list whose phrases state the service was one-on-one ("1:1").</summary>
    public const string OneOnOneList = "one-on-one";
    /// <summary>The list whose phrases say the service was not one-on-one ("concurrent", "semi-private", "while PT treated another pt").</summary>
    public const string NotOneOnOneList = "not-one-on-one";
    /// <summary>The list whose phrases mark a correction or addendum ("entered in error", "late entry"): a code's minutes stated again there restate or correct, not add.</summary>
    public const string CorrectionList = "correction";
    /// <summary>The list whose phrases report life outside the session ("reports", "at home"): a one-on-one phrase beside one is not the session's.</summary>
    public const string ReportedList = "reported";
    /// <summary>The list of assistance levels ("min A", "CGA"); several printed side by side in cells are a template's scale.</summary>
    public const string AssistanceList = "assistance-levels";
    /// <summary>
    /// The list of household and daily-life tasks ("made her bed", "medication management"): a 97530's task only where it opens
    /// the line right under the code's own line, as what was done in that code's time (said anywhere else, it is as often
    /// what the patient does at home, a report or a goal).
    /// </summary>
    public const string DailyLifeList = "daily-life-tasks";

    /// <summary>Term lists by name; each term is a canonical name with the phrases that mean it.</summary>
    public Dictionary<string, TermList> Lists { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Documentation profiles by CPT code.</summary>
    public Dictionary<string, DocumentationProfile> Profiles { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>What clinicians call a code when they state its minutes ("NMR 20 min"), by CPT code.</summary>
    public Dictionary<string, List<string>> CodeNames { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public NegationCues Negation { get; set; } = new();
    /// <summary>Words that make a named system or function a deficit ("impaired coordination", "balance deficits").</summary>
    public ImpairmentCues Impairment { get; set; } = new();
    /// <summary>Words around stated minutes: visit totals, time labels, and minutes that are not session time.</summary>
    public MinuteCues Minutes { get; set; } = new();

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
                UnionTerms(target.Terms, list.Terms);
                UnionTerms(target.Impaired, list.Impaired);
                UnionTerms(target.NamedBy, list.NamedBy);
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
            Union(merged.Impairment.Before, source.Impairment.Before);
            Union(merged.Impairment.After, source.Impairment.After);
            Union(merged.Minutes.Total, source.Minutes.Total);
            Union(merged.Minutes.Label, source.Minutes.Label);
            Union(merged.Minutes.NotSessionBefore, source.Minutes.NotSessionBefore);
            Union(merged.Minutes.NotSessionAfter, source.Minutes.NotSessionAfter);
            Union(merged.Minutes.NotSessionContext, source.Minutes.NotSessionContext);
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

    private static void UnionTerms(Dictionary<string, List<string>> into, Dictionary<string, List<string>> from)
    {
        foreach (var (term, phrases) in from)
        {
            if (!into.TryGetValue(term, out var all)) into[term] = all = [];
            Union(all, phrases);
        }
    }

    // JSON dictionaries come back with the default (case-sensitive) comparer; re-key them.
    private static Vocabulary Normalized(Vocabulary v) => new()
    {
        Lists = new Dictionary<string, TermList>(v.Lists ?? [], StringComparer.Ordinal),
        Profiles = new Dictionary<string, DocumentationProfile>(v.Profiles ?? [], StringComparer.OrdinalIgnoreCase),
        CodeNames = new Dictionary<string, List<string>>(v.CodeNames ?? [], StringComparer.OrdinalIgnoreCase),
        Negation = v.Negation ?? new NegationCues(),
        Impairment = v.Impairment ?? new ImpairmentCues(),
        Minutes = v.Minutes ?? new MinuteCues(),
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
    /// <summary>
    /// Canonical term → phrases naming a body system, function or strategy ("coordination", "sitting
    /// balance", "ankle strategy"). Such a phrase means the term only when an impairment cue
    /// (<see cref="Vocabulary.Impairment"/>) stands next to it: "impaired reciprocal coordination",
    /// "delayed ankle strategy", "balance deficits" — not "improved coordination". Terms named here
    /// and in <see cref="Terms"/> are one term.
    /// </summary>
    public Dictionary<string, List<string>> Impaired { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Canonical term → head words of the names that mean it: a proper name written in capitals and
    /// ending in one of these words ("Square-Stepping Exercise", "Dynamic Neuromuscular Stabilization",
    /// "Postural Restoration") means the term, so a named method counts without every name being listed.
    /// The name must be two capitalised words or more (three at the start of a sentence, where a heading
    /// is capitalised anyway), and no part of a code's name or of a generic phrase ("Therapeutic Exercise").
    /// </summary>
    public Dictionary<string, List<string>> NamedBy { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The canonical terms of the list, from <see cref="Terms"/>, <see cref="Impaired"/> and <see cref="NamedBy"/>.</summary>
    internal IEnumerable<string> AllTerms => Terms.Keys.Union(Impaired.Keys, StringComparer.Ordinal).Union(NamedBy.Keys, StringComparer.Ordinal);
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

/// <summary>
/// What turns a named system or function (<see cref="TermList.Impaired"/>) into a deficit:
/// <see cref="Before"/> cues stand shortly before it in the same clause ("impaired", "decreased",
/// "delayed", "difficulty with"), <see cref="After"/> cues right after it ("deficits", "dysfunction",
/// "dependence", "related").
/// </summary>
public sealed class ImpairmentCues
{
    public List<string> Before { get; set; } = [];
    public List<string> After { get; set; } = [];
}

/// <summary>
/// Words around stated minutes. <see cref="Total"/> words make minutes the visit's total ("40 min
/// total", "total treatment time 40 min"), never one code's. <see cref="Label"/> words mark the time
/// line of a code's section ("Time: 14 min"). Minutes read loosely (a code's section, or a note's
/// minutes stated without a code) are not a service's session time — or only a part of it — when a
/// <see cref="NotSessionBefore"/> cue stands just before them ("every 2 min", "after 10 min", "able
/// to stand 5 min"), a <see cref="NotSessionAfter"/> cue just after ("30 min daily", "1 min rest",
/// "5 min warm-up"), or a <see cref="NotSessionContext"/> word earlier in their sentence ("HEP",
/// "Goal:", "Pt reports").
/// </summary>
public sealed class MinuteCues
{
    public List<string> Total { get; set; } = [];
    public List<string> Label { get; set; } = [];
    public List<string> NotSessionBefore { get; set; } = [];
    public List<string> NotSessionAfter { get; set; } = [];
    public List<string> NotSessionContext { get; set; } = [];
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(Vocabulary))]
internal sealed partial class VocabularyJsonContext : JsonSerializerContext;
