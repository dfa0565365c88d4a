using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>
/// DOC_GENERIC_ONLY: the note names nothing the code's profile counts as specific (no technique,
/// deficit or measure of its lists). Its generic phrases ("balance training", "tolerated well") are
/// quoted when the vocabulary knows them; a note in words it does not know ("Same ex's as last. Did
/// fine.") is generic all the same: whatever it says about the service, none of it is specific.
/// </summary>
internal sealed class DocGenericOnly(Vocabulary vocabulary) : IDescribedRule, ICodeWording
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DocGenericOnly, Severity.Warning, "Note in generic phrases only",
        ContractSection: 5, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.MedicalNecessity,
        MessageTemplate: "{service}: the note describes the service only in generic phrases ({phrases}); a reviewer reads it as a routine service that did not need a therapist's skill.",
        // The advice is the code's generic-only check's own wording in the vocabulary.
        FixTemplate: "{advice}");

    /// <summary>The message's phrases when the note's words are on no list at all.</summary>
    internal const string NothingSpecific = "none of its words names a technique, deficit or measure";

    private bool SpecificForAnotherLine(VisitEvaluation visit, CodeLine line, NoteFeatures note)
    {
        foreach (var other in visit.Lines)
        {
            if (other.Code == line.Code || !vocabulary.Profiles.TryGetValue(other.Code, out var profile)) continue;
            foreach (var (_, element) in profile.Elements())
                if (note.HasAny(element.Lists)) return true;
        }
        return false;
    }

    public IEnumerable<(string Code, IReadOnlyList<FindingArg> Args)> CodeWording()
    {
        foreach (var (code, profile) in vocabulary.Profiles)
            if (profile.GenericOnly is { } check)
                yield return (code.ToUpperInvariant(), [new("service", DocumentedLines.ServiceName(code.ToUpperInvariant(), vocabulary)), new("advice", check.Fix)]);
    }

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var note = visit.Visit.Note;
        if (!note.HasText) return;
        // The lines of DocumentedLines.Of() and the elements of Elements(), walked without their iterators: this
        // runs for every line of every visit.
        foreach (var line in visit.Lines)
        {
            if (!vocabulary.Profiles.TryGetValue(line.Code, out var profile) || profile.GenericOnly is not { } check) continue;
            // Every outside reviewer of the held-out sets (62 code lines in 14 sets) judged a note that
            // fails the technique, deficit and measure checks together as generic only, whether or
            // not its words were on the generic list, and never one that passes any of them.
            var checks = 0;
            var specific = Met(profile.Technique, note, ref checks) || Met(profile.Deficit, note, ref checks) || Met(profile.Measure, note, ref checks);
            if (specific || checks == 0) continue;
            var generic = note.GenericPhrases;
            // A note specific about the visit's other code says nothing of this one ("97110: bridges 3x10 for
            // hip strength. 97112 10 min."): the missing elements say so; generic only needs generic words then.
            if (generic.Count == 0 && SpecificForAnotherLine(visit, line, note)) continue;
            var phrases = generic.Count > 0 ? DocumentedLines.Quoted(generic) : NothingSpecific;
            output.Add(Descriptor.FindingOn(line, line.BilledValue, args:
            [
                new("service", DocumentedLines.ServiceName(line.Code, vocabulary)), new("phrases", phrases), new("advice", check.Fix),
            ]));
        }
    }

    private static bool Met(ProfileElement? element, NoteFeatures note, ref int checks)
    {
        if (element is null) return false;
        checks++;
        return note.HasAny(element.Lists);
    }
}
