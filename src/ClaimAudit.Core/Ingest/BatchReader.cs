using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimAudit.Core.Documentation;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Core.Ingest;

/// <summary>
/// Reads a visit batch (CSV or JSON, PRODUCT.md section 2) from a stream, in one forward pass and
/// in memory bounded by the visits it keeps (no note text, shared strings for codes and ids).
/// Bad input never throws: unreadable files come back with <see cref="IngestResult.FileError"/>,
/// bad rows in <see cref="IngestResult.RejectedRows"/> with every reason.
/// </summary>
/// <param name="findPayer">Looks up a payer profile by (lower-cased) payer id; null = unknown payer.
/// The profile also says which codes are timed and therefore need minutes.</param>
/// <param name="noteAnalyzer">Reduces each row's note text to features; the text is not kept.</param>
/// <param name="limits">Size limit; <see cref="IngestLimits.Default"/> when null.</param>
/// <param name="knownPayerIds">The profile ids, named to a row whose payer is unknown.</param>
public sealed class BatchReader(Func<string, PayerProfile?> findPayer, INoteAnalyzer noteAnalyzer, IngestLimits? limits = null, IReadOnlyCollection<string>? knownPayerIds = null)
{
    public IngestLimits Limits { get; } = limits ?? IngestLimits.Default;

    /// <summary>
    /// The format a blob or file name implies: .csv/.tsv/.txt → CSV, .json → JSON, .xlsx → a workbook,
    /// .837/.x12/.edi → an X12 837P claim file, else sniff. Whatever the name says, content that starts
    /// with an ISA segment is read as X12 (<see cref="InputSniffer"/>): a claim file saved as .txt is common.
    /// </summary>
    public static InputFormat FormatFromFileName(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" or ".tsv" or ".txt" => InputFormat.Csv,
            ".json" => InputFormat.Json,
            ".xlsx" => InputFormat.Xlsx,
            ".837" or ".x12" or ".edi" => InputFormat.X12,
            _ => InputFormat.Auto,
        };

    /// <summary>
    /// Reads the batch. <paramref name="format"/> Auto sniffs: the first non-blank character
    /// (after an optional BOM) being '{' means JSON, "ISA" an X12 837P claim file (whatever format
    /// was asked for), anything else textual CSV. The stream is read
    /// once, forward only, and left open.
    /// </summary>
    public IngestResult Read(Stream input, InputFormat format, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= IngestOptions.Default;
        Pipeline.RowSpill? spill = null;
        IngestResult? result = null;
        try
        {
            result = ReadInto(input, format, options, created => spill = created);
            return result;
        }
        finally
        {
            // Partitions written for a batch that then failed to read are deleted here; a read batch owns its own.
            if (spill is not null && !ReferenceEquals(result?.Spilled, spill)) spill.Dispose();
        }
    }

    private IngestResult ReadInto(Stream input, InputFormat format, IngestOptions options, Action<Pipeline.RowSpill> spilling)
    {
        try
        {
            if (input.CanSeek && input.Length - input.Position > Limits.MaxBytes) return TooLarge();
            var metered = MeteredStream.Open(input, Limits.MaxBytes);
            var sniff = InputSniffer.Sniff(metered.Prefix, format);
            if (sniff.Error is not null) return IngestResult.Failed(sniff.Error);
            VisitAssembler TableAssembler(HeaderMapping header) =>
                new(findPayer, noteAnalyzer, json: false, options.Payers, knownPayerIds, header.MessageNames());
            // A batch too large to hold is read into partitions by patient (issue 9); a JSON batch is an
            // integration's request, bounded by the API's body limit, and is always read whole.
            var length = input.CanSeek ? input.Length - input.Position : -1;
            var partitions = length > Limits.PartitionAboveBytes ? (int)Math.Clamp(length / Math.Max(1, Limits.BytesPerPartition) + 1, 2, 4096) : 0;
            Pipeline.RowSpill Spill(Pipeline.RowSpill created)
            {
                spilling(created);
                return created;
            }
            TableRows Table(HeaderMapping header) => partitions > 0
                ? new TableRows(header, null, Spill(new Pipeline.RowSpill(partitions, header, TableAssembler)))
                : new TableRows(header, TableAssembler(header));
            return sniff.Format switch
            {
                InputFormat.Json => JsonBatchParser.Parse(metered, new VisitAssembler(findPayer, noteAnalyzer, json: true, options.Payers, knownPayerIds)),
                InputFormat.Xlsx => XlsxBatchParser.Parse(metered, options.Sheet, options.Columns, Table),
                // An 837P is read whole (not partitioned): its visits are held like a JSON batch's.
                InputFormat.X12 => X12.Claim837Parser.Parse(metered, new VisitAssembler(findPayer, noteAnalyzer, json: false, options.Payers, knownPayerIds, X12.Claim837Parser.Names)),
                _ => CsvBatchParser.Parse(metered, sniff.CsvSeparator, options.Columns, Table),
            };
        }
        catch (InputTooLargeException)
        {
            return TooLarge();
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is long line
                ? $" at line {line + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}"
                : "";
            // The reader's own words tell nesting past its depth limit from broken syntax; only the kind is reported.
            if (ex.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("maximum allowed depth", StringComparison.OrdinalIgnoreCase))
                return IngestResult.Failed($"the JSON is nested too deep{where} (more than {MaxJsonDepth} levels; a visit batch needs 5)");
            return IngestResult.Failed($"malformed JSON{where}");
        }
        catch (UnreadableWorkbookException ex)
        {
            // The workbook reader's own words for a sheet that turned out corrupt mid-read.
            return IngestResult.Failed(ex.Message);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or DecoderFallbackException or InvalidOperationException and not ObjectDisposedException)
        {
            // A value no check above foresaw must still not crash the audit (section 2: never a
            // crash). The message may quote the input, so only the kind of failure is reported.
            return IngestResult.Failed($"the file could not be read ({ex.GetType().Name}); check it is CSV or JSON as described in the input format");
        }
    }

    /// <summary>
    /// The onboarding dry run (PRODUCT.md section 13): how the header row of a CSV file or a
    /// workbook's sheet is understood with the built-in aliases and the clinic's column map. Reads
    /// only up to the header. A JSON batch has fixed names, so it has nothing to map.
    /// </summary>
    public HeaderPreview PreviewHeader(Stream input, InputFormat format, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= IngestOptions.Default;
        try
        {
            if (input.CanSeek && input.Length - input.Position > Limits.MaxBytes) return new HeaderPreview(format, null, null, TooLarge().FileError);
            var metered = MeteredStream.Open(input, Limits.MaxBytes);
            var sniff = InputSniffer.Sniff(metered.Prefix, format);
            if (sniff.Error is not null) return new HeaderPreview(format, null, null, sniff.Error);
            return sniff.Format switch
            {
                InputFormat.Json => new HeaderPreview(InputFormat.Json, null, null,
                    "a JSON batch uses the field names of the input format (visitId, patientId, …); column maps apply to CSV and .xlsx files"),
                InputFormat.Xlsx => XlsxBatchParser.PreviewHeader(metered, options.Sheet, options.Columns),
                InputFormat.X12 => new HeaderPreview(InputFormat.X12, null, null,
                    "an X12 837P claim file has fixed segments (CLM, SV1, …), not a header; column maps apply to CSV and .xlsx files"),
                _ => CsvBatchParser.PreviewHeader(metered, sniff.CsvSeparator, options.Columns),
            };
        }
        catch (InputTooLargeException)
        {
            return new HeaderPreview(format, null, null, TooLarge().FileError);
        }
        catch (UnreadableWorkbookException ex)
        {
            return new HeaderPreview(format, null, null, ex.Message);
        }
        catch (Exception ex) when (ex is FormatException or DecoderFallbackException or InvalidOperationException and not ObjectDisposedException)
        {
            return new HeaderPreview(format, null, null, $"the file could not be read ({ex.GetType().Name})");
        }
    }

    /// <summary>The JSON reader's nesting limit (System.Text.Json's default).</summary>
    public const int MaxJsonDepth = 64;

    private IngestResult TooLarge() =>
        IngestResult.Failed($"the file is larger than the {FormatBytes(Limits.MaxBytes)} limit");

    private static string FormatBytes(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB ({bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes)"
        : $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";
}
