using System.Globalization;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>
/// DOC_CLONED_NOTE (visit level): the note is a near-copy of an earlier note of the same
/// patient (see <see cref="NoteClones"/> for which note of a pair is flagged).
/// </summary>
internal sealed class DocClonedNote : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DocClonedNote, Severity.Warning, "Note copied from an earlier visit",
        ContractSection: 5, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.MedicalNecessity,
        MessageTemplate: "The note is a near-copy ({similarity}% similar) of the note of visit {otherVisitId} on {otherDate} for the same patient; "
            + "payers read cloned notes as not showing this session's skilled care.",
        FixTemplate: "Write this visit's note from this session: what was done today, the patient's response and today's measures "
            + "(e.g. \"perturbation training on foam, 6/10 recovered vs 4/10 on the last visit\").");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        if (visit.Batch.CloneOf(visit.Visit) is not { } match) return;
        var date = match.OtherDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Rounded as the text always wrote it (a "0" format), then carried as the whole percentage it shows.
        var percent = int.Parse((match.Similarity * 100).ToString("0", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        output.Add(Descriptor.Finding(null, visit.Lines.Sum(l => l.BilledValue), args:
            [new("similarity", percent), new("otherVisitId", match.OtherVisitId), new("otherDate", date)]));
    }
}
