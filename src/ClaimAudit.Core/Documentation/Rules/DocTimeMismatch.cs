using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>
/// DOC_TIME_MISMATCH: the note states minutes for a billed code that differ from the line's
/// minutes — per discipline, and in a visit with one timed code, minutes stated without a code are
/// its minutes (<see cref="DocumentedLines.MinutesOf"/>).
/// </summary>
internal sealed class DocTimeMismatch(Vocabulary vocabulary) : IDescribedRule, ICodeWording
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DocTimeMismatch, Severity.Warning, "Note's minutes differ from the claim's",
        ContractSection: 5, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.Units,
        MessageTemplate: "{service}: the note states {noteMinutes} min but the line bills {minutes} min; the payer pays what the note supports.",
        FixTemplate: "Make the note and the claim agree: correct the line to {noteMinutes} min, or the note to \"{service}: {minutes} min\".");

    public IEnumerable<(string Code, IReadOnlyList<FindingArg> Args)> CodeWording() => DocumentedLines.ServiceWording(vocabulary);

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var note = visit.Visit.Note;
        if (!note.HasText) return;
        foreach (var line in visit.Lines)
        {
            // An untimed line may leave its minutes blank (section 2): there is nothing to compare.
            if (!line.Timed && line.Minutes == 0) continue;
            // A claim file's line (an 837P) carries no minutes: there is nothing to compare the note with.
            if (line.MinutesUnknown) continue;
            if (DocumentedLines.MinutesOf(visit, line) is not { Agrees: false } minutes) continue;
            output.Add(Descriptor.FindingOn(line, line.BilledValue, args:
            [
                new("service", DocumentedLines.ServiceName(line.Code, vocabulary)), new("noteMinutes", minutes.Stated), new("minutes", line.Minutes),
            ]));
        }
    }
}
