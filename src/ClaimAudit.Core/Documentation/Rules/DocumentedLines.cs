using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>Shared pieces of the DOC_* rules.</summary>
internal static class DocumentedLines
{
    /// <summary>The visit's lines whose code has a documentation profile, when the visit has a note to review.</summary>
    public static IEnumerable<(CodeLine Line, DocumentationProfile Profile)> Of(VisitEvaluation visit, Vocabulary vocabulary)
    {
        if (!visit.Visit.Note.HasText) yield break;
        foreach (var line in visit.Lines)
            if (vocabulary.Profiles.TryGetValue(line.Code, out var profile))
                yield return (line, profile);
    }

    public static string ServiceName(string code, Vocabulary vocabulary) =>
        vocabulary.Profiles.TryGetValue(code, out var p) && p.Name.Length > 0 ? $"{code} ({p.Name})" : code;

    public static Severity SeverityOf(ProfileElement element, Severity ruleSeverity) => element.Severity switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => ruleSeverity,
    };

    public static string Quoted(IEnumerable<string> terms) => string.Join(", ", terms.Select(t => $"\"{t}\""));

    /// <summary>Adds a finding for a missing profile element (technique, deficit or measure).</summary>
    public static void CheckElement(VisitEvaluation visit, ICollection<Finding> findings, Vocabulary vocabulary,
        string ruleId, Severity ruleSeverity, Func<DocumentationProfile, ProfileElement?> element)
    {
        foreach (var (line, profile) in Of(visit, vocabulary))
        {
            if (element(profile) is not { } e) continue;
            var note = visit.Visit.Note;
            if (note.HasAny(e.Lists)) continue;
            var negated = e.Lists.SelectMany(note.Negated).Distinct().ToList();
            var message = $"{ServiceName(line.Code, vocabulary)}: the note does not document {e.Missing}"
                + (negated.Count > 0 ? $"; it mentions {Quoted(negated)} only as not done" : "")
                + ".";
            findings.Add(new Finding(ruleId, SeverityOf(e, ruleSeverity), line.Code, message, e.Fix, line.BilledValue));
        }
    }
}
