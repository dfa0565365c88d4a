using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>DOC_ONE_ON_ONE_MISSING: a code the payer profile lists as one-on-one whose note does not say so ("1:1", "one-on-one").</summary>
internal sealed class DocOneOnOneMissing : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DocOneOnOneMissing, Severity.Warning, "Note does not say one-on-one",
        ContractSection: 5, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.Documentation,
        MessageTemplate: "{code}: the payer pays this code only for one-on-one (constant attendance) service, and the note does not state the service was one-on-one.",
        FixTemplate: "Add \"Services provided one-on-one, {minutes} minutes of direct patient contact.\"");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        var note = visit.Visit.Note;
        if (!note.HasText) return;
        foreach (var line in visit.Lines)
        {
            if (!visit.Profile.OneOnOneCodes.Contains(line.Code, StringComparer.OrdinalIgnoreCase) || note.OneOnOneStatedFor(line.Code)) continue;
            // Its fix quotes the line's minutes, which a claim file's line (an 837P) does not carry.
            if (line.MinutesUnknown) continue;
            output.Add(Descriptor.FindingOn(line, line.BilledValue, args: [new("minutes", line.Minutes)]));
        }
    }
}
