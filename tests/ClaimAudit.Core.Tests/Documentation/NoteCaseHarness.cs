using System.Text;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Model;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The shared harness of the hand-judged note sets (held-out and reviewed): a note, the visit's
/// diagnoses and lines, and the DOC_* findings a payer reviewer expects. Findings are written
/// "RULE@code" for per-line findings and "RULE" for visit-level ones (separate time, diagnosis),
/// and compared as sorted lists (a rule firing on two lines of one code counts twice).
/// </summary>
internal static class NoteCaseHarness
{
    public const string Tech = RuleIds.DocTechniqueMissing, Generic = RuleIds.DocGenericOnly, Deficit = RuleIds.DocDeficitMissing,
        Measure = RuleIds.DocMeasureMissing, OneOnOne = RuleIds.DocOneOnOneMissing, SepTime = RuleIds.DocSeparateTimeMissing,
        Mismatch = RuleIds.DocTimeMismatch, Dx = RuleIds.DocDiagnosisMissing;

    public static string At(string rule, string code) => $"{rule}@{code}";

    private static string Key(string ruleId, string? code) => code is null ? ruleId : At(ruleId, code);

    /// <summary>A case of the first held-out set: every line furnished by a PT and attested one-on-one.</summary>
    public sealed record NoteCase(string Note, string[] Diagnoses, (string Code, int Minutes)[] Lines, string[] Expected);

    /// <summary>
    /// The findings of a <see cref="NoteCase"/>, as the first held-out set has always judged them:
    /// a hand-built visit (one patient per case, so DOC_CLONED_NOTE never applies) audited with the
    /// documentation rules.
    /// </summary>
    public static List<string> Findings(string caseId, NoteCase c)
    {
        var patient = "HO-" + caseId;
        var visit = DocFixture.Visit(c.Note, c.Diagnoses, "V-" + caseId, patient, new DateOnly(2026, 3, 4), 2, c.Lines);
        return DocFixture.Run(visit).Select(f => Key(f.RuleId, f.Code)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Asserts that a <see cref="NoteCase"/>'s findings are exactly the expected ones.</summary>
    public static void AssertMatches(string caseId, NoteCase c)
    {
        var actual = Findings(caseId, c);
        var expected = c.Expected.Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(actual),
            $"{caseId}: expected [{string.Join(", ", expected)}] but got [{string.Join(", ", actual)}]");
    }

    // ---- through the CSV input, with provider roles --------------------------------------------

    /// <summary>One billed line: code, minutes and who furnished it (PT, PTA, OT, OTA, SLP).</summary>
    public readonly record struct CaseLine(string Code, int Minutes, string Role);

    public static CaseLine PT(string code, int minutes) => new(code, minutes, "PT");
    public static CaseLine PTA(string code, int minutes) => new(code, minutes, "PTA");
    public static CaseLine OT(string code, int minutes) => new(code, minutes, "OT");

    private static readonly AuditEngine ShippedEngine = new(PayerProfileSet.Shipped);

    private const string CsvHeader =
        "visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,one_on_one,provider_role,billed_modifiers,diagnosis_codes,note";

    /// <summary>
    /// The DOC_* findings of one visit sent through the real engine as an EMR export would send it:
    /// a CSV batch with the shipped payer profiles and every rule, one row per line, each row
    /// attested one-on-one and carrying the visit's note (as EMR exports repeat it). Claim rules
    /// (units, modifiers, ONE_ON_ONE_NOT_ATTESTED, …) are left out. A visit the reader rejects
    /// yields a single "REJECTED: …" entry, so a broken case shows up as a disagreement.
    /// </summary>
    public static List<string> FindingsViaCsv(string caseId, string note, string[] diagnoses, CaseLine[] lines, string payerId = "medicare")
    {
        var csv = new StringBuilder(CsvHeader).Append('\n');
        foreach (var line in lines)
        {
            var modifier = line.Role is "OT" or "OTA" ? "GO" : line.Role == "SLP" ? "GN" : "GP";
            csv.Append(string.Join(',',
                "V-" + caseId, "HO8-" + caseId, "2026-03-04", payerId, line.Code,
                line.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture), "Y", line.Role, modifier,
                Quote(string.Join(';', diagnoses)), Quote(note))).Append('\n');
        }

        var batch = ShippedEngine.Ingest(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), InputFormat.Csv);
        if (batch.FileError is not null) return ["REJECTED: " + batch.FileError];
        if (batch.RejectedRows.Count > 0)
            return ["REJECTED: " + string.Join("; ", batch.RejectedRows.SelectMany(r => r.Errors).Distinct())];

        var outcome = ShippedEngine.Evaluate(batch, BatchHistory.Empty, "heldout-" + caseId, "clinic-heldout", DateTimeOffset.UnixEpoch);
        return outcome.Report.Visits
            .SelectMany(v => v.Findings)
            .Where(f => f.RuleId.StartsWith("DOC_", StringComparison.Ordinal))
            .Select(f => Key(f.RuleId, f.Code))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // ---- the agreement of a held-out set (from the fourth issue-18 set on) ------------------------

    /// <summary>A case of a held-out set judged through the CSV input: note, diagnoses, lines, expected DOC_* findings.</summary>
    public sealed record HeldOutCase(string Note, string[] Diagnoses, CaseLine[] Lines, string[] Expected);

    /// <summary>
    /// Counts the cases whose DOC_* findings match the reviewer's exactly, writes the count and every
    /// disagreement (case, expected, actual) to the test output, and fails below
    /// <paramref name="requiredPercent"/> % of the cases (rounded up).
    /// </summary>
    public static void AssertAgreement(IReadOnlyDictionary<string, HeldOutCase> cases, int requiredPercent, Xunit.Abstractions.ITestOutputHelper output)
    {
        var disagreements = new List<(string Id, List<string> Expected, List<string> Actual)>();
        foreach (var (id, c) in cases)
        {
            var expected = c.Expected.Order(StringComparer.Ordinal).ToList();
            var actual = FindingsViaCsv(id, c.Note, c.Diagnoses, c.Lines);
            if (!expected.SequenceEqual(actual)) disagreements.Add((id, expected, actual));
        }

        var agree = cases.Count - disagreements.Count;
        var required = (cases.Count * requiredPercent + 99) / 100;
        output.WriteLine($"{agree} of {cases.Count} held-out notes agree exactly (required: {required}, {requiredPercent} % rounded up).");
        if (disagreements.Count > 0)
        {
            output.WriteLine("");
            output.WriteLine($"{"case",-40} | {"expected (reviewer)",-48} | actual (engine)");
            foreach (var (id, expected, actual) in disagreements)
                output.WriteLine($"{id,-40} | {Show(expected),-48} | {Show(actual)}");
        }

        Assert.True(agree >= required,
            $"{agree} of {cases.Count} held-out notes agree, {required} required. Disagreeing: "
            + string.Join("; ", disagreements.Select(d => $"{d.Id}: expected {Show(d.Expected)}, got {Show(d.Actual)}")));
    }

    /// <summary>Fails when any note the reviewer passes (no expected finding) gets a DOC_* finding: a false positive.</summary>
    public static void AssertNoFalsePositive(IReadOnlyDictionary<string, HeldOutCase> cases, Xunit.Abstractions.ITestOutputHelper output)
    {
        var offenders = new List<string>();
        var passing = 0;
        foreach (var (id, c) in cases.Where(kv => kv.Value.Expected.Length == 0))
        {
            passing++;
            var actual = FindingsViaCsv(id, c.Note, c.Diagnoses, c.Lines);
            if (actual.Count > 0) offenders.Add($"{id}: {Show(actual)}");
        }

        output.WriteLine($"{passing - offenders.Count} of {passing} notes the reviewer passes get no DOC_* finding.");
        foreach (var offender in offenders) output.WriteLine(offender);

        Assert.True(offenders.Count == 0,
            $"{offenders.Count} of {passing} notes the reviewer passes got DOC_* findings (false positives): " + string.Join("; ", offenders));
    }

    private static string Show(List<string> findings) => findings.Count == 0 ? "[]" : "[" + string.Join(", ", findings) + "]";
}
