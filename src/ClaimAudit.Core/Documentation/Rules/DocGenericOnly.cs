using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>
/// DOC_GENERIC_ONLY (warning): the note uses generic phrases ("balance training", "tolerated well")
/// and nothing the code's profile counts as specific (no technique, deficit or measure of its lists).
/// </summary>
public sealed class DocGenericOnly(Vocabulary vocabulary) : IVisitRule
{
    public string RuleId => RuleIds.DocGenericOnly;

    public void Evaluate(VisitEvaluation visit, ICollection<Finding> findings)
    {
        var note = visit.Visit.Note;
        foreach (var (line, profile) in DocumentedLines.Of(visit, vocabulary))
        {
            if (profile.GenericOnly is not { } check) continue;
            var generic = note.GenericPhrases;
            if (generic.Count == 0) continue;
            if (profile.Elements().Any(e => note.HasAny(e.Element.Lists))) continue;
            var message = $"{DocumentedLines.ServiceName(line.Code, vocabulary)}: the note describes the service only in generic phrases "
                + $"({DocumentedLines.Quoted(generic)}); a reviewer reads it as a routine service that did not need a therapist's skill.";
            findings.Add(new Finding(RuleId, Severity.Warning, line.Code, message, check.Fix, line.BilledValue));
        }
    }
}
