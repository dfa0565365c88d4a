using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>
/// DOC_SEPARATE_TIME_MISSING (visit level): two or more timed codes are billed and the
/// note does not give the minutes of each, so a reviewer cannot check how the units were split.
/// Minutes stated without a code never count here: with two timed codes they may be a total.
/// </summary>
internal sealed class DocSeparateTimeMissing(Vocabulary vocabulary) : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DocSeparateTimeMissing, Severity.Warning, "Note gives no minutes per code",
        ContractSection: 5, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.Documentation,
        MessageTemplate: "The visit bills {timedCodes} timed codes and the note gives no minutes for {services}; a reviewer cannot check the units of each code.",
        FixTemplate: "State the minutes of each timed code, e.g. \"{example}\".");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var note = visit.Visit.Note;
        if (!note.HasText) return;
        // Counted first, lists made only for a finding: most visits bill fewer than two timed codes or state each one's minutes.
        var timedCount = 0;
        var anyMissing = false;
        foreach (var l in visit.Lines)
        {
            if (!l.Timed) continue;
            timedCount++;
            if (!anyMissing && !DocumentedLines.HasMinutesFor(visit, l)) anyMissing = true;
        }
        if (timedCount < 2 || !anyMissing) return;
        var timed = visit.Lines.Where(l => l.Timed).ToList();
        var missing = timed.Where(l => !DocumentedLines.HasMinutesFor(visit, l)).ToList();
        var names = string.Join(", ", missing.Select(l => DocumentedLines.ServiceName(l.Code, vocabulary)));
        var example = string.Join("; ", timed.Select(l => $"{DocumentedLines.ServiceName(l.Code, vocabulary)}: {l.Minutes} min"));
        output.Add(Descriptor.Finding(null, missing.Sum(l => l.BilledValue), args:
            [new("timedCodes", timed.Count), new("services", names), new("example", example)]));
    }
}
