using ClaimAudit.Core.Model;

using static ClaimAudit.Core.Rules.RuleSupport;

namespace ClaimAudit.Core.Rules;

/// <summary>ONE_ON_ONE_NOT_ATTESTED: a line of a code the payer pays only one-on-one (97112 by default) is not attested one-on-one.</summary>
internal sealed class OneOnOneNotAttested : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.OneOnOneNotAttested, Severity.Error, "One-on-one code not attested one-on-one",
        ContractSection: 4, FixedBy: FixedBy.Clinician, PredictedDenial: DenialCategory.Documentation,
        MessageTemplate: "{payer} pays {code} only for constant one-on-one attendance, and the {code} line is not attested one-on-one.",
        FixTemplate: "if the clinician was in constant one-on-one attendance, mark the {code} line one-on-one (one_on_one = Y); if not, do not bill that time as {code}");

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        foreach (var line in visit.Lines)
        {
            if (line.OneOnOneAttested || line.ClaimUnits() <= 0 || !visit.Profile.OneOnOneCodes.Contains(line.Code)) continue;
            // A claim file (an 837P) has no one-on-one attestation to read: silence there is not "not attested"
            // (an EMR export joined with --minutes brings its one_on_one column).
            if (line.MinutesUnknown && line.Sources.Any(s => s.OneOnOne is null)) continue;
            output.Add(Descriptor.FindingOn(line, Dollars(line.BilledValue), args: [new("payer", visit.Profile.DisplayName)]));
        }
    }
}
