using System.CommandLine;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Cli.Commands;

/// <summary>
/// The options that read a clinic's own export (PRODUCT.md section 13): <c>--columns FILE.json</c>,
/// <c>--payer-map FILE.json</c> and <c>--sheet NAME</c>, shared by <c>audit</c> and <c>columns</c>.
/// </summary>
internal static class IngestFiles
{
    public static Option<FileInfo?> ColumnsOption() => new("--columns")
    {
        Description = "A JSON column map for headers the built-in aliases do not know: {\"Their Header\": \"our_field\"} (\"ignore\" skips a column).",
    };

    public static Option<FileInfo?> PayerMapOption() => new("--payer-map")
    {
        Description = "A JSON payer map from the payer names in the export to payer profiles: {\"Medicare Part B\": \"medicare\"} (case, spaces and punctuation ignored).",
    };

    public static Option<string?> SheetOption() => new("--sheet")
    {
        Description = "The sheet of an .xlsx workbook to read (default: the first sheet).",
    };

    /// <summary>The options, or null after writing the reason to <paramref name="stderr"/>.</summary>
    public static IngestOptions? Load(FileInfo? columns, FileInfo? payerMap, string? sheet, PayerProfileSet profiles, TextWriter stderr)
    {
        var columnMap = Read(columns, "column map", stderr, ColumnMap.Load, out var columnsOk);
        var payers = Read(payerMap, "payer map", stderr, stream => LoadPayerMap(stream, profiles), out var payersOk);
        if (!columnsOk || !payersOk) return null;
        return new IngestOptions { Columns = columnMap ?? ColumnMap.Empty, Payers = payers ?? PayerMap.Empty, Sheet = sheet };
    }

    // A map naming a profile that does not exist is told which ids do (the engine's message names the bad entries).
    private static PayerMap LoadPayerMap(Stream stream, PayerProfileSet profiles)
    {
        try
        {
            return PayerMap.Load(stream, profiles.Contains);
        }
        catch (InvalidDataException ex) when (ex.Message.Contains("not a payer profile", StringComparison.Ordinal))
        {
            var known = string.Join(", ", profiles.All.Select(p => p.PayerId).Order(StringComparer.Ordinal));
            throw new InvalidDataException($"{ex.Message}; known: {known}", ex);
        }
    }

    private static T? Read<T>(FileInfo? file, string what, TextWriter stderr, Func<Stream, T> parse, out bool ok) where T : class
    {
        ok = true;
        if (file is null) return null;
        ok = false;
        if (CliText.IsDirectory(file, what + " file", stderr)) return null;
        if (!file.Exists)
        {
            stderr.WriteLine($"claimaudit: {what} file '{file.FullName}' does not exist");
            return null;
        }
        try
        {
            using var stream = file.OpenRead();
            var value = parse(stream);
            ok = true;
            return value;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"claimaudit: cannot read {what} file '{file.FullName}': {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            stderr.WriteLine($"claimaudit: {what} file '{file.Name}': {ex.Message}");
        }
        return null;
    }
}
