using System.CommandLine;
using ClaimAudit.Core.Ingest;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Cli.Commands;

/// <summary>
/// <c>claimaudit columns FILE</c>: the onboarding dry run (PRODUCT.md section 13). Shows how each
/// header of an export is understood (ours ← theirs), which columns are ignored and which required
/// fields are missing, before the first audit.
/// </summary>
internal static class ColumnsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> openStdout)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "An export: CSV or .xlsx, one row per service line." };
        var columns = IngestFiles.ColumnsOption();
        var sheet = IngestFiles.SheetOption();
        var json = new Option<bool>("--json") { Description = "Print the mapping as JSON (the body of POST /api/column-map/preview)." };
        var command = new Command("columns", "Show how an export's columns are understood: our fields ← its headers, what is ignored, what is missing.")
        {
            file, columns, sheet, json,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(columns), parse.GetValue(sheet), parse.GetValue(json), stdout, stderr, openStdout));
        return command;
    }

    private static int Run(FileInfo file, FileInfo? columnsFile, string? sheet, bool json, TextWriter stdout, TextWriter stderr, Func<Stream> openStdout)
    {
        if (CliText.IsDirectory(file, "", stderr)) return ClaimAuditCli.ExitUnreadable;
        if (IngestFiles.Load(columnsFile, null, sheet, PayerProfileSet.Shipped, stderr) is not { } options) return ClaimAuditCli.ExitUnreadable;
        HeaderPreview preview;
        try
        {
            using var input = file.OpenRead();
            preview = HeaderPreview.Of(input, BatchReader.FormatFromFileName(file.Name), options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"claimaudit: cannot read '{file.FullName}': {ex.Message}");
            return ClaimAuditCli.ExitUnreadable;
        }

        if (json)
        {
            using var output = openStdout();
            preview.WriteJson(output);
        }
        else
        {
            var terminal = new TerminalSafeWriter(stdout);
            Write(terminal, file.Name, preview);
            terminal.Flush();
        }

        if (preview.FileError is null) return ClaimAuditCli.ExitOk;
        new TerminalSafeWriter(stderr).WriteLine($"claimaudit: '{file.Name}' cannot be audited as it is: {preview.FileError}");
        return ClaimAuditCli.ExitUnreadable;
    }

    private static void Write(TextWriter stdout, string fileName, HeaderPreview preview)
    {
        var what = preview.Format == InputFormat.Xlsx ? $"workbook, sheet '{preview.Sheet}'" : preview.Format.ToString().ToUpperInvariant();
        stdout.WriteLine($"{fileName} ({what})");
        if (preview.Mapping is not { } mapping) return;
        stdout.WriteLine();
        var width = mapping.Fields.Max(f => f.Field.Length) + 2;
        stdout.WriteLine($"  {"our field".PadRight(width)}   their column");
        foreach (var field in mapping.Fields)
        {
            var name = (field.Field + (field.Required ? " *" : "")).PadRight(width);
            var theirs = field.Columns.Count == 0
                ? field.Required ? "MISSING" : "-"
                : string.Join(", ", field.Columns.Select(c => $"{c.Header} ({HeaderMapping.ColumnLetters(c.Index)}{Via(c.Match)})"));
            stdout.WriteLine($"  {name} ← {theirs}");
        }
        stdout.WriteLine("  (* required)");
        stdout.WriteLine();
        stdout.WriteLine(mapping.Ignored.Count == 0
            ? "Ignored: none"
            : "Ignored: " + string.Join(", ", mapping.Ignored.Select(c => $"{c.Header} ({HeaderMapping.ColumnLetters(c.Index)}{(c.Match == HeaderMatch.ColumnMap ? ", by the column map" : "")})")));
        stdout.WriteLine(mapping.MissingRequired.Count == 0
            ? "Missing required fields: none"
            : "Missing required fields: " + string.Join(", ", mapping.MissingRequired) + " — name their columns in a column map (--columns FILE.json)");
        if (preview.FileError is null) stdout.WriteLine("Ready to audit.");
    }

    private static string Via(HeaderMatch match) => match switch
    {
        HeaderMatch.Alias => ", alias",
        HeaderMatch.ColumnMap => ", column map",
        _ => "",
    };
}
