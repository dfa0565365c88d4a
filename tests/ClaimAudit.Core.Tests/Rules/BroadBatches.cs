using System.Text;
using System.Text.RegularExpressions;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Tests.Rules;

/// <summary>
/// A broad set of ingested batches for checks that must hold for whatever a rule finds: the shipped
/// samples (samples/visits.csv fires every rule of sections 4 and 5), the same batches with every
/// visit moved to the next shipped payer (so each payer's profile judges every visit), the vendor
/// export in CSV and .xlsx with its payer map, and notes for each documented code that name nothing
/// (so the documentation profiles' own severities are exercised too).
/// </summary>
internal static partial class BroadBatches
{
    private static readonly AuditEngine Reader = new(PayerProfileSet.Shipped);

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Functions.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Functions.sln not found above the test output");
        }
    }

    private static string Sample(string name) => Path.Combine(RepoRoot, "samples", name);

    /// <summary>Each batch by a name that says where it came from.</summary>
    public static IReadOnlyList<(string Name, IngestResult Batch)> All { get; } = Build();

    private static List<(string, IngestResult)> Build()
    {
        var visitsCsv = File.ReadAllText(Sample("visits.csv"));
        var visitsJson = File.ReadAllText(Sample("visits.json"));
        var payerMap = PayerMap.Parse(File.ReadAllBytes(Sample("payer-map.json")));
        var export = new IngestOptions { Payers = payerMap };
        return
        [
            ("samples/visits.csv", Read(visitsCsv, InputFormat.Csv)),
            ("samples/visits.csv, payers rotated", Read(CsvPayer().Replace(visitsCsv, m => m.Groups[1].Value + NextPayer(m.Groups[2].Value) + ","), InputFormat.Csv)),
            ("samples/visits.json", Read(visitsJson, InputFormat.Json)),
            ("samples/visits.json, payers rotated", Read(JsonPayer().Replace(visitsJson, m => m.Groups[1].Value + NextPayer(m.Groups[2].Value) + "\""), InputFormat.Json)),
            ("samples/emr-export.csv", Read(File.ReadAllBytes(Sample("emr-export.csv")), InputFormat.Csv, export)),
            ("samples/emr-export.xlsx", Read(File.ReadAllBytes(Sample("emr-export.xlsx")), InputFormat.Xlsx, export)),
            ("notes naming nothing, each documented code", Read(NotesNamingNothing(), InputFormat.Csv)),
        ];
    }

    private static IngestResult Read(string text, InputFormat format, IngestOptions? options = null) =>
        Read(Encoding.UTF8.GetBytes(text), format, options);

    private static IngestResult Read(byte[] bytes, InputFormat format, IngestOptions? options = null)
    {
        using var input = new MemoryStream(bytes);
        var batch = Reader.Ingest(input, format, options);
        if (batch.FileError is not null || batch.Visits.Count == 0)
            throw new InvalidOperationException($"a fixture batch did not read: {batch.FileError ?? "no visits"}");
        return batch;
    }

    private static string NextPayer(string payer) => payer switch
    {
        "medicare" => "commercial-ama",
        "commercial-ama" => "commercial-strict",
        _ => "medicare",
    };

    // The payer_id cell of a record line of samples/visits.csv (the fourth column).
    [GeneratedRegex(@"(?m)^([^,\n]*,[^,\n]*,[^,\n]*,)(medicare|commercial-ama|commercial-strict),")]
    private static partial Regex CsvPayer();

    [GeneratedRegex("(\"payerId\":\\s*\")(medicare|commercial-ama|commercial-strict)\"")]
    private static partial Regex JsonPayer();

    /// <summary>One visit per documented code and payer, each note saying only that the patient tolerated it.</summary>
    private static string NotesNamingNothing()
    {
        var csv = new StringBuilder("visit_id,patient_id,date_of_service,payer_id,cpt_code,minutes,one_on_one,provider_role,billed_modifiers,diagnosis_codes,note\n");
        var n = 0;
        foreach (var payer in (string[])["medicare", "commercial-ama", "commercial-strict"])
            foreach (var (code, role, modifier) in (ReadOnlySpan<(string, string, string)>)[("97112", "PT", "GP"), ("97110", "PT", "GP"), ("97530", "OT", "GO"), ("97140", "PT", "GP"), ("97116", "PTA", "GP;CQ")])
            {
                n++;
                csv.Append($"N-{n},NP-{n},2026-03-04,{payer},{code},30,Y,{role},{modifier},M62.81,\"Treatment given, 25 min. Tolerated well. Continue plan of care.\"\n");
            }
        return csv.ToString();
    }
}
