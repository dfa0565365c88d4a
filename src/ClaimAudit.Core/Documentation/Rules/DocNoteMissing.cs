using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>
/// DOC_NOTE_MISSING: the batch carries notes, the line's code has a documentation profile,
/// and the visit's note is empty — a claim with nothing behind it. A batch with no note column at
/// all is not reviewed (the summary says so once) rather than flagged visit by visit.
/// </summary>
internal sealed class DocNoteMissing(Vocabulary vocabulary) : IDescribedRule, ICodeWording
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DocNoteMissing, Severity.Error, "No session note",
        ContractSection: 5, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.Documentation,
        MessageTemplate: "{service}: the visit has no session note; a payer reviewer who requests the record finds nothing that supports the service.",
        FixTemplate: "Attach the signed session note for the visit: what was done for {code}, the deficit it addressed, a measure with a number, and the minutes.");

    public IEnumerable<(string Code, IReadOnlyList<FindingArg> Args)> CodeWording() => DocumentedLines.ServiceWording(vocabulary);

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        if (!visit.Batch.DocumentationReviewed || visit.Visit.Note.HasText || visit.Visit.NoteUnknown) return;
        foreach (var line in visit.Lines)
        {
            if (!vocabulary.Profiles.ContainsKey(line.Code) || line.ClaimUnits() == 0) continue;
            output.Add(Descriptor.FindingOn(line, line.BilledValue, args: [new("service", DocumentedLines.ServiceName(line.Code, vocabulary))]));
        }
    }
}
