using System.Text;
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
        // The finding's two lists in one walk of the lines (a warning on many multi-code visits): the timed
        // lines without minutes, and every timed line with its minutes as the fix's example.
        var names = new StringBuilder();
        var example = new StringBuilder();
        var amount = 0m;
        foreach (var l in visit.Lines)
        {
            if (!l.Timed) continue;
            var name = DocumentedLines.ServiceName(l.Code, vocabulary);
            example.Append(example.Length > 0 ? "; " : "").Append(name).Append(": ").Append(l.Minutes).Append(" min");
            if (DocumentedLines.HasMinutesFor(visit, l)) continue;
            names.Append(names.Length > 0 ? ", " : "").Append(name);
            amount += l.BilledValue;
        }
        output.Add(Descriptor.Finding(null, amount, args:
            [new("timedCodes", timedCount), new("services", names.ToString()), new("example", example.ToString())]));
    }
}
