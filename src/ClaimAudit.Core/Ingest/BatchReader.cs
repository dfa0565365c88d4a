using ClaimAudit.Core.Documentation;

namespace ClaimAudit.Core.Ingest;

/// <summary>Reads a visit batch (CSV or JSON, PRODUCT.md section 2) from a stream, one pass.</summary>
public sealed class BatchReader(Func<string, bool> isKnownPayer, INoteAnalyzer noteAnalyzer, IngestLimits? limits = null)
{
    public IngestLimits Limits { get; } = limits ?? IngestLimits.Default;

    /// <summary>The format a blob or file name implies: .csv/.tsv/.txt → CSV, .json → JSON, else sniff.</summary>
    public static InputFormat FormatFromFileName(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" or ".tsv" or ".txt" => InputFormat.Csv,
            ".json" => InputFormat.Json,
            _ => InputFormat.Auto,
        };

    public IngestResult Read(Stream input, InputFormat format)
    {
        _ = isKnownPayer; _ = noteAnalyzer;
        throw new NotImplementedException();
    }
}
