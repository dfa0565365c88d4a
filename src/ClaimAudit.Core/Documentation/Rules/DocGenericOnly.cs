using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>
/// DOC_GENERIC_ONLY: the note uses generic phrases ("balance training", "tolerated well")
/// and nothing the code's profile counts as specific (no technique, deficit or measure of its lists).
/// </summary>
internal sealed class DocGenericOnly(Vocabulary vocabulary) : IDescribedRule, ICodeWording
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DocGenericOnly, Severity.Warning, "Note in generic phrases only",
        ContractSection: 5, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.MedicalNecessity,
        MessageTemplate: "{service}: the note describes the service only in generic phrases ({phrases}); a reviewer reads it as a routine service that did not need a therapist's skill.",
        // The advice is the code's generic-only check's own wording in the vocabulary.
        FixTemplate: "{advice}");

    public IEnumerable<(string Code, IReadOnlyList<FindingArg> Args)> CodeWording()
    {
        foreach (var (code, profile) in vocabulary.Profiles)
            if (profile.GenericOnly is { } check)
                yield return (code.ToUpperInvariant(), [new("service", DocumentedLines.ServiceName(code.ToUpperInvariant(), vocabulary)), new("advice", check.Fix)]);
    }

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var note = visit.Visit.Note;
        foreach (var (line, profile) in DocumentedLines.Of(visit, vocabulary))
        {
            if (profile.GenericOnly is not { } check) continue;
            var generic = note.GenericPhrases;
            if (generic.Count == 0) continue;
            if (profile.Elements().Any(e => note.HasAny(e.Element.Lists))) continue;
            output.Add(Descriptor.FindingOn(line, line.BilledValue, args:
            [
                new("service", DocumentedLines.ServiceName(line.Code, vocabulary)), new("phrases", DocumentedLines.Quoted(generic)), new("advice", check.Fix),
            ]));
        }
    }
}
