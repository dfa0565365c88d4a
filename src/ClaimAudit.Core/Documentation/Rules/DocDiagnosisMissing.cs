using System.Text.RegularExpressions;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Rules;

namespace ClaimAudit.Core.Documentation.Rules;

/// <summary>
/// DOC_DIAGNOSIS_MISSING (visit level): no ICD-10-CM code, or one not well formed: a
/// letter, a digit, a letter or digit (every ICD-10-CM category has a digit second, which keeps
/// words like "stroke" out), then optionally a dot and up to four letters or digits
/// (I69.351, G20.A1, M54.50, R26.89, R262).
/// </summary>
internal sealed partial class DocDiagnosisMissing : IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DocDiagnosisMissing, Severity.Warning, "No valid ICD-10-CM diagnosis",
        ContractSection: 5, FixedBy: FixedBy.Billing, PredictedDenial: DenialCategory.Diagnosis,
        // The two cases (no diagnosis at all, or malformed codes) share no wording, so each finding carries its sentences.
        MessageTemplate: "{problem}", FixTemplate: "{correction}");

    private const string NoDiagnosis = "The visit has no ICD-10-CM diagnosis code; the payer cannot tie the services to a condition.";
    private const string AddDiagnosis = "Add the treating diagnosis, e.g. diagnosis_codes \"I69.351;R26.89\" (hemiplegia after stroke; other abnormalities of gait).";
    private const string CorrectDiagnosis = "Correct the code to its ICD-10-CM form, e.g. \"I69.351\", \"M54.50\" or \"R26.89\".";

    [GeneratedRegex(@"^[A-Za-z][0-9][0-9A-Za-z](\.?[0-9A-Za-z]{1,4})?$")]
    private static partial Regex Icd10Cm();

    public static bool IsWellFormed(string code) => Icd10Cm().IsMatch(code.Trim());

    public void Evaluate(VisitEvaluation visit, RuleOutput output)
    {
        // Looked over before anything is made: nearly every visit has its codes, well formed.
        var any = false;
        var allWellFormed = true;
        foreach (var c in visit.Visit.DiagnosisCodes)
        {
            if (string.IsNullOrWhiteSpace(c)) continue;
            any = true;
            allWellFormed &= IsWellFormed(c);
        }
        if (any && allWellFormed) return;
        var codes = visit.Visit.DiagnosisCodes.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        var amount = EpisodeSupport.VisitValue(visit);
        if (codes.Count == 0)
        {
            output.Add(Descriptor.Finding(null, amount, args: [new("problem", NoDiagnosis), new("correction", AddDiagnosis)]));
            return;
        }
        var malformed = codes.Where(c => !IsWellFormed(c)).ToList();
        if (malformed.Count == 0) return;
        var problem = $"Diagnosis code{(malformed.Count > 1 ? "s" : "")} {DocumentedLines.Quoted(malformed.Select(c => c.Trim()))} {(malformed.Count > 1 ? "are" : "is")} not a well-formed ICD-10-CM code (a letter, a digit, a letter or digit, then optionally a dot and up to four letters or digits).";
        output.Add(Descriptor.Finding(null, amount, args: [new("problem", problem), new("correction", CorrectDiagnosis)]));
    }
}
