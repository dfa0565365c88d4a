using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>Hand-built visits audited with only the documentation rules (PRODUCT.md section 5).</summary>
internal static class DocFixture
{
    // Illustrative rates: enough to check that findings carry the line's value.
    public static readonly PayerProfile Medicare = new()
    {
        PayerId = "medicare",
        OneOnOneCodes = ["97112"],
        Rates = new Dictionary<string, decimal> { ["97112"] = 40m, ["97110"] = 30m, ["97530"] = 35m, ["97140"] = 32m, ["97116"] = 30m },
    };

    public static readonly AuditEngine Engine = new(new PayerProfileSet([Medicare]), rules: DocumentationRules.All);

    /// <summary>The denial this product prevents: real NMR documented in generic phrases.</summary>
    public const string FailingNote = "Balance training and coordination exercises. Patient tolerated well. Continue plan of care.";

    /// <summary>The same session documented the way a reviewer needs to read it.</summary>
    public const string PassingNote =
        "Dx I69.351 hemiplegia following cerebral infarction affecting R dominant side. "
        + "Neuromuscular re-education 40 min to address impaired postural control and proprioception of the R LE. "
        + "PNF D2 flexion pattern and perturbation training on BAPS board with tactile and verbal cueing for weight-shift timing. "
        + "Pt recovered 4/10 perturbations vs 2/10 last visit; tandem stance 8 s, up from 5 s. "
        + "Services provided one-on-one. Goal: safe community ambulation without loss of balance.";

    public static Visit Visit(string? note, params (string Code, int Minutes)[] lines) =>
        Visit(note, ["I69.351"], "V-1", "P-1", new DateOnly(2026, 3, 4), 2, lines);

    public static Visit Visit(string? note, string[] diagnoses, string visitId, string patientId, DateOnly date, int row, params (string Code, int Minutes)[] lines)
    {
        var visit = new Visit { VisitId = visitId, PatientId = patientId, PayerId = "medicare", DateOfService = date, FirstRow = row };
        foreach (var (code, minutes) in lines)
            visit.Lines.Add(new ServiceLine { Code = code, Minutes = minutes, OneOnOne = true, Row = row });
        visit.DiagnosisCodes.AddRange(diagnoses);
        if (note is not null) visit.Note = NoteAnalyzer.Default.Analyze(note);
        return visit;
    }

    public static List<Finding> Run(Visit visit) => Engine.Run(Engine.BuildEvaluation(visit)).Findings;

    public static List<Finding> Run(string note, params (string Code, int Minutes)[] lines) => Run(Visit(note, lines));

    public static List<string> RuleIds(this IEnumerable<Finding> findings) => findings.Select(f => f.RuleId).ToList();
}
